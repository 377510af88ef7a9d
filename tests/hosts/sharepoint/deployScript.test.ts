/**
 * sharepoint/deploy.mjs run as an admin would, against a stand-in `m365` on PATH that records every
 * call (resolving `@file` values as CLI for Microsoft 365 does) and answers like the real CLI.
 * The contract: the web part id and property names the script writes are the manifest's and
 * `PermissionMatrixWebPartProps`'s, and the properties pass the web part's own rules.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  SHAREPOINT_MODE_GRANT_ARGS,
  SHAREPOINT_MODE_GRANT_COMMANDS,
  webPartConfig,
  type PermissionMatrixWebPartProps,
} from '../../../src/hosts/sharepoint/webPartConfig';

const root = resolve(__dirname, '../../..');
const script = join(root, 'sharepoint/deploy.mjs');
const webPartFolder = join(root, 'src/hosts/sharepoint');
const manifest = JSON.parse(
  readFileSync(join(webPartFolder, 'PermissionMatrixWebPart/PermissionMatrixWebPart.manifest.json'), 'utf8'),
) as { id: string; preconfiguredEntries: { properties: Record<string, string> }[] };

const SITE = 'https://contoso.sharepoint.com/sites/spe-admin';
const CLIENT_ID = '71392b2f-1765-406e-86af-5907d9bdb2ab';
const APP_UNIQUE_ID = '4bbc7873-4638-487d-900b-ef917a907c5a';

/** The stand-in CLI: records argv (and the content of `@file` values), answers per command. */
const FAKE_M365 = `
const fs = require('node:fs');
const args = process.argv.slice(2);
const files = {};
args.forEach((arg, index) => {
  if (arg.startsWith('@')) files[index] = fs.readFileSync(arg.slice(1), 'utf8');
});
const log = process.env.FAKE_M365_LOG;
const previous = fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\\n').filter(Boolean) : [];
fs.appendFileSync(log, JSON.stringify({ args, files }) + '\\n');
const command = args.slice(0, args.findIndex((arg) => arg.startsWith('-')) >>> 0).join(' ');
const fail = (message) => {
  process.stderr.write('Error: ' + message + '\\n');
  process.exit(1);
};
if (process.env.FAKE_M365_FAIL === command) fail('The file exists');
switch (command) {
  case '':
    if (args[0] === '--version') process.stdout.write('11.11.0\\n');
    break;
  case 'status':
    process.stdout.write(
      process.env.FAKE_M365_LOGGED_OUT
        ? JSON.stringify('Logged out')
        : JSON.stringify({ connectedAs: 'admin@contoso.example', authType: 'Browser', cloudType: 'Public' }),
    );
    break;
  case 'spo app add':
    process.stdout.write(JSON.stringify({ Name: 'spe-permission-matrix.sppkg', UniqueId: '${APP_UNIQUE_ID}' }));
    break;
  case 'spo page clientsidewebpart add': {
    const tries = previous.filter((line) => line.includes('"clientsidewebpart"')).length;
    if (tries < Number(process.env.FAKE_M365_WEB_PART_LATE || 0)) {
      fail('There is no available WebPart with Id ' + args[args.indexOf('--webPartId') + 1] + '.');
    }
    break;
  }
}
`;

interface Call {
  readonly args: string[];
  readonly files: Record<string, string>;
}

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly calls: Call[];
}

let scratch: string;
let binWithM365: string;
let sppkg: string;

beforeEach(() => {
  scratch = mkdtempSync(join(tmpdir(), 'deploy-test-'));
  binWithM365 = join(scratch, 'bin');
  sppkg = join(scratch, 'spe-permission-matrix.sppkg');
  writeFileSync(sppkg, 'a package');
  const fake = join(scratch, 'bin', 'm365');
  mkdirSync(binWithM365);
  writeFileSync(fake, `#!${process.execPath}\n${FAKE_M365}`);
  chmodSync(fake, 0o755);
});
afterEach(() => {
  rmSync(scratch, { recursive: true, force: true });
});

function deploy(args: readonly string[], options: { path?: string; env?: Record<string, string> } = {}): Run {
  const log = join(scratch, 'calls.jsonl');
  rmSync(log, { force: true });
  const result = spawnSync(process.execPath, [script, '--package', sppkg, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PATH: options.path ?? binWithM365, FAKE_M365_LOG: log, ...options.env },
  });
  const calls = existsSync(log)
    ? readFileSync(log, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Call)
    : [];
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, calls };
}

/** The leading words of each call: `spo app add`, `status`, … */
const commands = (run: Run): string[] =>
  run.calls.map((call) => {
    const firstOption = call.args.findIndex((arg) => arg.startsWith('-'));
    return call.args.slice(0, firstOption === -1 ? undefined : firstOption).join(' ') || call.args[0] || '';
  });

const option = (call: Call | undefined, name: string): string | undefined => {
  const index = call?.args.indexOf(name) ?? -1;
  return index === -1 ? undefined : call?.args[index + 1];
};

