/**
 * A stand-in for CLI for Microsoft 365 on PATH, for the deployment commands' contract tests: an `m365`
 * executable that records every call and answers like the real CLI (v11: option names, JSON shapes,
 * "Logged out", errors on stderr with a non-zero exit) from a small tenant kept in a JSON file, so a
 * second run sees what the first one did.
 *
 * Switches (environment): FAKE_M365_LOGGED_OUT; FAKE_M365_CLOUD (the `cloudType`, default Public);
 * FAKE_M365_FAIL=<command> fails that command before it changes anything; FAKE_M365_FAIL_AFTER=<command>
 * fails it after part of its work (`entra app add`: the app exists, with its name only), as a CLI that
 * stops half-way would.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnM365, type RunM365 } from '../../src/deploy/m365Cli';

export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
export const GRAPH_SERVICE_PRINCIPAL_ID = 'a1b2c3d4-0000-4000-8000-00000000a11c';

export interface FakeApp {
  id: string;
  appId: string;
  displayName: string;
  identifierUris: string[];
  spa: { redirectUris: string[] };
  delegated: string[];
}

export interface FakeTenant {
  apps: FakeApp[];
  servicePrincipals: { id: string; appId: string; displayName: string }[];
  grants: {
    id: string;
    clientId: string;
    consentType: string;
    principalId: null;
    resourceId: string;
    scope: string;
  }[];
  teamsApps: {
    id: string;
    externalId: string;
    displayName: string;
    distributionMethod: string;
    version: string;
  }[];
}

export interface Call {
  readonly args: string[];
}

const fflate = createRequire(__filename).resolve('fflate');

const FAKE_M365 = `
const fs = require('node:fs');
const { randomUUID } = require('node:crypto');
const { unzipSync, strFromU8 } = require(${JSON.stringify(fflate)});
const args = process.argv.slice(2);
fs.appendFileSync(process.env.FAKE_M365_LOG, JSON.stringify({ args }) + '\\n');
const statePath = process.env.FAKE_M365_STATE;
const tenant = fs.existsSync(statePath)
  ? JSON.parse(fs.readFileSync(statePath, 'utf8'))
  : { apps: [], servicePrincipals: [], grants: [], teamsApps: [] };
const save = () => fs.writeFileSync(statePath, JSON.stringify(tenant, null, 2));
const command = args.slice(0, args.findIndex((arg) => arg.startsWith('-')) >>> 0).join(' ');
const option = (name) => {
  const index = args.indexOf('--' + name);
  if (index !== -1) return args[index + 1];
  const inline = args.find((arg) => arg.startsWith('--' + name + '='));
  return inline === undefined ? undefined : inline.slice(name.length + 3);
};
const fail = (message) => {
  process.stderr.write('Error: ' + message + '\\n');
  process.exit(1);
};
const answer = (value) => process.stdout.write(typeof value === 'string' ? value + '\\n' : JSON.stringify(value, null, 2));
const GRAPH = 'https://graph.microsoft.com/';
const scopeNames = (list, separator) =>
  list.split(separator).map((scope) => {
    if (!scope.startsWith(GRAPH)) fail('Service principal ' + scope.slice(0, scope.lastIndexOf('/')) + ' not found');
    return scope.slice(GRAPH.length);
  });
const appByObjectId = (id) => tenant.apps.find((app) => app.id === id) || fail("App with objectId '" + id + "' not found in Microsoft Entra ID.");
const manifestOf = (file) => JSON.parse(strFromU8(unzipSync(fs.readFileSync(file))['manifest.json']));
if (process.env.FAKE_M365_FAIL === command) fail('Request failed with status code 500 (' + command + ')');
const failAfter = process.env.FAKE_M365_FAIL_AFTER === command;

switch (command) {
  case '':
    if (args[0] === '--version') answer('11.11.0');
    break;
  case 'status':
    answer(
      process.env.FAKE_M365_LOGGED_OUT
        ? JSON.stringify('Logged out')
        : { connectionName: randomUUID(), connectedAs: 'admin@contoso.example', authType: 'Browser', appId: randomUUID(), appTenant: 'common', cloudType: process.env.FAKE_M365_CLOUD || 'Public' },
    );
    break;
  case 'entra app list':
    answer(tenant.apps.map(({ id, appId, displayName, identifierUris, spa }) => ({ id, appId, displayName, identifierUris, spa })));
    break;
  case 'entra app add': {
    if (option('platform') !== 'spa') fail('this stand-in only knows spa apps');
    const app = { id: randomUUID(), appId: randomUUID(), displayName: option('name'), identifierUris: [], spa: { redirectUris: [] }, delegated: [] };
    tenant.apps.push(app);
    if (failAfter) {
      save();
      fail('Request failed with status code 400 (after creating the app)');
    }
    app.spa.redirectUris = option('redirectUris').split(',');
    app.delegated = scopeNames(option('apisDelegated'), ',');
    app.identifierUris = [option('uri').replace(/_appId_/g, app.appId)];
    save();
    answer({ appId: app.appId, objectId: app.id, tenantId: '4f2c9b1e-8a3d-4e6f-b5c7-2d1e0f9a8b76' });
    break;
  }
  case 'entra app set': {
    const app = appByObjectId(option('objectId'));
    if (option('redirectUris') !== undefined) {
      if (option('platform') !== 'spa') fail('When you specify redirectUris you also need to specify platform');
      for (const uri of option('redirectUris').split(',')) if (!app.spa.redirectUris.includes(uri)) app.spa.redirectUris.push(uri);
    }
    if (option('uris') !== undefined) app.identifierUris = option('uris').split(',');
    save();
    break;
  }
  case 'entra app permission list':
    answer(appByObjectId(option('appObjectId')).delegated.map((permission) => ({ resource: 'Microsoft Graph', resourceId: '${GRAPH_APP_ID}', permission, type: 'Delegated' })));
    break;
  case 'entra app permission add': {
    const app = appByObjectId(option('appObjectId'));
    for (const name of scopeNames(option('delegatedPermissions'), ' ')) if (!app.delegated.includes(name)) app.delegated.push(name);
    save();
    break;
  }
  case 'entra enterpriseapp list':
    answer(tenant.servicePrincipals.filter((sp) => sp.displayName.toLowerCase() === String(option('displayName')).toLowerCase()));
    break;
  case 'entra enterpriseapp add': {
    const app = tenant.apps.find((candidate) => candidate.appId === option('id')) || fail('The specified Entra app does not exist');
    const sp = { id: randomUUID(), appId: app.appId, displayName: app.displayName };
    tenant.servicePrincipals.push(sp);
    save();
    answer(sp);
    break;
  }
  case 'entra enterpriseapp get':
    if (option('id') !== '${GRAPH_APP_ID}') fail('The specified Entra app does not exist');
    answer({ id: '${GRAPH_SERVICE_PRINCIPAL_ID}', appId: '${GRAPH_APP_ID}', displayName: 'Microsoft Graph' });
    break;
  case 'entra oauth2grant list':
    answer(tenant.grants.filter((grant) => grant.clientId === option('spObjectId')));
    break;
  case 'entra oauth2grant add':
    if (tenant.grants.some((grant) => grant.clientId === option('clientId') && grant.resourceId === option('resourceId'))) {
      fail('Permission entry already exists.');
    }
    // Real grant ids are base64url and may start with "-".
    tenant.grants.push({ id: '-' + randomUUID(), clientId: option('clientId'), consentType: 'AllPrincipals', principalId: null, resourceId: option('resourceId'), scope: option('scope') });
    save();
    break;
  case 'entra oauth2grant set': {
    const grant = tenant.grants.find((candidate) => candidate.id === option('grantId')) || fail('grant not found: ' + option('grantId'));
    grant.scope = option('scope');
    save();
    break;
  }
  case 'teams app list':
    answer(tenant.teamsApps.filter((app) => !option('distributionMethod') || app.distributionMethod === option('distributionMethod')).map(({ id, externalId, displayName, distributionMethod }) => ({ id, externalId, displayName, distributionMethod })));
    break;
  case 'teams app publish': {
    const manifest = manifestOf(option('filePath'));
    if (tenant.teamsApps.some((app) => app.externalId === manifest.id)) fail('An app with the same id already exists');
    const app = { id: randomUUID(), externalId: manifest.id, displayName: manifest.name.short, distributionMethod: 'organization', version: manifest.version };
    tenant.teamsApps.push(app);
    save();
    answer({ id: app.id, externalId: app.externalId, displayName: app.displayName, distributionMethod: app.distributionMethod });
    break;
  }
  case 'teams app update': {
    const app = tenant.teamsApps.find((candidate) => candidate.id === option('id')) || fail('app not found');
    const manifest = manifestOf(option('filePath'));
    if (manifest.id !== app.externalId) fail('The app id in the package does not match the app');
    app.version = manifest.version;
    save();
    break;
  }
  default:
    fail('this stand-in does not know "' + command + '"');
}
if (failAfter) fail('Request failed with status code 500 (after ' + command + ')');
`;

export interface FakeM365 {
  /** A PATH holding only the stand-in `m365`. */
  readonly path: string;
  readonly scratch: string;
  /** Runs `m365` as the commands do, from `path`, with the switches in `env`. */
  runner(env?: Record<string, string>): RunM365;
  /** The calls since the last `forget()`. */
  calls(): Call[];
  forget(): void;
  tenant(): FakeTenant;
  setTenant(tenant: FakeTenant): void;
  remove(): void;
}

