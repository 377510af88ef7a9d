/**
 * `npm run provision` against a recording stand-in for CLI for Microsoft 365 (fakeM365.ts): the exact
 * m365 commands and options it sends, that a second run changes only what differs, and that every
 * failure (a failing step, a signed-out or missing CLI, a cloud without SharePoint Embedded) is said
 * clearly and leaves nothing a re-run cannot finish.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { provisionCommand } from '../../src/deploy/provision';
import {
  GRAPH_SERVICE_PRINCIPAL_ID,
  captureIo,
  commandsOf,
  createFakeM365,
  optionOf,
  type FakeM365,
  type FakeTenant,
} from './fakeM365';

const root = resolve(__dirname, '../..');
const TAB = 'https://tab.contoso.example/';
const NAME = 'SharePoint Embedded Permission Matrix';
const GRAPH = 'https://graph.microsoft.com';

let fake: FakeM365;
beforeEach(() => {
  fake = createFakeM365();
});
afterEach(() => {
  fake.remove();
});

function provision(args: readonly string[], env: Record<string, string> = {}) {
  fake.forget();
  const captured = captureIo(fake.runner(env));
  const status = provisionCommand(args, captured.io);
  return { status, stdout: captured.stdout(), stderr: captured.stderr(), calls: fake.calls() };
}

/** The tenant's apps, without the ids the stand-in makes up, for comparing two ways to the same state. */
const shapeOf = (tenant: FakeTenant): unknown =>
  tenant.apps.map((app) => ({
    displayName: app.displayName,
    redirectUris: app.spa.redirectUris,
    identifierUris: app.identifierUris.map((uri) => uri.replace(app.appId, '<appId>')),
    delegated: [...app.delegated].sort(),
  }));

