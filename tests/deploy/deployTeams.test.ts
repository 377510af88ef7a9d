/**
 * `npm run deploy:teams` against the recording stand-in for CLI for Microsoft 365 (fakeM365.ts): it
 * builds the Teams package for the client id and tab URL given, publishes it to the organisation's
 * catalog the first time and updates it (matched by the package's id) after that; failures are said
 * and a re-run finishes.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deployTeamsCommand } from '../../src/deploy/deployTeams';
import { TEAMS_PACKAGE_DEFAULTS } from '../../src/packaging/buildTeamsPackage';
import { captureIo, commandsOf, createFakeM365, optionOf, type FakeM365 } from './fakeM365';

const CLIENT_ID = '5d1e0f9a-8b76-4f2c-9b1e-8a3d4e6fb5c7';
const TAB = 'https://tab.contoso.example/';

let fake: FakeM365;
let out: string;
beforeEach(() => {
  fake = createFakeM365();
  out = mkdtempSync(join(tmpdir(), 'deploy-teams-'));
});
afterEach(() => {
  fake.remove();
  rmSync(out, { recursive: true, force: true });
});

function deployTeams(args: readonly string[], env: Record<string, string> = {}) {
  fake.forget();
  const captured = captureIo(fake.runner(env));
  const status = deployTeamsCommand(['--out', out, ...args], captured.io);
  return { status, stdout: captured.stdout(), stderr: captured.stderr(), calls: fake.calls() };
}

const BASE = ['--client-id', CLIENT_ID, '--tab-url', TAB];

describe('npm run deploy:teams', () => {
  it('--dry-run builds the package for the client id and tab URL and prints the m365 commands, running none', () => {
    const run = deployTeams(['--dry-run', ...BASE], { PATH: join(fake.scratch, 'nowhere') });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.calls).toEqual([]);
    const zip = join(out, 'spe-permission-matrix-teams-0.1.0.zip');
    const manifest = JSON.parse(
      strFromU8(unzipSync(readFileSync(zip))['manifest.json'] ?? new Uint8Array()),
    ) as {
      id: string;
      webApplicationInfo: { id: string; resource: string };
      staticTabs: { contentUrl: string }[];
    };
    expect(manifest.webApplicationInfo).toEqual({
      id: CLIENT_ID,
      resource: `api://tab.contoso.example/${CLIENT_ID}`,
    });
    expect(manifest.staticTabs[0]?.contentUrl).toBe(TAB);
    expect(manifest.id).toBe(TEAMS_PACKAGE_DEFAULTS.appId);
    expect(
      run.stdout
        .split('\n')
        .filter((line) => line.startsWith('  m365 '))
        .map((line) => line.trim()),
    ).toEqual([
      'm365 --version',
      'm365 status --output json',
      'm365 teams app list --distributionMethod organization --output json',
      `m365 teams app publish --filePath ${zip} --output json`,
    ]);
    expect(run.stdout).toContain('m365 teams app update --id <catalog id>');
  });

  it('publishes the first time, and updates the app with the same id after that', () => {
    const first = deployTeams(BASE);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(commandsOf(first.calls)).toEqual(['--version', 'status', 'teams app list', 'teams app publish']);
    const [published] = fake.tenant().teamsApps;
    expect(published).toMatchObject({
      externalId: TEAMS_PACKAGE_DEFAULTS.appId,
      displayName: 'SPE Permission Matrix',
      distributionMethod: 'organization',
    });
    expect(first.stdout).toContain(`Published "SPE Permission Matrix" (catalog id ${published?.id})`);

    const second = deployTeams(BASE);
    expect(second.stderr).toBe('');
    expect(commandsOf(second.calls)).toEqual(['--version', 'status', 'teams app list', 'teams app update']);
    expect(optionOf(second.calls[3], 'id')).toBe(published?.id);
    expect(optionOf(second.calls[3], 'filePath')).toBe(join(out, 'spe-permission-matrix-teams-0.1.0.zip'));
    expect(fake.tenant().teamsApps).toHaveLength(1);

    // Another Teams app id is another app: published beside the first.
    const other = deployTeams([...BASE, '--teams-app-id', '9e8d7c6b-5a49-4382-a716-0123456789ab']);
    expect(commandsOf(other.calls).at(-1)).toBe('teams app publish');
    expect(fake.tenant().teamsApps).toHaveLength(2);
  });

  it('stops at a failing publish with the CLI’s message, and a re-run publishes', () => {
    const failed = deployTeams(BASE, { FAKE_M365_FAIL: 'teams app publish' });
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('Publishing the app failed (m365 teams app publish …)');
    expect(failed.stderr).toContain('Request failed with status code 500');
    expect(failed.stderr).toContain('run the same command again');
    expect(fake.tenant().teamsApps).toEqual([]);

    const rerun = deployTeams(BASE);
    expect(rerun.status).toBe(0);
    expect(fake.tenant().teamsApps).toHaveLength(1);
  });

  it('changes nothing when m365 is signed out or missing', () => {
    const signedOut = deployTeams(BASE, { FAKE_M365_LOGGED_OUT: '1' });
    expect(signedOut.status).toBe(1);
    expect(signedOut.stderr).toContain(
      'not signed in. Run `m365 login` as a Teams Administrator or Global Administrator',
    );
    expect(commandsOf(signedOut.calls)).toEqual(['--version', 'status']);

    const empty = join(fake.scratch, 'empty');
    mkdirSync(empty);
    const missing = deployTeams(BASE, { PATH: empty });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('`m365` command) was not found on PATH');
    expect(missing.calls).toEqual([]);
  });

  it('refuses a wrong client id or tab URL before building or calling m365, without echoing it', () => {
    for (const args of [
      ['--client-id', 'not-a-guid-s3cret', '--tab-url', TAB],
      ['--client-id', CLIENT_ID, '--tab-url', 'http://tab.contoso.example/'],
      ['--client-id', CLIENT_ID],
    ]) {
      const run = deployTeams(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).not.toContain('s3cret');
      expect(run.calls).toEqual([]);
    }
  });
});
