import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  buildTeamsPackage,
  fillManifestPlaceholders,
  resolveTeamsPackageSettings,
  TEAMS_PACKAGE_DEFAULTS,
} from '../../src/packaging/buildTeamsPackage';
import type { TeamsPackageSettings } from '../../src/packaging/buildTeamsPackage';

const root = join(__dirname, '..', '..');
const teamsDir = join(root, 'teams');
const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
const template = readFileSync(join(teamsDir, 'manifest.json'), 'utf8');

const settings: TeamsPackageSettings = {
  appId: '0a20f763-77fe-4017-8684-410939bec855',
  appVersion: '1.2.3',
  clientId: 'c0ffee00-1234-4abc-9def-0123456789ab',
  tabUrl: 'https://matrix.contoso.example',
};
const contosoEnv = { SPE_CLIENT_ID: settings.clientId, SPE_TAB_URL: 'https://matrix.contoso.example/spe/' };

let outDir: string;
beforeEach(() => {
  outDir = mkdtempSync(join(tmpdir(), 'teams-package-'));
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(outDir, { recursive: true, force: true });
});

/** The package's files, in archive order. */
const readPackage = (zipPath: string): [string, Buffer][] =>
  Object.entries(unzipSync(readFileSync(zipPath))).map(([name, data]) => [name, Buffer.from(data)]);

describe('fillManifestPlaceholders', () => {
  it('fills every placeholder; the trusted domain and SSO resource follow the tab URL', () => {
    const filled = fillManifestPlaceholders(template, settings);
    expect(filled).not.toMatch(/\{\{|\}\}/);
    const manifest = JSON.parse(filled) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      id: settings.appId,
      version: '1.2.3',
      staticTabs: [{ contentUrl: 'https://matrix.contoso.example/' }],
      validDomains: ['matrix.contoso.example'],
      webApplicationInfo: {
        id: settings.clientId,
        resource: `api://matrix.contoso.example/${settings.clientId}`,
      },
    });
  });

  it('refuses a client id that is not a GUID, without repeating the value', () => {
    const fill = (): string =>
      fillManifestPlaceholders(template, { ...settings, clientId: 'my-secret-value' });
    expect(fill).toThrow(/client id \(SPE_CLIENT_ID\) is not a GUID/);
    expect(fill).not.toThrow(/my-secret-value/);
  });

  it.each([
    ['http://matrix.contoso.example/', /must use https/],
    ['matrix.contoso.example', /is not a URL/],
    ['https://user:pass@matrix.contoso.example/', /must not carry credentials/],
  ])('refuses the tab URL %s', (tabUrl, message) => {
    expect(() => fillManifestPlaceholders(template, { ...settings, tabUrl })).toThrow(message);
  });

  it('refuses a version Teams does not accept', () => {
    expect(() => fillManifestPlaceholders(template, { ...settings, appVersion: '1.2.3-beta.1' })).toThrow(
      /MAJOR\.MINOR\.PATCH/,
    );
  });

  it('refuses to leave an unknown or misspelt placeholder unfilled; tolerates spaces inside braces', () => {
    const withUnknown = JSON.stringify({
      id: '{{APP_ID}}',
      tenant: '{{TENANT_ID}}',
      typo: '{{CLIENT-ID}}',
    });
    expect(() => fillManifestPlaceholders(withUnknown, settings)).toThrow(
      /Unfilled placeholder\(s\).*\{\{TENANT_ID\}\}, \{\{CLIENT-ID\}\}/,
    );
    expect(JSON.parse(fillManifestPlaceholders(JSON.stringify({ a: '{{ CLIENT_ID }}' }), settings))).toEqual({
      a: settings.clientId,
    });
  });
});

describe('resolveTeamsPackageSettings', () => {
  it('defaults to the local stack when the environment sets nothing (blank counts as unset)', () => {
    expect(resolveTeamsPackageSettings({ SPE_CLIENT_ID: '  ' }, '0.1.0')).toEqual({
      appId: TEAMS_PACKAGE_DEFAULTS.appId,
      appVersion: '0.1.0',
      clientId: '71392b2f-1765-406e-86af-5907d9bdb2ab',
      tabUrl: 'https://localhost:4443/',
    });
  });

  it('takes SPE_CLIENT_ID, SPE_TAB_URL and SPE_TEAMS_APP_ID from the environment', () => {
    const appId = '11111111-2222-4333-8444-555555555555';
    expect(resolveTeamsPackageSettings({ ...contosoEnv, SPE_TEAMS_APP_ID: appId }, '0.1.0')).toEqual({
      appId,
      appVersion: '0.1.0',
      clientId: settings.clientId,
      tabUrl: 'https://matrix.contoso.example/spe/',
    });
  });
});

