import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillManifestPlaceholders } from '../../src/packaging/buildTeamsPackage';
import type { TeamsPackageSettings } from '../../src/packaging/buildTeamsPackage';
import { validateAgainstTeamsSchema } from '../../src/packaging/teamsSchemas';

const teamsDir = join(__dirname, '..', '..', 'teams');
const readTeamsFile = (name: string): string => readFileSync(join(teamsDir, name), 'utf8');

const sample: TeamsPackageSettings = {
  appId: '0a20f763-77fe-4017-8684-410939bec855',
  appVersion: '2.3.4',
  clientId: 'c0ffee00-1234-4abc-9def-0123456789ab',
  tabUrl: 'https://matrix.contoso.example:8443/teams/',
};

interface Manifest {
  manifestVersion: string;
  accentColor: string;
  icons: { color: string; outline: string };
  localizationInfo: {
    defaultLanguageTag: string;
    additionalLanguages: { languageTag: string; file: string }[];
  };
  name: { short: string; full: string };
  description: { short: string; full: string };
  staticTabs: { entityId: string; name: string; contentUrl: string; websiteUrl: string; scopes: string[] }[];
  validDomains: string[];
  webApplicationInfo: { id: string; resource: string };
}

const filledManifest = (): Manifest =>
  JSON.parse(fillManifestPlaceholders(readTeamsFile('manifest.json'), sample));
const localizationFiles = (): { languageTag: string; file: string }[] =>
  filledManifest().localizationInfo.additionalLanguages;

describe('teams/manifest.json', () => {
  it('is valid against the official Teams schema of its manifestVersion once placeholders are filled', () => {
    const manifest = filledManifest();
    expect(manifest.manifestVersion).toBe('1.30');
    expect(validateAgainstTeamsSchema('manifest', manifest.manifestVersion, manifest)).toEqual([]);
  });

  it('is checked for real: the schema rejects a manifest with a broken field', () => {
    const manifest = { ...filledManifest(), accentColor: 'teal' };
    const problems = validateAgainstTeamsSchema('manifest', manifest.manifestVersion, manifest);
    expect(problems.join('\n')).toContain('/accentColor');
  });

  it('declares one personal tab loaded from the tab URL, trusted domain and SSO resource on the same host', () => {
    const manifest = filledManifest();
    expect(manifest.staticTabs).toHaveLength(1);
    expect(manifest.staticTabs[0]).toMatchObject({
      contentUrl: 'https://matrix.contoso.example:8443/teams/',
      websiteUrl: 'https://matrix.contoso.example:8443/teams/',
      scopes: ['personal'],
    });
    expect(manifest.validDomains).toEqual(['matrix.contoso.example:8443']);
    expect(manifest.webApplicationInfo).toEqual({
      id: sample.clientId,
      resource: `api://matrix.contoso.example:8443/${sample.clientId}`,
    });
  });

  it('is in English by default with Italian and Russian translations', () => {
    const manifest = filledManifest();
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('en-us');
    expect(localizationFiles()).toEqual([
      { languageTag: 'it', file: 'it.json' },
      { languageTag: 'ru', file: 'ru.json' },
    ]);
  });
});

describe('teams/ localization files', () => {
  it.each(['it.json', 'ru.json'])('%s is valid against the Teams Localization schema', (file) => {
    const { manifestVersion } = filledManifest();
    const localization: unknown = JSON.parse(readTeamsFile(file));
    expect(validateAgainstTeamsSchema('localization', manifestVersion, localization)).toEqual([]);
  });

  it('the Localization schema rejects a file without the required description', () => {
    const { manifestVersion } = filledManifest();
    const localization = JSON.parse(readTeamsFile('it.json')) as Record<string, unknown>;
    delete localization['description.full'];
    const problems = validateAgainstTeamsSchema('localization', manifestVersion, localization);
    expect(problems.join('\n')).toContain('description.full');
  });

  it.each(['it.json', 'ru.json'])('%s translates every string the manifest shows', (file) => {
    const manifest = filledManifest();
    const english: Record<string, string> = {
      'name.short': manifest.name.short,
      'name.full': manifest.name.full,
      'description.short': manifest.description.short,
      'description.full': manifest.description.full,
      'staticTabs[0].name': manifest.staticTabs[0].name,
    };
    const { $schema, ...translated } = JSON.parse(readTeamsFile(file)) as Record<string, string>;
    expect($schema).toMatch(/\/v1\.30\/MicrosoftTeams\.Localization\.schema\.json$/);
    expect(Object.keys(translated).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(translated)) expect(text, key).not.toBe(english[key]);
  });
});

describe('teams/ folder', () => {
  it('holds only the manifest, its localization files and the two icons (the SPFx packager ships all of it)', () => {
    const manifest = filledManifest();
    const expected = [
      'manifest.json',
      ...localizationFiles().map((l) => l.file),
      manifest.icons.color,
      manifest.icons.outline,
    ];
    const present = readdirSync(teamsDir);
    expect(present.sort()).toEqual(expected.sort());
    for (const name of present) expect(statSync(join(teamsDir, name)).isFile(), name).toBe(true);
  });
});
