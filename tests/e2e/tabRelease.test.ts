/**
 * The built tab as it is deployed (release/teams-tab, which `npm test` builds before this step): the
 * folder a static host serves holds no source map and no file that points to one; the maps, which
 * carry every source file, are kept beside it in release/teams-tab-sourcemaps for debugging.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { TAB_DIR } from './harness';

const SOURCEMAPS_DIR = `${TAB_DIR}-sourcemaps`;

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));

beforeAll(() => {
  if (!existsSync(join(TAB_DIR, 'index.html'))) {
    throw new Error('The tab is not built: run `npm run build:tab` (npm test builds it before this step).');
  }
});

describe('the deployed tab folder', () => {
  it('holds no source map, and no file in it names one or carries sources', () => {
    const files = filesUnder(TAB_DIR);
    expect(files).toContain('index.html');
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    const pointing = files.filter((file) =>
      /[#@] sourceMappingURL=|"sourcesContent"/.test(readFileSync(join(TAB_DIR, file), 'utf8')),
    );
    expect(pointing).toEqual([]);
  });

  it('has its source maps beside it, one per script, with the sources for debugging', () => {
    const scripts = filesUnder(TAB_DIR).filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const mapPath = join(SOURCEMAPS_DIR, `${script}.map`);
      expect(existsSync(mapPath), mapPath).toBe(true);
      const map = JSON.parse(readFileSync(mapPath, 'utf8')) as { file?: string; sourcesContent?: unknown[] };
      expect(map.file).toBe(script.split('/').pop());
      expect(map.sourcesContent?.length, script).toBeGreaterThan(0);
    }
  });
});