describe('buildTeamsPackage', () => {
  it('writes spe-permission-matrix-teams-<version>.zip with exactly the manifest, translations and icons at the root', () => {
    const result = buildTeamsPackage({ outDir, env: contosoEnv });

    expect(result.zipPath).toBe(join(outDir, `spe-permission-matrix-teams-${version}.zip`));
    const entries = readPackage(result.zipPath);
    expect(entries.map(([name]) => name)).toEqual([
      'manifest.json',
      'it.json',
      'ru.json',
      'color.png',
      'outline.png',
    ]);
    expect(result.entries).toEqual(entries.map(([name]) => name));

    const byName = new Map(entries);
    const manifestText = byName.get('manifest.json')?.toString('utf8') ?? '';
    expect(manifestText).not.toMatch(/\{\{|\}\}/);
    expect(JSON.parse(manifestText)).toMatchObject({
      version,
      id: TEAMS_PACKAGE_DEFAULTS.appId,
      staticTabs: [{ contentUrl: 'https://matrix.contoso.example/spe/' }],
      validDomains: ['matrix.contoso.example'],
      webApplicationInfo: { id: settings.clientId },
    });
    for (const name of ['it.json', 'ru.json']) {
      expect(JSON.parse(byName.get(name)?.toString('utf8') ?? '')).toEqual(
        JSON.parse(readFileSync(join(teamsDir, name), 'utf8')),
      );
    }
    for (const name of ['color.png', 'outline.png']) {
      expect(byName.get(name)?.equals(readFileSync(join(teamsDir, name)))).toBe(true);
    }
  });

  it('points at the local stack by default', () => {
    const { zipPath } = buildTeamsPackage({ outDir, env: {} });
    const manifest = new Map(readPackage(zipPath)).get('manifest.json');
    expect(JSON.parse(manifest?.toString('utf8') ?? '')).toMatchObject({
      staticTabs: [{ contentUrl: 'https://localhost:4443/' }],
      validDomains: ['localhost:4443'],
      webApplicationInfo: {
        id: '71392b2f-1765-406e-86af-5907d9bdb2ab',
        resource: 'api://localhost:4443/71392b2f-1765-406e-86af-5907d9bdb2ab',
      },
    });
  });

  it('gives byte-identical packages for the same inputs, whenever they are built', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T09:15:00Z'));
    const first = readFileSync(buildTeamsPackage({ outDir: join(outDir, 'a'), env: contosoEnv }).zipPath);
    vi.setSystemTime(new Date('2027-11-20T17:42:30Z'));
    const second = readFileSync(buildTeamsPackage({ outDir: join(outDir, 'b'), env: contosoEnv }).zipPath);
    expect(first.equals(second)).toBe(true);
  });

  it('writes nothing when the client id is not a GUID', () => {
    expect(() => buildTeamsPackage({ outDir, env: { SPE_CLIENT_ID: 'not-a-guid' } })).toThrow(/not a GUID/);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('refuses a manifest that Teams would reject, naming the field', () => {
    const copy = join(outDir, 'repo');
    cpSync(teamsDir, join(copy, 'teams'), { recursive: true });
    cpSync(join(root, 'package.json'), join(copy, 'package.json'));
    const manifest = JSON.parse(template) as Record<string, unknown>;
    writeFileSync(join(copy, 'teams', 'manifest.json'), JSON.stringify({ ...manifest, accentColor: 'teal' }));

    expect(() => buildTeamsPackage({ rootDir: copy, outDir: 'release', env: {} })).toThrow(/accentColor/);
    expect(existsSync(join(copy, 'release'))).toBe(false);
  });
});

// Each case starts tsx and compiles the schemas in a new process: seconds on a busy machine.
describe('buildTeamsPackage.ts on the command line', { timeout: 30_000 }, () => {
  const tsxCli = createRequire(__filename).resolve('tsx/cli');
  const script = join(root, 'src', 'packaging', 'buildTeamsPackage.ts');
  const run = (env: Record<string, string>): ReturnType<typeof spawnSync> =>
    spawnSync(process.execPath, [tsxCli, script, '--out', outDir], {
      cwd: root,
      env: { ...process.env, SPE_CLIENT_ID: '', SPE_TAB_URL: '', SPE_TEAMS_APP_ID: '', ...env },
      encoding: 'utf8',
    });

  it('builds the package into --out and says where', () => {
    const result = run(contosoEnv);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const zipName = `spe-permission-matrix-teams-${version}.zip`;
    expect(result.stdout).toContain(zipName);
    expect(readdirSync(outDir)).toEqual([zipName]);
  });

  it('fails with a clear message and no package when the tab URL is not https', () => {
    const result = run({ SPE_TAB_URL: 'http://matrix.contoso.example/' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Teams app package not built: ');
    expect(result.stderr).toContain('must use https');
    expect(readdirSync(outDir)).toEqual([]);
  });
});