export function createFakeM365(): FakeM365 {
  const scratch = mkdtempSync(join(tmpdir(), 'fake-m365-'));
  const bin = join(scratch, 'bin');
  const log = join(scratch, 'calls.jsonl');
  const state = join(scratch, 'tenant.json');
  mkdirSync(bin);
  const executable = join(bin, 'm365');
  writeFileSync(executable, `#!${process.execPath}\n${FAKE_M365}`);
  chmodSync(executable, 0o755);
  return {
    path: bin,
    scratch,
    runner: (env = {}) => spawnM365({ PATH: bin, FAKE_M365_LOG: log, FAKE_M365_STATE: state, ...env }),
    calls: () =>
      existsSync(log)
        ? readFileSync(log, 'utf8')
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line) as Call)
        : [],
    forget: () => rmSync(log, { force: true }),
    tenant: () =>
      existsSync(state)
        ? (JSON.parse(readFileSync(state, 'utf8')) as FakeTenant)
        : { apps: [], servicePrincipals: [], grants: [], teamsApps: [] },
    setTenant: (tenant) => writeFileSync(state, JSON.stringify(tenant)),
    remove: () => rmSync(scratch, { recursive: true, force: true }),
  };
}

/** The leading words of each call: `entra app add`, `status`, `--version`. */
export function commandsOf(calls: readonly Call[]): string[] {
  return calls.map((call) => {
    const firstOption = call.args.findIndex((arg) => arg.startsWith('-'));
    return call.args.slice(0, firstOption === -1 ? undefined : firstOption).join(' ') || (call.args[0] ?? '');
  });
}

/** The value given to `--name` (or `--name=value`) in a call. */
export function optionOf(call: Call | undefined, name: string): string | undefined {
  const args = call?.args ?? [];
  const index = args.indexOf(`--${name}`);
  if (index !== -1) return args[index + 1];
  return args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

/** Collects what a command prints, as `CommandIo`. */
export function captureIo(runM365: RunM365): {
  io: { out: (text: string) => void; err: (text: string) => void; runM365: RunM365 };
  stdout: () => string;
  stderr: () => string;
} {
  let out = '';
  let err = '';
  return {
    io: {
      out: (text) => {
        out += text;
      },
      err: (text) => {
        err += text;
      },
      runM365,
    },
    stdout: () => out,
    stderr: () => err,
  };
}
