/**
 * The Teams app icons, rendered from their SVG sources in docs/icons/ into teams/ (`npm run icons`).
 * The PNGs are committed, because the app package and the SPFx build read them as they are;
 * tests/packaging/teamsIcons.test.ts checks that they are what this script renders.
 *
 *   tsx src/packaging/teamsIcons.ts
 *
 * Microsoft's rules for the two icons: the colour icon is a full-bleed 192×192 square (Teams rounds
 * the corners itself) with the symbol inside the central 120×120; the outline icon is 32×32, white on
 * a transparent background (Teams tints it).
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface TeamsIcon {
  /** The SVG source, relative to the repository root. */
  readonly source: string;
  /** The PNG the Teams manifest names, relative to the repository root. */
  readonly target: string;
  /** Width and height in pixels. */
  readonly size: number;
}

export const TEAMS_ICONS = {
  color: { source: 'docs/icons/color.svg', target: 'teams/color.png', size: 192 },
  outline: { source: 'docs/icons/outline.svg', target: 'teams/outline.png', size: 32 },
} as const satisfies Record<'color' | 'outline', TeamsIcon>;

const DEFAULT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Renders a square SVG to a `size`×`size` PNG. */
export function renderIcon(svg: string, size: number): Buffer {
  // The icons hold no text: without system fonts the result cannot depend on the machine's fonts.
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    font: { loadSystemFonts: false },
  }).render();
  if (image.width !== size || image.height !== size) {
    throw new Error(
      `The icon renders at ${image.width}×${image.height}, not ${size}×${size}: is the SVG square?`,
    );
  }
  return image.asPng();
}

/** Renders every Teams icon from its SVG and writes it to teams/; returns the files written. */
export function renderTeamsIcons(rootDir: string = DEFAULT_ROOT): string[] {
  return Object.values(TEAMS_ICONS).map((icon) => {
    const png = renderIcon(readFileSync(join(rootDir, icon.source), 'utf8'), icon.size);
    writeFileSync(join(rootDir, icon.target), png);
    return icon.target;
  });
}

// Run as a script (tsx …/teamsIcons.ts), not when imported by tests.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    process.stdout.write(`Teams icons: ${renderTeamsIcons().join(', ')}\n`);
  } catch (error) {
    process.stderr.write(
      `Teams icons not rendered: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
