/**
 * Figures 1 and 6: what the browser downloads. The tab's first load is the index.html entry chunk,
 * every chunk it imports statically and the stylesheets they bring, as rollup's own module graph says;
 * chunks behind a dynamic import load on demand. Sizes are gzip level 9, as a static host serves them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { build, type Rollup } from 'vite';

const root = resolve(__dirname, '..');
/** The tab as `npm run build:tab` builds it, from the sources of this run (release/ may be stale). */
export const BENCH_TAB_DIR = resolve(root, 'temp/bench-tab');

export interface ChunkSize {
  readonly file: string;
  readonly gzipBytes: number;
}

export interface PackageCost {
  readonly name: string;
  readonly gzipBytes: number;
}

export interface FirstLoad {
  readonly chunks: readonly ChunkSize[];
  readonly totalGzipBytes: number;
  readonly onDemandGzipBytes: number;
  /**
   * The list screen's code beyond the first load (the editor's chunk and what it imports), which
   * downloads while the admin signs in: first load + this is what the list needs.
   */
  readonly listScreenGzipBytes: number;
  /** The top 8 of what each dependency costs of the first load (gzip, apportioned by minified size). */
  readonly byPackage: readonly PackageCost[];
  /** Fluent UI's share split by its packages (one per component family): what each costs the first load. */
  readonly fluentByPackage: readonly PackageCost[];
}

