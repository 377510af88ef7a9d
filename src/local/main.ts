/**
 * `npm start` / `npm run stack`: the local stack on https://localhost:4443 (PORT overrides), serving the
 * built tab at `/`, the Teams host simulator at `/host` and the SharePoint page stand-in at `/spfx/`
 * (the web part built by `npm run build:spfx`, in a light and a dark section). `--data FILE` keeps
 * state between runs; `--tenant large` serves a generated tenant instead of the demo tenant,
 * `--tenant hostile` the demo tenant with hostile names and values; `--open` opens the host simulator
 * in a desktop browser when there is one.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_TENANT_ID } from './demoTenant';
import { productMounts } from './productMounts';
import {
  demoPageRoute,
  SHAREPOINT_PAGE_PATH,
  sharePointPageMounts,
  WEB_PART_MANIFESTS_DIR,
} from './sharePointPage';
import { startStack } from './stack';
import { readStartOptions } from './startOptions';

const root = resolve(__dirname, '../..');
const write = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
const options = readStartOptions(process.argv.slice(2));
if ('problem' in options) {
  write(options.problem);
  process.exit(2);
}

const tabDir = resolve(root, 'release/teams-tab');

startStack({
  dataFile: options.dataFile === undefined ? undefined : resolve(options.dataFile),
  tenant: options.tenant,
  log: write,
  staticMounts: [...sharePointPageMounts(), ...productMounts(tabDir)],
  routes: [demoPageRoute],
})
  .then((stack) => {
    write('');
    write(
      options.tenant === 'demo'
        ? 'SharePoint Embedded Permission Matrix: local demo tenant'
        : options.tenant === 'hostile'
          ? 'SharePoint Embedded Permission Matrix: local demo tenant with hostile names and values'
          : `SharePoint Embedded Permission Matrix: generated tenant, ${options.tenant.registrations} registrations × ${options.tenant.apps} apps`,
    );
    write(`  Inside Teams (host simulator): ${stack.origin}/host`);
    write(`  As a web page:                 ${stack.origin}/`);
    write(`  On a SharePoint page:          ${stack.origin}${SHAREPOINT_PAGE_PATH}`);
    write(
      `  Identity provider:             ${stack.origin}/idp/${DEMO_TENANT_ID}/v2.0/.well-known/openid-configuration`,
    );
    write(
      `  Graph emulator:                ${stack.origin}/graph/v1.0/storage/fileStorage/containerTypeRegistrations`,
    );
    write(`  Control API:                   ${stack.origin}/__local/state (see README)`);
    if (!existsSync(tabDir))
      write('  (The tab is not built yet: run `npm run build` for the real product at /.)');
    if (!existsSync(WEB_PART_MANIFESTS_DIR))
      write(
        `  (The web part is not built yet: run \`npm run build:spfx\` for it at ${SHAREPOINT_PAGE_PATH}.)`,
      );
    write('');
    write(`The certificate is self-signed: ${stack.certificatePath}`);
    write(
      'Trust it once (e.g. Chromium: Settings → Privacy and security → Security → Manage certificates → Authorities → Import),',
    );
    write('or accept the browser warning for localhost. Stop with Ctrl+C.');
    if (options.open && process.env.DISPLAY !== undefined) {
      spawn('xdg-open', [`${stack.origin}/host`], { stdio: 'ignore', detached: true })
        .on('error', () => undefined)
        .unref();
    }
    const stop = (): void => {
      void stack.close().then(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  })
  .catch((error: unknown) => {
    write(`The local stack could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
