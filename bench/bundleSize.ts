/**
 * Figures 1 and 6: what the browser downloads. The tab's first load is what its index.html names
 * (module script, modulepreload, stylesheet) plus every chunk those import statically; chunks behind
 * a dynamic import load on demand. Sizes are gzip level 9, as a static host would serve them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { readZip } from '../tests/teams/readZip';

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
  /** The top 8 of what each dependency costs of the first load (gzip, apportioned by minified size). */
  readonly byPackage: readonly PackageCost[];
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
function packageOf(moduleId: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules\/)/.exec(moduleId);
  if (match?.[1] !== undefined) {
    const name = match[1];
    return GROUPS.find(([pattern]) => pattern.test(name))?.[1] ?? name;
  }
  if (moduleId.includes('/src/')) return 'our src';
  return 'other (vite runtime, html)';
}

/** Builds the tab with the repository's vite config into temp/bench-tab and returns rollup's output. */
export async function buildBenchTab(): Promise<Rollup.OutputChunk[]> {
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
  return (Array.isArray(result) ? result : [result])
    .flatMap((each) => each.output)
    .filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
}

/** The files index.html makes the browser fetch before anything runs. */
function referencedByHtml(html: string): string[] {
  const files: string[] = [];
  for (const match of html.matchAll(/<(script|link)\b[^>]*>/g)) {
    const tag = match[0];
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (url === undefined || /^[a-z]+:/i.test(url)) continue;
    const isScript = match[1] === 'script' && /type="module"/.test(tag);
    const isLink = match[1] === 'link' && /rel="(modulepreload|stylesheet)"/.test(tag);
    if (isScript || isLink) files.push(posix.normalize(url.replace(/^\.\//, '')));
  }
  return files;
}

/**
 * The first load of a built tab, read from disk as the browser meets it: the files index.html names,
 * then every `import … from "./x.js"` / `import "./x.js"` in them (never `import("./x.js")`, which
 * waits for a click). Paths are relative to `dir`.
 */
export function firstLoadFiles(dir: string): string[] {
  const files = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file) || !existsSync(resolve(dir, file))) return;
    files.add(file);
    if (!file.endsWith('.js')) return;
    const code = readFileSync(resolve(dir, file), 'utf8');
    for (const match of code.matchAll(/\bimport\s*(?:[^"'()]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      visit(posix.normalize(posix.join(posix.dirname(file), match[1] as string)));
    }
  };
  for (const file of referencedByHtml(readFileSync(resolve(dir, 'index.html'), 'utf8'))) visit(file);
  return [...files];
}

export interface ReleaseFirstLoad {
  readonly builtAt: string;
  readonly totalGzipBytes: number;
  readonly files: readonly string[];
}

/** The same figure for release/teams-tab as `npm run build:tab` last left it, when it exists. */
export function measureReleaseFirstLoad(): ReleaseFirstLoad | undefined {
  const dir = resolve(root, 'release/teams-tab');
  if (!existsSync(resolve(dir, 'index.html'))) return undefined;
  const files = firstLoadFiles(dir);
  return {
    builtAt: statSync(resolve(dir, 'index.html')).mtime.toISOString(),
    totalGzipBytes: files.reduce((sum, file) => sum + gzipBytes(readFileSync(resolve(dir, file))), 0),
    files,
  };
}

export function measureTabFirstLoad(chunks: readonly Rollup.OutputChunk[]): FirstLoad {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const firstLoad = new Set(firstLoadFiles(BENCH_TAB_DIR));
  // Rollup's own graph must agree with what was read from disk; if not, the regex missed something.
  const fromRollup = new Set<string>();
  const follow = (fileName: string): void => {
    if (fromRollup.has(fileName) || !byFile.has(fileName)) return;
    fromRollup.add(fileName);
    for (const imported of byFile.get(fileName)?.imports ?? []) follow(imported);
  };
  for (const file of firstLoad) follow(file);
  const missed = [...fromRollup].filter((file) => !firstLoad.has(file));
  if (missed.length > 0) throw new Error(`static imports not found in the files: ${missed.join(', ')}`);

  const sizes: ChunkSize[] = [];
  const byPackage = new Map<string, number>();
  for (const fileName of firstLoad) {
    const size = gzipBytes(readFileSync(resolve(BENCH_TAB_DIR, fileName)));
    sizes.push({ file: fileName, gzipBytes: size });
    const chunk = byFile.get(fileName);
    if (chunk === undefined) continue; // a stylesheet: no modules to attribute
    if (chunk.map === null) throw new Error('The tab build has no source maps (vite.config.mts sourcemap)');
    // Each package's share of the chunk's minified bytes, applied to the chunk's gzip size.
    const minified = bytesPerSource(chunk.code, chunk.map);
    const minifiedTotal = [...minified.values()].reduce((sum, bytes) => sum + bytes, 0) || 1;
    for (const [source, bytes] of minified) {
      const name = packageOf(source);
      byPackage.set(name, (byPackage.get(name) ?? 0) + (size * bytes) / minifiedTotal);
    }
  }
  const onDemandGzipBytes = chunks
    .filter((chunk) => !firstLoad.has(chunk.fileName) && !chunk.isEntry)
    .reduce((sum, chunk) => sum + gzipBytes(chunk.code), 0);
  return {
    chunks: sizes.sort((a, b) => b.gzipBytes - a.gzipBytes),
    totalGzipBytes: sizes.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
    onDemandGzipBytes,
    byPackage: [...byPackage.entries()]
      .map(([name, bytes]) => ({ name, gzipBytes: Math.round(bytes) }))
      .sort((a, b) => b.gzipBytes - a.gzipBytes)
      .slice(0, 8),
  };
}

export interface SpfxBundle {
  readonly source: string;
  readonly file: string;
  /** When the measured package or bundle was built: this bench does not rebuild the web part. */
  readonly builtAt: string;
  readonly entryGzipBytes: number;
  readonly chunksGzipBytes: number;
}

const WEB_PART = /(?:^|\/)permission-matrix-web-part_[0-9a-f]+\.js$/;
const SPPKG = resolve(root, 'sharepoint/solution/spe-permission-matrix.sppkg');
const DIST = resolve(root, 'dist');

function fromFiles(
  source: string,
  builtAt: Date,
  files: readonly { name: string; data: Uint8Array }[],
): SpfxBundle {
  const entry = files.find((file) => WEB_PART.test(file.name));
  if (entry === undefined) throw new Error(`${source} has no permission-matrix-web-part_*.js`);
  return {
    source,
    file: entry.name,
    builtAt: builtAt.toISOString(),
    entryGzipBytes: gzipBytes(entry.data),
    chunksGzipBytes: files
      .filter((file) => /(?:^|\/)chunk\.[^/]+\.js$/.test(file.name))
      .reduce((sum, file) => sum + gzipBytes(file.data), 0),
  };
}

function distFiles(): { name: string; data: Uint8Array }[] {
  if (!existsSync(DIST)) return [];
  return readdirSync(DIST)
    .filter((name) => name.endsWith('.js'))
    .map((name) => ({ name, data: readFileSync(resolve(DIST, name)) }));
}

/**
 * Figure 6: the web part's bundle as shipped (React and React DOM come from SharePoint). The .sppkg
 * if packaged, else gulp's dist/; `gulp bundle --ship` only when neither exists (it takes minutes).
 */
export function measureSpfxBundle(): SpfxBundle {
  if (existsSync(SPPKG)) {
    const entries = readZip(readFileSync(SPPKG)).filter((entry) => entry.name.endsWith('.js'));
    return fromFiles('sharepoint/solution/spe-permission-matrix.sppkg', statSync(SPPKG).mtime, entries);
  }
  if (!distFiles().some((file) => WEB_PART.test(file.name))) {
    console.log('No web part bundle yet: npx gulp bundle --ship …');
    const result = spawnSync('npx', ['gulp', 'bundle', '--ship'], { cwd: root, stdio: 'inherit' });
    if (result.status !== 0) throw new Error('gulp bundle --ship failed');
  }
  const files = distFiles();
  const entry = files.find((file) => WEB_PART.test(file.name));
  return fromFiles(
    'dist/',
    entry === undefined ? new Date() : statSync(resolve(DIST, entry.name)).mtime,
    files,
  );
}
