/**
 * Figures 1 and 6: what the browser downloads. The tab's first load is its HTML entry chunk with
 * every chunk it imports statically (what loads before anything can be clicked); chunks behind a
 * dynamic import load on demand. Sizes are gzip level 9, as a static host would serve them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rollup } from 'vite';
import { readZip } from '../tests/teams/readZip';

const root = resolve(__dirname, '..');

export interface ChunkSize {
  readonly file: string;
  readonly gzipBytes: number;
}

export interface FirstLoad {
  readonly chunks: readonly ChunkSize[];
  readonly totalGzipBytes: number;
  readonly onDemandGzipBytes: number;
  /** What each big dependency costs of the first load (gzip bytes, apportioned by rendered size). */
  readonly byPackage: readonly { readonly name: string; readonly gzipBytes: number }[];
}

function gzipBytes(content: string | Uint8Array): number {
  return gzipSync(content, { level: 9 }).length;
}

/** `@fluentui/react-table` from `/…/node_modules/@fluentui/react-table/lib/…`; our code by folder. */
function packageOf(moduleId: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(moduleId);
  if (match?.[1] !== undefined)
    return match[1].startsWith('@fluentui/') ? '@fluentui/* (Fluent UI v9)' : match[1];
  const ours = /\/src\/([^/]+)\//.exec(moduleId);
  return ours?.[1] !== undefined ? `src/${ours[1]}` : 'other';
}

export async function measureTabFirstLoad(): Promise<FirstLoad> {
  const result = (await build({
    configFile: resolve(root, 'vite.config.mts'),
    logLevel: 'silent',
    build: { write: false },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const output = (Array.isArray(result) ? result : [result]).flatMap((each) => each.output);
  const chunks = new Map(
    output
      .filter((item): item is Rollup.OutputChunk => item.type === 'chunk')
      .map((chunk) => [chunk.fileName, chunk]),
  );
  const entry = [...chunks.values()].find(
    (chunk) => chunk.isEntry && (chunk.facadeModuleId ?? '').endsWith('index.html'),
  );
  if (entry === undefined) throw new Error('The tab build has no index.html entry chunk');

  const firstLoad = new Set<string>();
  const visit = (fileName: string): void => {
    if (firstLoad.has(fileName)) return;
    firstLoad.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
  };
  visit(entry.fileName);
  const css = output.filter(
    (item): item is Rollup.OutputAsset => item.type === 'asset' && item.fileName.endsWith('.css'),
  );

  const sizes: ChunkSize[] = [];
  const byPackage = new Map<string, number>();
  for (const fileName of firstLoad) {
    const chunk = chunks.get(fileName) as Rollup.OutputChunk;
    const size = gzipBytes(chunk.code);
    sizes.push({ file: fileName, gzipBytes: size });
    const rendered = Object.entries(chunk.modules);
    const renderedTotal = rendered.reduce((sum, [, module]) => sum + module.renderedLength, 0) || 1;
    for (const [id, module] of rendered) {
      const name = packageOf(id);
      byPackage.set(name, (byPackage.get(name) ?? 0) + (size * module.renderedLength) / renderedTotal);
    }
  }
  for (const asset of css) sizes.push({ file: asset.fileName, gzipBytes: gzipBytes(asset.source) });
  const onDemandGzipBytes = [...chunks.values()]
    .filter((chunk) => !firstLoad.has(chunk.fileName) && !chunk.isEntry)
    .reduce((sum, chunk) => sum + gzipBytes(chunk.code), 0);
  return {
    chunks: sizes.sort((a, b) => b.gzipBytes - a.gzipBytes),
    totalGzipBytes: sizes.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
    onDemandGzipBytes,
    byPackage: [...byPackage.entries()]
      .map(([name, bytes]) => ({ name, gzipBytes: Math.round(bytes) }))
      .sort((a, b) => b.gzipBytes - a.gzipBytes)
      .slice(0, 10),
  };
}

export interface SpfxBundle {
  readonly entryGzipBytes: number;
  readonly chunksGzipBytes: number;
}

/** Figure 6: the web part's bundle as packaged in the .sppkg (React and React DOM come from SharePoint). */
export function measureSpfxBundle(): SpfxBundle {
  const entries = readZip(readFileSync(resolve(root, 'sharepoint/solution/spe-permission-matrix.sppkg')));
  const scripts = entries.filter((entry) => /^ClientSideAssets\/.*\.js$/.test(entry.name));
  const entry = scripts.find((script) => /\/permission-matrix-web-part_[0-9a-f]+\.js$/.test(script.name));
  if (entry === undefined) throw new Error('The .sppkg has no web part bundle');
  return {
    entryGzipBytes: gzipBytes(entry.data),
    chunksGzipBytes: scripts
      .filter((script) => /\/chunk\.[^/]+\.js$/.test(script.name))
      .reduce((sum, script) => sum + gzipBytes(script.data), 0),
  };
}