export const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Minified bytes per original source, from a chunk's source map: each mapping segment owns the
 * generated text up to the next segment. (Rendered lengths before minification would overstate
 * sources shipped unminified, such as MSAL's, against pre-minified ones, such as React DOM.)
 */
export function bytesPerSource(
  code: string,
  map: { sources: string[]; mappings: string },
): Map<string, number> {
  const totals = new Map<string, number>();
  const lines = code.split('\n');
  let source = 0;
  map.mappings.split(';').forEach((line, lineIndex) => {
    const segments: { column: number; source: number }[] = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (segment === '') continue;
      const fields: number[] = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = BASE64.indexOf(char);
        value += (digit & 31) << shift;
        if (digit & 32) {
          shift += 5;
        } else {
          fields.push(value & 1 ? -(value >> 1) : value >> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0] ?? 0;
      if (fields.length >= 4) source += fields[1] ?? 0;
      segments.push({ column, source: fields.length >= 4 ? source : -1 });
    }
    const lineLength = lines[lineIndex]?.length ?? 0;
    segments.forEach((segment, index) => {
      if (segment.source < 0) return;
      const end = segments[index + 1]?.column ?? lineLength;
      const name = map.sources[segment.source] ?? 'other';
      totals.set(name, (totals.get(name) ?? 0) + Math.max(0, end - segment.column));
    });
  });
  return totals;
}

function gzipBytes(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}

// Packages that only Fluent UI pulls in count as Fluent's cost; React's own helpers as React's.
const GROUPS: readonly (readonly [RegExp, string])[] = [
  [
    /^(@fluentui\/|@griffel\/|tabster$|keyborg$|@floating-ui\/|@swc\/helpers$)/,
    '@fluentui/* (+ griffel, tabster)',
  ],
  [/^@azure\/msal-/, '@azure/msal-browser (+ msal-common)'],
  [/^(react|react-dom|scheduler|object-assign)$/, 'react + react-dom'],
];

/** Package of a module id: `@fluentui/react-table` from `/…/node_modules/@fluentui/react-table/lib/…`. */
function npmPackageOf(moduleId: string): string | undefined {
  return /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(moduleId)?.[1];
}

/** The group a module's cost is reported under (Fluent UI, MSAL and React each as one). */
function packageOf(moduleId: string): string {
  const name = npmPackageOf(moduleId);
  if (name !== undefined) return GROUPS.find(([pattern]) => pattern.test(name))?.[1] ?? name;
  if (moduleId.includes('/src/')) return 'our src';
  return 'other (vite runtime, html)';
}

const FLUENT_GROUP = GROUPS[0];

function topCosts(costs: Map<string, number>, count: number): PackageCost[] {
  return [...costs.entries()]
    .map(([name, bytes]) => ({ name, gzipBytes: Math.round(bytes) }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes)
    .slice(0, count);
}

/** Builds the tab with the repository's vite config into temp/bench-tab and returns rollup's output. */
export async function buildBenchTab(): Promise<Rollup.RollupOutput['output'][number][]> {
  const result = (await build({
    configFile: resolve(root, 'vite.config.mts'),
    logLevel: 'warn',
    // (The size warning is this figure's job; silenced so it is not printed twice.)
    build: {
      outDir: BENCH_TAB_DIR,
      emptyOutDir: true,
      sourcemap: true,
      write: true,
      chunkSizeWarningLimit: 1e6,
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  return (Array.isArray(result) ? result : [result]).flatMap((each) => each.output);
}

export function measureTabFirstLoad(output: readonly Rollup.RollupOutput['output'][number][]): FirstLoad {
  const chunks = output.filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
  const assets = new Map(
    output
      .filter((item): item is Rollup.OutputAsset => item.type === 'asset')
      .map((asset) => [asset.fileName, asset]),
  );
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entry = chunks.find((chunk) => chunk.isEntry && (chunk.facadeModuleId ?? '').endsWith('index.html'));
  if (entry === undefined) throw new Error('The tab build has no index.html entry chunk');
  const firstLoad = new Set<string>();
  const follow = (fileName: string): void => {
    if (firstLoad.has(fileName) || !byFile.has(fileName)) return;
    firstLoad.add(fileName);
    for (const imported of byFile.get(fileName)?.imports ?? []) follow(imported);
  };
  follow(entry.fileName);

  const sizes: ChunkSize[] = [];
  const byPackage = new Map<string, number>();
  const fluentByPackage = new Map<string, number>();
  for (const fileName of firstLoad) {
    const chunk = byFile.get(fileName) as Rollup.OutputChunk;
    const size = gzipBytes(chunk.code);
    sizes.push({ file: fileName, gzipBytes: size });
    for (const css of chunk.viteMetadata?.importedCss ?? []) {
      const sheet = assets.get(css);
      if (sheet !== undefined && !sizes.some((known) => known.file === css))
        sizes.push({ file: css, gzipBytes: gzipBytes(sheet.source) });
    }
    if (chunk.map === null) throw new Error('The tab build has no source maps (vite.config.mts sourcemap)');
    // Each package's share of the chunk's minified bytes, applied to the chunk's gzip size.
    const minified = bytesPerSource(chunk.code, chunk.map);
    const minifiedTotal = [...minified.values()].reduce((sum, bytes) => sum + bytes, 0) || 1;
    for (const [source, bytes] of minified) {
      const share = (size * bytes) / minifiedTotal;
      const name = packageOf(source);
      byPackage.set(name, (byPackage.get(name) ?? 0) + share);
      if (name === FLUENT_GROUP?.[1]) {
        const fluentPackage = npmPackageOf(source) ?? name;
        fluentByPackage.set(fluentPackage, (fluentByPackage.get(fluentPackage) ?? 0) + share);
      }
    }
  }
  const listScreen = new Set<string>();
  const followLazy = (fileName: string): void => {
    if (listScreen.has(fileName) || firstLoad.has(fileName) || !byFile.has(fileName)) return;
    listScreen.add(fileName);
    for (const imported of byFile.get(fileName)?.imports ?? []) followLazy(imported);
  };
  const editorChunk = chunks.find(
    (chunk) => chunk.isDynamicEntry && chunk.moduleIds.some((id) => id.endsWith('editor/mountEditor.tsx')),
  );
  if (editorChunk === undefined) throw new Error('The tab build has no chunk for the editor (mountEditor)');
  followLazy(editorChunk.fileName);
  const listScreenGzipBytes = [...listScreen].reduce(
    (sum, fileName) => sum + gzipBytes((byFile.get(fileName) as Rollup.OutputChunk).code),
    0,
  );
  const onDemandGzipBytes = chunks
    .filter((chunk) => !firstLoad.has(chunk.fileName) && !chunk.isEntry)
    .reduce((sum, chunk) => sum + gzipBytes(chunk.code), 0);
  return {
    chunks: sizes.sort((a, b) => b.gzipBytes - a.gzipBytes),
    totalGzipBytes: sizes.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
    onDemandGzipBytes,
    listScreenGzipBytes,
    byPackage: topCosts(byPackage, 8),
    fluentByPackage: topCosts(fluentByPackage, Number.POSITIVE_INFINITY),
  };
}

export interface SpfxBundle {
  readonly file: string;
  /** When the package was built; `builtNow` when this run had to build it (there was none). */
  readonly builtAt: string;
  readonly builtNow: boolean;
  readonly entryGzipBytes: number;
  readonly chunksGzipBytes: number;
}

const SPPKG = resolve(root, 'sharepoint/solution/spe-permission-matrix.sppkg');

/** Figure 6: the web part's bundle as shipped in the .sppkg (React and React DOM come from SharePoint). */
export function measureSpfxBundle(): SpfxBundle {
  // An existing package is measured as is (`npm run build:spfx` refreshes it); none is built here, so the
  // figure always measures on a fresh checkout.
  const builtNow = !existsSync(SPPKG);
  if (builtNow) {
    const spfx = spawnSync('npm', ['run', 'build:spfx'], { cwd: root, stdio: 'inherit' });
    if (spfx.status !== 0 || !existsSync(SPPKG)) {
      throw new Error(`building the .sppkg failed (npm run build:spfx exited with ${String(spfx.status)})`);
    }
  }
  const scripts = Object.entries(unzipSync(readFileSync(SPPKG)))
    .filter(([name]) => name.endsWith('.js'))
    .map(([name, data]) => ({ name, data }));
  const entry = scripts.find((script) => /\/permission-matrix-web-part_[0-9a-f]+\.js$/.test(script.name));
  if (entry === undefined) throw new Error('the .sppkg has no permission-matrix-web-part_*.js');
  return {
    file: entry.name,
    builtAt: statSync(SPPKG).mtime.toISOString(),
    builtNow,
    entryGzipBytes: gzipBytes(entry.data),
    chunksGzipBytes: scripts
      .filter((script) => /\/chunk\.[^/]+\.js$/.test(script.name))
      .reduce((sum, script) => sum + gzipBytes(script.data), 0),
  };
}