describe('npm run provision', () => {
  it('--dry-run prints every m365 command of a first run and runs none, even without m365', () => {
    const run = provision(
      ['--dry-run', '--tab-url', TAB, '--scope-mode', 'manageAll', '--names', '--consent'],
      {
        PATH: join(fake.scratch, 'nowhere'),
      },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.calls).toEqual([]);
    const commands = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('  m365 '))
      .map((line) => line.trim());
    expect(commands).toEqual([
      'm365 --version',
      'm365 status --output json',
      'm365 entra app list --properties id,appId,displayName,identifierUris,spa --output json',
      `m365 entra app add --name '${NAME}' --platform spa --redirectUris ${TAB}auth.html,brk-multihub://tab.contoso.example --apisDelegated ${GRAPH}/FileStorageContainerTypeReg.Manage.All,${GRAPH}/Application.Read.All --uri api://tab.contoso.example/_appId_ --output json`,
      `m365 entra enterpriseapp list --displayName '${NAME}' --output json`,
      "m365 entra enterpriseapp add --id '<client id>' --output json",
      'm365 entra enterpriseapp get --id 00000003-0000-0000-c000-000000000000 --output json',
      "m365 entra oauth2grant list --spObjectId '<service principal id>' --output json",
      "m365 entra oauth2grant add --clientId '<service principal id>' --resourceId '<Microsoft Graph service principal id>' --scope 'FileStorageContainerTypeReg.Manage.All Application.Read.All'",
    ]);
    expect(run.stdout).toContain('Dry run: nothing runs and nothing changes');
    expect(run.stdout).toContain(`npm run deploy:teams -- --client-id '<client id>' --tab-url ${TAB}`);
  });

  it('creates the app on a first run: SPA redirect URIs, Application ID URI, the least-privileged scope', () => {
    const run = provision(['--tab-url', TAB]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(commandsOf(run.calls)).toEqual(['--version', 'status', 'entra app list', 'entra app add']);
    const add = run.calls[3];
    expect(optionOf(add, 'name')).toBe(NAME);
    expect(optionOf(add, 'platform')).toBe('spa');
    const [app] = fake.tenant().apps;
    if (app === undefined) throw new Error('no app was created');
    expect(app.spa.redirectUris).toEqual([`${TAB}auth.html`, 'brk-multihub://tab.contoso.example']);
    // The Teams manifest's webApplicationInfo.resource for this app.
    expect(app.identifierUris).toEqual([`api://tab.contoso.example/${app.appId}`]);
    expect(app.delegated).toEqual(['FileStorageContainerTypeReg.Selected']);
    expect(run.stdout).toContain(`Client id: ${app.appId}`);
    expect(run.stdout).toContain(`npm run deploy:teams -- --client-id ${app.appId} --tab-url ${TAB}`);
    expect(run.stdout).toContain(`SPE_CLIENT_ID=${app.appId} SPE_CLOUD=global SPE_SCOPE_MODE=selected`);
    expect(run.stdout).toContain('reaches only registrations of container types this app owns');
  });

  it('finds the app by name on a second run and changes only what differs', () => {
    expect(provision(['--tab-url', TAB]).status).toBe(0);
    const [created] = fake.tenant().apps;

    const again = provision(['--tab-url', TAB]);
    expect(again.status).toBe(0);
    expect(commandsOf(again.calls)).toEqual([
      '--version',
      'status',
      'entra app list',
      'entra app permission list',
    ]);
    expect(again.stdout).toContain('Nothing to change');
    expect(again.stdout).toContain(`Client id: ${created?.appId}`);

    // Another mode and app names: only the missing scopes are added, nothing else is sent.
    const wider = provision(['--tab-url', TAB, '--scope-mode', 'manageAll', '--names']);
    expect(wider.status).toBe(0);
    expect(commandsOf(wider.calls).slice(2)).toEqual([
      'entra app list',
      'entra app permission list',
      'entra app permission add',
    ]);
    expect(optionOf(wider.calls[4], 'appObjectId')).toBe(created?.id);
    expect(optionOf(wider.calls[4], 'delegatedPermissions')).toBe(
      `${GRAPH}/FileStorageContainerTypeReg.Manage.All ${GRAPH}/Application.Read.All`,
    );
    expect(wider.stdout).toContain('need admin consent, which this run neither checked nor granted');

    // Back to selected: the wider scope is named, never removed.
    const back = provision(['--tab-url', TAB]);
    expect(commandsOf(back.calls)).not.toContain('entra app permission add');
    expect(back.stdout).toContain(
      'The app also holds FileStorageContainerTypeReg.Manage.All, Application.Read.All',
    );
    expect(fake.tenant().apps).toHaveLength(1);
  });

  it('adds only the redirect URI and Application ID URI an existing app lacks, keeping the others', () => {
    fake.setTenant({
      apps: [
        {
          id: '11111111-1111-4111-8111-111111111111',
          appId: '22222222-2222-4222-8222-222222222222',
          displayName: NAME.toUpperCase(),
          identifierUris: ['api://other.contoso.example'],
          spa: { redirectUris: ['https://other.contoso.example/', `${TAB}auth.html`] },
          delegated: ['FileStorageContainerTypeReg.Selected', 'User.Read'],
        },
      ],
      servicePrincipals: [],
      grants: [],
      teamsApps: [],
    });
    const run = provision(['--tab-url', TAB]);
    expect(run.stderr).toBe('');
    expect(commandsOf(run.calls).slice(2)).toEqual([
      'entra app list',
      'entra app set',
      'entra app set',
      'entra app permission list',
    ]);
    expect(run.calls[3]?.args).toEqual([
      'entra',
      'app',
      'set',
      '--objectId',
      '11111111-1111-4111-8111-111111111111',
      '--redirectUris',
      'brk-multihub://tab.contoso.example',
      '--platform',
      'spa',
    ]);
    const [app] = fake.tenant().apps;
    expect(app?.spa.redirectUris).toEqual([
      'https://other.contoso.example/',
      `${TAB}auth.html`,
      'brk-multihub://tab.contoso.example',
    ]);
    expect(app?.identifierUris).toEqual([
      'api://other.contoso.example',
      'api://tab.contoso.example/22222222-2222-4222-8222-222222222222',
    ]);
  });

  it('with --consent grants tenant-wide consent once, and extends that grant for a new scope', () => {
    const first = provision(['--tab-url', TAB, '--consent']);
    expect(first.stderr).toBe('');
    expect(commandsOf(first.calls).slice(4)).toEqual([
      'entra enterpriseapp list',
      'entra enterpriseapp add',
      'entra enterpriseapp get',
      'entra oauth2grant list',
      'entra oauth2grant add',
    ]);
    const [sp] = fake.tenant().servicePrincipals;
    expect(fake.tenant().grants).toEqual([
      expect.objectContaining({
        clientId: sp?.id,
        resourceId: GRAPH_SERVICE_PRINCIPAL_ID,
        consentType: 'AllPrincipals',
        scope: 'FileStorageContainerTypeReg.Selected',
      }),
    ]);

    const again = provision(['--tab-url', TAB, '--consent']);
    expect(commandsOf(again.calls).slice(4)).toEqual([
      'entra enterpriseapp list',
      'entra enterpriseapp get',
      'entra oauth2grant list',
    ]);

    const names = provision(['--tab-url', TAB, '--consent', '--names']);
    expect(names.stderr).toBe('');
    const set = names.calls.find((call) => commandsOf([call])[0] === 'entra oauth2grant set');
    // The grant id starts with "-": given as --grantId=<id> so the CLI cannot read it as an option.
    expect(set?.args).toContain(`--grantId=${fake.tenant().grants[0]?.id ?? ''}`);
    expect(fake.tenant().grants).toHaveLength(1);
    expect(fake.tenant().grants[0]?.scope).toBe('FileStorageContainerTypeReg.Selected Application.Read.All');
  });

  it('stops at a failing m365 step, says which, and a re-run finishes what it left', () => {
    const clean = createFakeM365();
    try {
      const runClean = captureIo(clean.runner());
      expect(provisionCommand(['--tab-url', TAB, '--names'], runClean.io)).toBe(0);

      // The CLI created the app, then failed before configuring it.
      const failed = provision(['--tab-url', TAB, '--names'], { FAKE_M365_FAIL_AFTER: 'entra app add' });
      expect(failed.status).toBe(1);
      expect(failed.stderr).toContain('Creating the app registration failed (m365 entra app add …)');
      expect(failed.stderr).toContain('Request failed with status code 400');
      expect(failed.stderr).toContain('run the same command again');

      const rerun = provision(['--tab-url', TAB, '--names']);
      expect(rerun.stderr).toBe('');
      expect(rerun.status).toBe(0);
      expect(commandsOf(rerun.calls)).not.toContain('entra app add');
      expect(shapeOf(fake.tenant())).toEqual(shapeOf(clean.tenant()));

      const stopped = provision(['--tab-url', TAB, '--consent'], { FAKE_M365_FAIL: 'entra oauth2grant add' });
      expect(stopped.status).toBe(1);
      expect(stopped.stderr).toContain('Granting admin consent failed');
      expect(provision(['--tab-url', TAB, '--consent']).status).toBe(0);
      expect(fake.tenant().grants).toHaveLength(1);
    } finally {
      clean.remove();
    }
  });

  it('changes nothing when m365 is signed out, and says to sign in', () => {
    const run = provision(['--tab-url', TAB], { FAKE_M365_LOGGED_OUT: '1' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('CLI for Microsoft 365 is not signed in. Run `m365 login`');
    expect(commandsOf(run.calls)).toEqual(['--version', 'status']);
  });

  it('explains how to get CLI for Microsoft 365 when m365 is not on PATH', () => {
    const emptyPath = join(fake.scratch, 'empty');
    mkdirSync(emptyPath);
    const run = provision(['--tab-url', TAB], { PATH: emptyPath });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('CLI for Microsoft 365 (the `m365` command) was not found on PATH');
    expect(run.stderr).toContain('npm install -g @pnp/cli-microsoft365');
    expect(run.calls).toEqual([]);
  });

  it('refuses a cloud without SharePoint Embedded before any m365 call, and a CLI signed in elsewhere', () => {
    for (const cloud of ['usGovL4', 'usGovL5']) {
      const run = provision(['--tab-url', TAB, '--cloud', cloud]);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain(`SharePoint Embedded is not available in ${cloud}`);
      expect(run.stderr).toContain('not in GCC High or DoD');
      expect(run.calls).toEqual([]);
    }
    const elsewhere = provision(['--tab-url', TAB, '--cloud', 'china']);
    expect(elsewhere.status).toBe(1);
    expect(elsewhere.stderr).toContain('signed in to Public, but --cloud is china');
    expect(commandsOf(elsewhere.calls)).toEqual(['--version', 'status']);

    const gccHigh = provision(['--tab-url', TAB], { FAKE_M365_CLOUD: 'USGovHigh' });
    expect(gccHigh.stderr).toContain(
      'signed in to USGovHigh (usGovL4), where SharePoint Embedded is not available',
    );
    expect(commandsOf(gccHigh.calls)).toEqual(['--version', 'status']);

    const china = provision(['--tab-url', TAB, '--cloud', 'china'], { FAKE_M365_CLOUD: 'China' });
    expect(china.status).toBe(1);
    // The stand-in knows the global Graph only; the command asked for 21Vianet's.
    expect(optionOf(china.calls[3], 'apisDelegated')).toBe(
      'https://microsoftgraph.chinacloudapi.cn/FileStorageContainerTypeReg.Selected',
    );
  });

  it('refuses bad options before any m365 call, without echoing a pasted secret', () => {
    const cases: [string[], RegExp][] = [
      [[], /--tab-url is required/],
      [['--tab-url', 'http://tab.contoso.example/'], /must use https/],
      [['--tab-url', 'https://user:s3cret@tab.contoso.example/'], /must not carry credentials/],
      [['--tab-url', TAB, '--scope-mode', 'all'], /--scope-mode must be selected or manageAll/],
      [['--tab-url', TAB, '--client-name', 'a"; rm -rf /'], /--client-name may hold/],
      [['--tab-url', TAB, '--cloud', 'mars'], /--cloud must be global or china/],
      [['--tab-url', TAB, '--secret', 'x'], /Unknown option '--secret'/],
    ];
    for (const [args, message] of cases) {
      const run = provision(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toContain('s3cret');
      expect(run.calls).toEqual([]);
    }
  });

  it('runs as `npm run provision` (tsx), --help and --dry-run included, without m365', () => {
    const script = join(root, 'src/deploy/provision.ts');
    const tsx = (args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, PATH: join(fake.scratch, 'nowhere') },
      });
    const help = tsx(['--help']);
    expect(help.status).toBe(0);
    for (const option of [
      '--tab-url',
      '--client-name',
      '--scope-mode',
      '--names',
      '--consent',
      '--cloud',
      '--dry-run',
    ]) {
      expect(help.stdout).toContain(option);
    }
    const dry = tsx(['--dry-run', '--tab-url', TAB]);
    expect(dry.stderr).toBe('');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('m365 entra app add');
  });
});
