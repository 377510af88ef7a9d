#!/usr/bin/env node
// @ts-check
/**
 * Deploys the SharePoint web part with CLI for Microsoft 365 (`m365`): uploads the .sppkg to the tenant
 * app catalog, deploys it tenant-wide, creates the admin page and adds the web part with its settings.
 *
 *   node sharepoint/deploy.mjs --site https://contoso.sharepoint.com/sites/spe-admin --client-id <app id>
 *
 * `m365` is not a dependency of this project: the script checks that it is installed and signed in.
 * The settings are checked by the web part's own rules (src/hosts/sharepoint/webPartConfig.ts) before
 * anything in the tenant changes, so run it from the project after `npm ci`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The web part's component id: src/hosts/sharepoint/PermissionMatrixWebPart/PermissionMatrixWebPart.manifest.json. */
const WEB_PART_ID = '8f3d2a61-4c7e-4b9a-a5d2-1e6f0c9b7a34';

/**
 * Each web part property (PermissionMatrixWebPartProps) this script sets, with its option and default
 * (the defaults are the manifest's preconfigured ones). `localOrigin` is left out: it only serves the
 * local development stack, never a tenant.
 */
const PROPERTY_OPTIONS = /** @type {const} */ ([
  {
    property: 'authMode',
    option: 'auth-mode',
    fallback: 'msal',
    help: '`msal` (your app, default) or `sharepoint` (SharePoint’s Graph access)',
  },
  {
    property: 'clientId',
    option: 'client-id',
    fallback: undefined,
    help: 'msal mode: your app’s client id (the owning app for `selected`)',
  },
  {
    property: 'tenant',
    option: 'tenant',
    fallback: 'organizations',
    help: 'msal mode: `organizations` (default), a tenant id or a domain',
  },
  {
    property: 'redirectUri',
    option: 'redirect-uri',
    fallback: undefined,
    help: 'msal mode, optional: defaults to the admin page itself',
  },
  {
    property: 'cloud',
    option: 'cloud',
    fallback: 'global',
    help: '`global` (default; also GCC) or `china` (21Vianet): not GCC High or DoD',
  },
  {
    property: 'scopeMode',
    option: 'scope-mode',
    fallback: 'selected',
    help: '`selected` (default, least privilege) or `manageAll`',
  },
  { property: 'graphVersion', option: 'graph-version', fallback: 'v1.0', help: '`v1.0` (default) or `beta`' },
]);
const MSAL_ONLY = new Set(['clientId', 'tenant', 'redirectUri']);

const DEFAULT_PACKAGE = 'sharepoint/solution/spe-permission-matrix.sppkg';
const DEFAULT_PAGE = 'spe-permissions.aspx';
const DEFAULT_TITLE = 'SharePoint Embedded permissions';
/** A tenant-wide deployment takes a while to reach every site's web part list. */
const WEB_PART_ATTEMPTS = 8;

const USAGE = `Deploy the SharePoint Embedded permission matrix web part with CLI for Microsoft 365.

Usage:
  node sharepoint/deploy.mjs --site <site URL> --client-id <app id> [options]
  node sharepoint/deploy.mjs --site <site URL> --auth-mode sharepoint --scope-mode manageAll [--grant-sharepoint-graph]
  node sharepoint/deploy.mjs --package-only

Steps (each an m365 command, as the signed-in SharePoint administrator):
  1. spo app add --overwrite                       upload the .sppkg to the tenant app catalog
  2. spo app deploy --skipFeatureDeployment        make the web part available on every site
  3. spo serviceprincipal grant add                only with --grant-sharepoint-graph
  4. spo page add                                  create the admin page on --site
  5. spo page clientsidewebpart add                add the web part with the settings below
  6. spo page publish

Web part settings:
${PROPERTY_OPTIONS.map(({ option, help }) => `  ${`--${option} <value>`.padEnd(28)} ${help}`).join('\n')}

Options:
  --site <URL>                 the site of the admin page (e.g. a communication site of your SharePoint Embedded admins)
  --page <name.aspx>           the page to create (default ${DEFAULT_PAGE}); it must not exist yet
  --title <text>               the page title (default "${DEFAULT_TITLE}")
  --package <path>             the .sppkg (default ${DEFAULT_PACKAGE}; \`npm run build:spfx\` writes it)
  --package-only               steps 1 and 2 only: an update of the package, the pages stay as they are
  --grant-sharepoint-graph     sharepoint mode only, opt-in: grant FileStorageContainerTypeReg.Manage.All to
                               SharePoint's own app for Microsoft Graph (needs a Global Administrator). The
                               package itself asks for no Graph permission. That grant serves every script on
                               every SharePoint page of the tenant; the default msal mode needs none.
  --retry-seconds <n>          wait between attempts while the new web part reaches the site (default 15)
  -h, --help                   this text
`;

