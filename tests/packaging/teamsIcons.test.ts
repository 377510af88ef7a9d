import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderIcon, TEAMS_ICONS } from '../../src/packaging/teamsIcons';
import type { TeamsIcon } from '../../src/packaging/teamsIcons';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'teams', 'manifest.json'), 'utf8')) as {
  accentColor: string;
  icons: { color: string; outline: string };
};

type Rgba = [number, number, number, number];

interface Image {
  readonly width: number;
  readonly height: number;
  /** Whether the PNG has an alpha channel. */
  readonly alpha: boolean;
  pixel(x: number, y: number): Rgba;
}

function decode(png: Buffer): Image {
  const image = PNG.sync.read(png);
  return {
    width: image.width,
    height: image.height,
    alpha: image.alpha,
    pixel: (x, y) => {
      const at = (y * image.width + x) * 4;
      return [image.data[at], image.data[at + 1], image.data[at + 2], image.data[at + 3]];
    },
  };
}

const svgOf = (icon: TeamsIcon): string => readFileSync(join(root, icon.source), 'utf8');
const committed = (icon: TeamsIcon): Image => decode(readFileSync(join(root, icon.target)));

/**
 * Pixels where two images of one size differ. resvg may round a channel differently on another CPU, so
 * a difference of up to 2 in 255 is tolerated; any edit to an SVG moves far more than that. Fully
 * transparent pixels are equal whatever colour they carry.
 */
function differingPixels(a: Image, b: Image): string[] {
  const differing: string[] = [];
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const [p, q] = [a.pixel(x, y), b.pixel(x, y)];
      if (p[3] === 0 && q[3] === 0) continue;
      if (p.some((channel, i) => Math.abs(channel - q[i]) > 2)) differing.push(`${x},${y}`);
    }
  }
  return differing;
}

describe('npm run icons', () => {
  it.each(Object.entries(TEAMS_ICONS))('teams/%s.png is what it renders from its SVG', (_, icon) => {
    const png = committed(icon);
    expect([png.width, png.height]).toEqual([icon.size, icon.size]);
    expect(differingPixels(png, decode(renderIcon(svgOf(icon), icon.size)))).toEqual([]);
  });

  it('notices an SVG edited without rendering it again', () => {
    const icon = TEAMS_ICONS.color;
    const moved = svgOf(icon).replace('<rect x="36" y="36"', '<rect x="38" y="36"');
    expect(moved).not.toBe(svgOf(icon));
    expect(differingPixels(committed(icon), decode(renderIcon(moved, icon.size))).length).toBeGreaterThan(0);
  });

  it('renders the files the Teams manifest names', () => {
    expect(manifest.icons).toEqual({
      color: basename(TEAMS_ICONS.color.target),
      outline: basename(TEAMS_ICONS.outline.target),
    });
  });
});

describe("the Teams icons follow Microsoft's rules", () => {
  it('colour icon: a 192×192 full-bleed square, opaque, the symbol inside the central 120×120 on the accent colour', () => {
    const icon = committed(TEAMS_ICONS.color);
    expect([icon.width, icon.height]).toEqual([192, 192]);
    const accent: Rgba = [
      parseInt(manifest.accentColor.slice(1, 3), 16),
      parseInt(manifest.accentColor.slice(3, 5), 16),
      parseInt(manifest.accentColor.slice(5, 7), 16),
      255,
    ];
    const seeThrough: string[] = [];
    const outsideSafeArea: string[] = [];
    const safe = (at: number): boolean => at >= 36 && at < 156;
    for (let y = 0; y < 192; y++) {
      for (let x = 0; x < 192; x++) {
        const pixel = icon.pixel(x, y);
        if (pixel[3] !== 255) seeThrough.push(`${x},${y}`);
        if (!(safe(x) && safe(y)) && pixel.join() !== accent.join()) outsideSafeArea.push(`${x},${y}`);
      }
    }
    expect(seeThrough).toEqual([]);
    expect(outsideSafeArea).toEqual([]);
  });

  it('outline icon: 32×32, white on a transparent background', () => {
    const icon = committed(TEAMS_ICONS.outline);
    expect([icon.width, icon.height, icon.alpha]).toEqual([32, 32, true]);
    for (const [x, y] of [
      [0, 0],
      [31, 0],
      [0, 31],
      [31, 31],
    ]) {
      expect(icon.pixel(x, y)[3], `pixel ${x},${y}`).toBe(0);
    }
    let drawn = 0;
    const notWhite: string[] = [];
    for (let y = 0; y < 32; y++) {
      for (let x = 0; x < 32; x++) {
        const [r, g, b, a] = icon.pixel(x, y);
        if (a === 0) continue;
        drawn++;
        if (r !== 255 || g !== 255 || b !== 255) notWhite.push(`${x},${y}`);
      }
    }
    expect(notWhite).toEqual([]);
    expect(drawn).toBeGreaterThan(32 * 32 * 0.2); // a visible symbol, not an empty canvas
  });
});