function webPartCall(run: Run): Call {
  const call = run.calls.find((candidate) =>
    candidate.args.join(' ').startsWith('spo page clientsidewebpart add'),
  );
  if (call === undefined) throw new Error('the web part was not added');
  return call;
}

/** The properties exactly as the page stores them: the file the CLI was pointed at, parsed. */
function propertiesOf(run: Run): PermissionMatrixWebPartProps {
  const call = webPartCall(run);
  const index = call.args.indexOf('--webPartProperties') + 1;
  const content = call.files[index];
  if (content === undefined) throw new Error('--webPartProperties was not given as an @file');
  return JSON.parse(content) as PermissionMatrixWebPartProps;
}

/** The member names of `PermissionMatrixWebPartProps`, read from its source. */
function interfaceMembers(): string[] {
  const file = join(webPartFolder, 'webPartConfig.ts');
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = source.statements.find(
    (statement): statement is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(statement) && statement.name.text === 'PermissionMatrixWebPartProps',
  );
  if (found === undefined) throw new Error('PermissionMatrixWebPartProps is not in webPartConfig.ts');
  return found.members.map((member) => (member.name as ts.Identifier).text);
}

// Each case runs the script (and the web part's rules through tsx) in a child process.
describe('the deployment script', { timeout: 60_000 }, () => {
  it('adds the manifest’s web part with every property of PermissionMatrixWebPartProps, valid by the web part’s rules', () => {
    const run = deploy([
      '--site',
      SITE,
      '--client-id',
      CLIENT_ID,
      '--tenant',
      'contoso.onmicrosoft.com',
      '--redirect-uri',
      `${SITE}/SitePages/spe-permissions.aspx`,
      '--cloud',
      'china',
      '--scope-mode',
      'manageAll',
      '--graph-version',
      'beta',
      '--retry-seconds',
      '0',
    ]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(option(webPartCall(run), '--webPartId')).toBe(manifest.id);
    const properties = propertiesOf(run);
    // localOrigin only points the web part at the local development stack, never at a tenant.
    expect(Object.keys(properties).sort()).toEqual(
      interfaceMembers()
        .filter((name) => name !== 'localOrigin')
        .sort(),
    );
    const parsed = webPartConfig(properties);
    if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.code).join(' '));
    expect(parsed.config).toMatchObject({
      clientId: CLIENT_ID,
      tenant: 'contoso.onmicrosoft.com',
      cloud: 'china',
      scopeMode: 'manageAll',
      graphVersion: 'beta',
      redirectUri: `${SITE}/SitePages/spe-permissions.aspx`,
    });
  });

  it('uploads, deploys tenant-wide, creates the page, adds the web part and publishes, in that order', () => {
    const run = deploy(['--site', `${SITE}/`, '--client-id', CLIENT_ID]);
    expect(run.status).toBe(0);
    expect(commands(run)).toEqual([
      '--version',
      'status',
      'spo app add',
      'spo app deploy',
      'spo page add',
      'spo page clientsidewebpart add',
      'spo page publish',
    ]);
    const [, , add, deployed, page, webPart, publish] = run.calls;
    expect(option(add, '--filePath')).toBe(sppkg);
    expect(add?.args).toContain('--overwrite');
    expect(option(deployed, '--id')).toBe(APP_UNIQUE_ID);
    expect(deployed?.args).toContain('--skipFeatureDeployment');
    expect([option(page, '--webUrl'), option(page, '--name'), option(page, '--title')]).toEqual([
      SITE,
      'spe-permissions.aspx',
      'SharePoint Embedded permissions',
    ]);
    expect([option(webPart, '--webUrl'), option(webPart, '--pageName')]).toEqual([
      SITE,
      'spe-permissions.aspx',
    ]);
    expect([option(publish, '--webUrl'), option(publish, '--name')]).toEqual([SITE, 'spe-permissions.aspx']);
    // Without settings the page gets the manifest's defaults, and the app to sign in to.
    expect(propertiesOf(run)).toEqual({
      ...manifest.preconfiguredEntries[0]?.properties,
      clientId: CLIENT_ID,
    });
    // The properties file lives only as long as the command that reads it.
    expect(existsSync(option(webPart, '--webPartProperties')?.slice(1) ?? '')).toBe(false);
    expect(run.stdout).toContain(`${SITE}/SitePages/spe-permissions.aspx`);
    expect(run.stdout).toMatch(/redirect URI of app 71392b2f/);
  });

  it('grants SharePoint’s Graph access only when asked to, for SharePoint mode', () => {
    const sharePointMode = ['--site', SITE, '--auth-mode', 'sharepoint', '--scope-mode', 'manageAll'];
    const granted = deploy([...sharePointMode, '--grant-sharepoint-graph']);
    expect(granted.status).toBe(0);
    expect(commands(granted).slice(2, 5)).toEqual([
      'spo app add',
      'spo app deploy',
      'spo serviceprincipal grant add',
    ]);
    expect(granted.calls[4]?.args).toEqual([...SHAREPOINT_MODE_GRANT_ARGS]);
    expect(option(granted.calls[4], '--scope')).toBe('FileStorageContainerTypeReg.Manage.All');
    const properties = propertiesOf(granted);
    expect(properties).toEqual({
      authMode: 'sharepoint',
      cloud: 'global',
      scopeMode: 'manageAll',
      graphVersion: 'v1.0',
    });
    expect(webPartConfig(properties).ok).toBe(true);

    const notGranted = deploy(sharePointMode);
    expect(notGranted.status).toBe(0);
    expect(commands(notGranted)).not.toContain('spo serviceprincipal grant add');
    expect(notGranted.stdout).toContain(SHAREPOINT_MODE_GRANT_COMMANDS.cli);
    expect(notGranted.stdout).toContain(SHAREPOINT_MODE_GRANT_COMMANDS.powerShell);
  });

  it('refuses the grant for MSAL mode and settings the web part would refuse, before calling m365', () => {
    const msalGrant = deploy(['--site', SITE, '--client-id', CLIENT_ID, '--grant-sharepoint-graph']);
    expect(msalGrant.status).toBe(2);
    expect(msalGrant.stderr).toContain('--grant-sharepoint-graph only applies to --auth-mode sharepoint');
    expect(msalGrant.calls).toEqual([]);

    const invalid = deploy(['--site', SITE, '--client-id', 'not-a-guid', '--tenant', 'common']);
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toContain('clientId must be a GUID');
    expect(invalid.stderr).toContain('tenant cannot be “common”');
    expect(invalid.calls).toEqual([]);

    const selectedWithSharePoint = deploy(['--site', SITE, '--auth-mode', 'sharepoint']);
    expect(selectedWithSharePoint.status).toBe(2);
    expect(selectedWithSharePoint.stderr).toContain('scopeMode “selected” reaches no registration');

    const unknownMode = deploy(['--site', SITE, '--auth-mode', 'teams', '--client-id', CLIENT_ID]);
    expect(unknownMode.status).toBe(2);
    expect(unknownMode.stderr).toContain('--auth-mode must be one of msal, sharepoint');

    // SharePoint Embedded is not offered in GCC High or DoD: said before anything changes.
    const gccHigh = deploy(['--site', SITE, '--client-id', CLIENT_ID, '--cloud', 'usGovL4']);
    expect(gccHigh.status).toBe(2);
    expect(gccHigh.stderr).toContain('SharePoint Embedded is not available in cloud “usGovL4”');
    expect(gccHigh.calls).toEqual([]);

    const badSite = deploy(['--site', 'http://contoso.sharepoint.com/sites/a', '--client-id', CLIENT_ID]);
    expect(badSite.status).toBe(2);
    expect(badSite.stderr).toContain('--site must be an https site URL');
    expect(badSite.calls).toEqual([]);
  });

  it('explains how to get CLI for Microsoft 365 when m365 is not installed', () => {
    const emptyPath = join(scratch, 'empty');
    mkdirSync(emptyPath);
    const run = deploy(['--site', SITE, '--client-id', CLIENT_ID], { path: emptyPath });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('CLI for Microsoft 365 (the `m365` command) was not found');
    expect(run.stderr).toContain('npm install -g @pnp/cli-microsoft365');
    expect(run.stderr).toContain('m365 login');
    expect(run.stdout).not.toContain('Uploading');
  });

  it('stops before changing anything when m365 is not signed in', () => {
    const run = deploy(['--site', SITE, '--client-id', CLIENT_ID], { env: { FAKE_M365_LOGGED_OUT: '1' } });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('Run `m365 login`');
    expect(commands(run)).toEqual(['--version', 'status']);
  });

  it('waits for a tenant-wide deployment to reach the site, then adds the web part once', () => {
    const run = deploy(['--site', SITE, '--client-id', CLIENT_ID, '--retry-seconds', '0'], {
      env: { FAKE_M365_WEB_PART_LATE: '2' },
    });
    expect(run.status).toBe(0);
    expect(commands(run).filter((command) => command === 'spo page clientsidewebpart add')).toHaveLength(3);
    expect(run.stdout).toContain('The web part has not reached the site yet');
    expect(commands(run).at(-1)).toBe('spo page publish');
  });

  it('stops at the first failing step and says which one, with the CLI’s message', () => {
    const run = deploy(['--site', SITE, '--client-id', CLIENT_ID], {
      env: { FAKE_M365_FAIL: 'spo page add' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Creating the page failed');
    expect(run.stderr).toContain('The file exists');
    expect(commands(run)).not.toContain('spo page clientsidewebpart add');
  });

  it('updates only the package with --package-only', () => {
    const run = deploy(['--package-only']);
    expect(run.status).toBe(0);
    expect(commands(run)).toEqual(['--version', 'status', 'spo app add', 'spo app deploy']);
  });

  it('says what it does with --help, without needing m365', () => {
    const run = deploy(['--help'], { path: join(scratch, 'nothing') });
    expect(run.status).toBe(0);
    for (const setting of [
      '--auth-mode',
      '--client-id',
      '--tenant',
      '--redirect-uri',
      '--cloud',
      '--scope-mode',
      '--graph-version',
    ]) {
      expect(run.stdout).toContain(setting);
    }
    expect(run.stdout).toContain('--grant-sharepoint-graph');
  });
});