class DeployError extends Error {
  /** @param {string} message @param {number} [exitCode] */
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** @param {string} text */
function say(text) {
  process.stdout.write(`${text}\n`);
}

/**
 * A TypeScript module of the project, compiled on the fly by tsx: the web part's own rules, so the page
 * never gets settings its property pane would refuse, and the m365 runner every deployment command
 * shares (src/deploy/m365Cli.ts).
 * @param {string} path
 * @returns {Promise<unknown>}
 */
async function importProjectModule(path) {
  try {
    const { tsImport } = await import('tsx/esm/api');
    return await tsImport(pathToFileURL(join(root, path)).href, import.meta.url);
  } catch (error) {
    throw new DeployError(
      `Could not load ${path} (${error instanceof Error ? error.message : String(error)}). Run \`npm ci\` in the project first.`,
    );
  }
}

/**
 * The web part's English strings (its loc/en-us.js, an AMD module), for the settings problems.
 * @returns {{ ConfigProblems: import('../src/hosts/shared/configProblemText').ConfigProblemTexts }}
 */
function webPartEnglish() {
  const source = readFileSync(
    join(root, 'src/hosts/sharepoint/PermissionMatrixWebPart/loc/en-us.js'),
    'utf8',
  );
  /** @type {{ ConfigProblems: import('../src/hosts/shared/configProblemText').ConfigProblemTexts } | undefined} */
  let strings;
  new Function('define', source)(
    /** @param {unknown} _deps @param {() => typeof strings} factory */ (_deps, factory) => {
      strings = factory();
    },
  );
  if (strings === undefined) throw new DeployError('The web part’s English strings define nothing.');
  return strings;
}

/** @param {string[]} argv */
function parseOptions(argv) {
  /** @type {Record<string, { type: 'string' | 'boolean', short?: string }>} */
  const options = {
    site: { type: 'string' },
    page: { type: 'string' },
    title: { type: 'string' },
    package: { type: 'string' },
    'package-only': { type: 'boolean' },
    'grant-sharepoint-graph': { type: 'boolean' },
    'retry-seconds': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  };
  for (const { option } of PROPERTY_OPTIONS) options[option] = { type: 'string' };
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new DeployError(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`, 2);
  }
}

/**
 * The web part properties from the options: every property this script knows, with the manifest's
 * default where the option is absent; msal-only ones are left out in sharepoint mode.
 * @param {Record<string, string | boolean | undefined>} values
 * @returns {Record<string, string>}
 */
function webPartProperties(values) {
  const sharePointMode = values['auth-mode'] === 'sharepoint';
  /** @type {Record<string, string>} */
  const properties = {};
  for (const { property, option, fallback } of PROPERTY_OPTIONS) {
    const value = values[option];
    if (sharePointMode && MSAL_ONLY.has(property)) {
      if (value !== undefined) throw new DeployError(`--${option} only applies to --auth-mode msal.`, 2);
      continue;
    }
    const chosen = typeof value === 'string' ? value : fallback;
    if (chosen !== undefined) properties[property] = chosen;
  }
  return properties;
}

/** @param {string} site */
function checkSite(site) {
  /** @type {URL} */
  let url;
  try {
    url = new URL(site);
  } catch {
    throw new DeployError(
      `--site must be a site URL such as https://contoso.sharepoint.com/sites/spe-admin; got "${site}".`,
      2,
    );
  }
  if (url.protocol !== 'https:' || url.search !== '' || url.hash !== '') {
    throw new DeployError(`--site must be an https site URL without query or fragment; got "${site}".`, 2);
  }
  return url.href.replace(/\/$/, '');
}

