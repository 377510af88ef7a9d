/**
 * The .sppkg that `npm run build` writes, read back as SharePoint's app catalog would: the solution,
 * its icon, the web part's manifest and id, the bundle it loads, its strings in three languages, no
 * Graph permission request, no source maps or sources, and nothing else (in particular none of the
 * Teams tab's files from teams/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';

const root = resolve(__dirname, '../..');
const WEB_PART_ID = '8f3d2a61-4c7e-4b9a-a5d2-1e6f0c9b7a34';
const FEATURE_ID = '0c6f7e2a-3b5d-4e91-8a47-6d2c1b9e5f03';

let entries: { name: string; data: Buffer }[];
const text = (name: string): string => {
  const entry = entries.find((candidate) => candidate.name === name);
  if (entry === undefined) throw new Error(`${name} is not in the package`);
  return entry.data.toString('utf8');
};
const assets = (): string[] =>
  entries
    .filter((entry) => entry.name.startsWith('ClientSideAssets/') && !entry.name.endsWith('/'))
    .map((entry) => entry.name.slice('ClientSideAssets/'.length));

/** Runs a localized strings file (`define([], function () { return {...}; })`) and returns its object. */
function stringsOf(source: string): Record<string, string> {
  let result: Record<string, string> = {};
  const define = (_deps: unknown[], factory: () => Record<string, string>): void => {
    result = factory();
  };
  new Function('define', source)(define);
  return result;
}

beforeAll(() => {
  const sppkg = unzipSync(readFileSync(resolve(root, 'sharepoint/solution/spe-permission-matrix.sppkg')));
  entries = Object.entries(sppkg).map(([name, data]) => ({ name, data: Buffer.from(data) }));
});

describe('the .sppkg', () => {
  it('declares the solution, skips feature deployment, and asks for no Graph permission', () => {
    const app = text('AppManifest.xml');
    expect(app).toContain('Name="spe-permission-matrix-client-side-solution"');
    expect(app).toContain('SkipFeatureDeployment="true"');
    expect(app).toContain('IsDomainIsolated="false"');
    // Least privilege: an approval here would serve the permission to every script on every page;
    // SharePoint mode gets it from an explicit grant instead (README, sharepoint/deploy.mjs).
    expect(app).not.toContain('WebApiPermissionRequest');
  });

  it('shows the solution icon from sharepoint/assets in the app catalog', () => {
    const app = text('AppManifest.xml');
    expect(/<AppIconPath>([^<]+)<\/AppIconPath>/.exec(app)?.[1]).toBe('icon.png');
    expect(text('_rels/AppManifest.xml.rels')).toMatch(
      /relationships\/manifest-icon" Target="\/assets\/icon\.png"/,
    );
    const committed = readFileSync(resolve(root, 'sharepoint/assets/icon.png'));
    const packaged = entries.find((entry) => entry.name === 'assets/icon.png')?.data;
    expect(packaged?.equals(committed)).toBe(true);
    // SharePoint shows app icons at 96 × 96.
    expect(PNG.sync.read(committed)).toMatchObject({ width: 96, height: 96 });
  });

  it('carries the web part manifest with its id, hosts and titles', () => {
    const element = text(`${FEATURE_ID}/WebPart_${WEB_PART_ID}.xml`);
    const manifestJson = /ComponentManifest="([^"]+)"/.exec(element)?.[1] ?? '';
    const manifest = JSON.parse(
      manifestJson
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    ) as {
      id: string;
      supportedHosts: string[];
      preconfiguredEntries: { title: Record<string, string> }[];
      loaderConfig: { entryModuleId: string; scriptResources: Record<string, { path?: string }> };
    };
    expect(manifest.id).toBe(WEB_PART_ID);
    expect(manifest.supportedHosts).toEqual([
      'SharePointWebPart',
      'SharePointFullPage',
      'TeamsTab',
      'TeamsPersonalApp',
    ]);
    expect(manifest.preconfiguredEntries[0]?.title).toEqual({
      default: 'SharePoint Embedded permissions',
      'it-IT': 'Autorizzazioni di SharePoint Embedded',
      'ru-RU': 'Разрешения SharePoint Embedded',
    });
    // The bundle the manifest loads is in the package, and defines the web part's module.
    const bundle = manifest.loaderConfig.scriptResources[manifest.loaderConfig.entryModuleId]?.path ?? '';
    expect(assets()).toContain(bundle);
    expect(text(`ClientSideAssets/${bundle}`)).toContain(`define("${WEB_PART_ID}_`);
  });

  it('has the web part strings in English, Italian and Russian, with the same keys', () => {
    const files = assets().filter((name) => name.startsWith('PermissionMatrixWebPartStrings_'));
    expect(files.map((name) => name.split('_')[1]).sort()).toEqual(['en-us', 'it-it', 'ru-ru']);
    const [en, it, ru] = ['en-us', 'it-it', 'ru-ru'].map((locale) =>
      stringsOf(text(`ClientSideAssets/${files.find((name) => name.includes(`_${locale}_`)) ?? ''}`)),
    );
    expect(Object.keys(it ?? {}).sort()).toEqual(Object.keys(en ?? {}).sort());
    expect(Object.keys(ru ?? {}).sort()).toEqual(Object.keys(en ?? {}).sort());
    expect(en?.TestConnectionButton).toBe('Test connection');
    expect(it?.TestConnectionButton).toBe('Verifica connessione');
    expect(ru?.TestConnectionButton).toBe('Проверить подключение');
  });

  it('holds only built assets and the icon: nothing from teams/ and no source files', () => {
    const teamsFiles = readdirSync(resolve(root, 'teams'));
    expect(teamsFiles).toContain('manifest.json');
    const stray = assets().filter(
      (name) =>
        teamsFiles.includes(name) ||
        (name !== 'icon.png' && !/^[\w.-]+_[0-9a-f]{20,32}\.js(\.LICENSE\.txt)?$/.test(name)),
    );
    expect(stray).toEqual([]);
  });

  it('ships no source map that carries sources, and no sources in any other form', () => {
    // `gulp bundle --ship` (SPFx 1.23.2) builds without source maps; this keeps it that way whatever
    // a later SPFx or webpack setting does: a map may ship only without `sourcesContent`.
    const maps = entries.filter((entry) => entry.name.endsWith('.map'));
    for (const map of maps) {
      expect(JSON.parse(map.data.toString('utf8')), map.name).not.toHaveProperty('sourcesContent');
    }
    const scripts = entries.filter((entry) => entry.name.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const code = script.data.toString('utf8');
      expect(code, script.name).not.toMatch(/sourceMappingURL=data:/);
      const mapUrl = /[#@] sourceMappingURL=(\S+)/.exec(code)?.[1];
      if (mapUrl !== undefined)
        expect(
          maps.map((map) => map.name),
          script.name,
        ).toContain(`ClientSideAssets/${mapUrl}`);
    }
    // A comment of ours survives only inside embedded sources (minification drops comments).
    const canary = "SharePoint's app is never a container type's owning app";
    expect(readFileSync(resolve(root, 'src/hosts/sharepoint/webPartConfig.ts'), 'utf8')).toContain(canary);
    expect(
      entries.filter((entry) => entry.data.toString('utf8').includes(canary)).map((entry) => entry.name),
    ).toEqual([]);
  });
});
