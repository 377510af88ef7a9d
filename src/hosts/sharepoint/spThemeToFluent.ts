/**
 * The SharePoint site theme (and a section's background variant) as a Fluent UI v9 theme: the site's
 * primary colour becomes the brand ramp, an inverted (dark) section gets the dark theme, and the
 * section's own background and text colours are kept so the editor sits on the page seamlessly.
 * Windows high contrast (forced colours) wins over everything, as it does for SharePoint itself.
 */
import {
  createDarkTheme,
  createLightTheme,
  type BrandVariants,
  type Theme,
} from '@fluentui/react-components';
import type { EditorTheme } from '../../editor';

/** The part of SPFx's `IReadonlyTheme` the mapping reads (an `IReadonlyTheme` fits it). */
export interface SharePointThemeSlice {
  readonly isInverted?: boolean;
  readonly palette?: { readonly themePrimary?: string };
  readonly semanticColors?: { readonly bodyBackground?: string; readonly bodyText?: string };
}

const SHAREPOINT_BLUE = '#0078d4';
const BRAND_STEPS = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160] as const;
const HEX = /^#?([0-9a-f]{6})$/i;

function rgbOf(colour: string | undefined): [number, number, number] | undefined {
  const match = HEX.exec(colour?.trim() ?? '');
  if (match === null) return undefined;
  const value = parseInt(match[1] as string, 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

function hexOf([red, green, blue]: readonly number[]): string {
  return `#${[red, green, blue]
    .map((part) =>
      Math.round(part ?? 0)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

function mix(from: readonly number[], to: readonly number[], amount: number): number[] {
  return from.map((part, index) => part + ((to[index] ?? 0) - part) * amount);
}

/**
 * Sixteen shades with the site's primary colour at 80, where Fluent puts its own brand colour:
 * darker towards 10, lighter towards 160.
 */
export function brandRampFrom(primary: string): BrandVariants {
  const base = rgbOf(primary) ?? (rgbOf(SHAREPOINT_BLUE) as [number, number, number]);
  const ramp = {} as Record<(typeof BRAND_STEPS)[number], string>;
  for (const step of BRAND_STEPS) {
    ramp[step] =
      step <= 80
        ? hexOf(mix(base, [0, 0, 0], ((80 - step) / 70) * 0.8))
        : hexOf(mix(base, [255, 255, 255], ((step - 80) / 80) * 0.9));
  }
  return ramp;
}

export function spThemeToFluent(theme: SharePointThemeSlice | undefined, forcedColors: boolean): EditorTheme {
  if (forcedColors) return 'highContrast';
  if (theme === undefined) return 'light';
  const brand = brandRampFrom(theme.palette?.themePrimary ?? SHAREPOINT_BLUE);
  const fluent: Theme = theme.isInverted ? createDarkTheme(brand) : createLightTheme(brand);
  const background = rgbOf(theme.semanticColors?.bodyBackground);
  const text = rgbOf(theme.semanticColors?.bodyText);
  return {
    ...fluent,
    ...(background === undefined ? {} : { colorNeutralBackground1: hexOf(background) }),
    ...(text === undefined ? {} : { colorNeutralForeground1: hexOf(text) }),
  };
}