/** @param {string} page */
function checkPage(page) {
  const name = page.endsWith('.aspx') ? page : `${page}.aspx`;
  if (!/^[A-Za-z0-9][\w-]*\.aspx$/.test(name)) {
    throw new DeployError(
      `--page must be a file name of letters, digits, - and _ (e.g. ${DEFAULT_PAGE}); got "${page}".`,
      2,
    );
  }
  return name;
}

/** @param {string} title */
function checkTitle(title) {
  if (!/^[\p{L}\p{N} .,:;()'’_-]+$/u.test(title)) {
    throw new DeployError(
      `--title may hold letters, digits, spaces and . , : ; ( ) ' - _; got "${title}".`,
      2,
    );
  }
  return title;
}

/**
 * The app catalog item's id from `spo app add --output json`.
 * @param {string} output
 */
function uniqueIdOf(output) {
  try {
    const added = JSON.parse(output);
    if (typeof added?.UniqueId === 'string') return /** @type {string} */ (added.UniqueId);
  } catch {
    // Reported below.
  }
  throw new DeployError(`m365 spo app add did not answer with the app's UniqueId:\n${output.trim()}`);
}

/** @param {number} seconds */
function sleep(seconds) {
  return new Promise((done) => setTimeout(done, seconds * 1000));
}

/** @param {string[]} argv */
async function deploy(argv) {
  const values = parseOptions(argv);
  if (values.help === true) {
    say(USAGE);
    return;
  }
  const packageOnly = values['package-only'] === true;
  const grant = values['grant-sharepoint-graph'] === true;
  const sppkg = resolve(typeof values.package === 'string' ? values.package : join(root, DEFAULT_PACKAGE));
  const retrySeconds = Number(values['retry-seconds'] ?? '15');
  if (!Number.isFinite(retrySeconds) || retrySeconds < 0) {
    throw new DeployError(
      `--retry-seconds must be a number of seconds; got "${values['retry-seconds']}".`,
      2,
    );
  }

  const rules = /** @type {typeof import('../src/hosts/sharepoint/webPartConfig')} */ (
    await importProjectModule('src/hosts/sharepoint/webPartConfig.ts')
  );
  const properties = webPartProperties(values);
  if (!rules.AUTH_MODES.some((mode) => mode === properties.authMode)) {
    throw new DeployError(
      `--auth-mode must be one of ${rules.AUTH_MODES.join(', ')}; got "${properties.authMode}".`,
      2,
    );
  }
  const sharePointMode = properties.authMode === 'sharepoint';
  if (grant && !sharePointMode) {
    // Least privilege: the grant serves only SharePoint mode, and then every script on every page.
    throw new DeployError(
      '--grant-sharepoint-graph only applies to --auth-mode sharepoint; msal mode needs no grant.',
      2,
    );
  }
  /** @type {{ site: string, page: string, title: string } | undefined} */
  let page;
  if (!packageOnly) {
    if (typeof values.site !== 'string')
      throw new DeployError(`--site is required (or --package-only).\n\n${USAGE}`, 2);
    const checked = rules.webPartConfig(properties);
    if (!checked.ok) {
      throw new DeployError(
        `The web part settings are not valid:\n${rules
          .problemMessages(checked.problems, webPartEnglish().ConfigProblems)
          .map((message) => `  - ${message}`)
          .join('\n')}`,
        2,
      );
    }
    page = {
      site: checkSite(values.site),
      page: checkPage(typeof values.page === 'string' ? values.page : DEFAULT_PAGE),
      title: checkTitle(typeof values.title === 'string' ? values.title : DEFAULT_TITLE),
    };
  }
  if (!existsSync(sppkg)) {
    throw new DeployError(
      `${sppkg} does not exist: build it with \`npm run build:spfx\` (or pass --package).`,
      2,
    );
  }

  const cli = /** @type {typeof import('../src/deploy/m365Cli')} */ (
    await importProjectModule('src/deploy/m365Cli.ts')
  );
  const runM365 = cli.spawnM365();
  /**
   * Runs one m365 command and returns its output.
   * @param {string} step
   * @param {readonly string[]} args
   */
  const m365 = (step, args) => {
    const result = runM365(args);
    if (result === undefined) throw new DeployError(cli.INSTALL_HELP);
    if (result.status !== 0) {
      throw new DeployError(
        `${step} failed (m365 ${args.slice(0, 3).join(' ')} …):\n${result.stderr.trim() || result.stdout.trim()}`,
      );
    }
    return result.stdout;
  };
  cli.ensureSignedIn(
    cli.createM365Session({ dryRun: false, runM365, say }),
    'a SharePoint Administrator (a Global Administrator for --grant-sharepoint-graph)',
  );

  say(`Uploading ${basename(sppkg)} to the tenant app catalog…`);
  const appId = uniqueIdOf(
    m365('Uploading the package', [
      'spo',
      'app',
      'add',
      '--filePath',
      sppkg,
      '--overwrite',
      '--output',
      'json',
    ]),
  );
  say('Deploying it to every site (tenant-wide, skipFeatureDeployment)…');
  m365('Deploying the package', ['spo', 'app', 'deploy', '--id', appId, '--skipFeatureDeployment']);

  if (grant) {
    say(`Granting ${rules.SHAREPOINT_MODE_PERMISSION} to SharePoint's Graph access (you opted in)…`);
    m365('Granting the SharePoint mode permission', [...rules.SHAREPOINT_MODE_GRANT_ARGS]);
  }
  if (page === undefined) {
    say('Done: the package is updated; pages keep their web parts and settings.');
    return;
  }

  say(`Creating ${page.site}/SitePages/${page.page}…`);
  m365('Creating the page', [
    'spo',
    'page',
    'add',
    '--webUrl',
    page.site,
    '--name',
    page.page,
    '--title',
    page.title,
  ]);

  say('Adding the web part with its settings…');
  // CLI for Microsoft 365 reads an option from a file when its value starts with `@`: the JSON then
  // reaches it intact on every shell.
  const scratch = mkdtempSync(join(tmpdir(), 'spe-deploy-'));
  try {
    const propertiesFile = join(scratch, 'web-part-properties.json');
    writeFileSync(propertiesFile, JSON.stringify(properties));
    const addWebPart = [
      'spo',
      'page',
      'clientsidewebpart',
      'add',
      '--webUrl',
      page.site,
      '--pageName',
      page.page,
      '--webPartId',
      WEB_PART_ID,
      '--webPartProperties',
      `@${propertiesFile}`,
    ];
    for (let attempt = 1; ; attempt += 1) {
      const result = runM365(addWebPart);
      if (result === undefined) throw new DeployError(cli.INSTALL_HELP);
      if (result.status === 0) break;
      const notThereYet = /no available web ?part/i.test(result.stderr + result.stdout);
      if (!notThereYet || attempt === WEB_PART_ATTEMPTS) {
        throw new DeployError(`Adding the web part failed:\n${result.stderr.trim() || result.stdout.trim()}`);
      }
      say(
        `  The web part has not reached the site yet; trying again in ${retrySeconds} s (${attempt}/${WEB_PART_ATTEMPTS - 1})…`,
      );
      await sleep(retrySeconds);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  m365('Publishing the page', ['spo', 'page', 'publish', '--webUrl', page.site, '--name', page.page]);

  const pageUrl = `${page.site}/SitePages/${page.page}`;
  say(`\nDone: ${pageUrl}`);
  if (sharePointMode) {
    if (!grant) {
      say(
        `SharePoint mode needs ${rules.SHAREPOINT_MODE_PERMISSION} for SharePoint's Graph access, which this run did not grant.\n` +
          `A Global Administrator grants it with:\n  ${rules.SHAREPOINT_MODE_GRANT_COMMANDS.cli}\n` +
          `or in SharePoint Online PowerShell:\n  ${rules.SHAREPOINT_MODE_GRANT_COMMANDS.powerShell}\n` +
          'Until then the web part’s Test connection says it is missing.',
      );
    }
  } else {
    say(
      `Next: add ${properties.redirectUri ?? pageUrl} as a single-page application redirect URI of app ${properties.clientId} (Entra admin center → App registrations → Authentication).`,
    );
  }
}

try {
  await deploy(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  // The shared runner (src/deploy/m365Cli.ts) throws its own DeployError, with an exit code too.
  process.exitCode =
    error instanceof Error && 'exitCode' in error && typeof error.exitCode === 'number' ? error.exitCode : 1;
}
