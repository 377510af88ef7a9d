import { teamsHighContrastTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import { describe, expect, it } from 'vitest';
import { resolveFluentTheme } from '../../../src/editor';
import { brandRampFrom, spThemeToFluent } from '../../../src/hosts/sharepoint/spThemeToFluent';

const purpleSite = {
  palette: { themePrimary: '#8764b8' },
  semanticColors: { bodyBackground: '#ffffff', bodyText: '#323130' },
};

describe('the SharePoint theme as a Fluent v9 theme', () => {
  it('puts the site colour where Fluent puts its brand colour', () => {
    const theme = spThemeToFluent(purpleSite, false) as Theme;
    expect(theme.colorBrandBackground).toBe('#8764b8');
    expect(theme.colorNeutralBackground1).toBe('#ffffff');
    expect(theme.colorNeutralForeground1).toBe('#323130');
  });

  it('uses the dark theme for an inverted section and keeps its background', () => {
    const theme = spThemeToFluent(
      { ...purpleSite, isInverted: true, semanticColors: { bodyBackground: '#201f1e', bodyText: '#ffffff' } },
      false,
    ) as Theme;
    expect(theme.colorNeutralBackground1).toBe('#201f1e');
    expect(theme.colorNeutralForeground1).toBe('#ffffff');
    // Dark themes use a lighter brand shade for text and links.
    expect(theme.colorBrandForeground1).not.toBe('#8764b8');
  });

  it('gives way to Windows high contrast', () => {
    expect(resolveFluentTheme(spThemeToFluent(purpleSite, true))).toBe(teamsHighContrastTheme);
  });

  it('falls back to the light theme without a site theme, and to SharePoint blue for a colour it cannot read', () => {
    expect(spThemeToFluent(undefined, false)).toBe('light');
    expect(
      (spThemeToFluent({ palette: { themePrimary: 'rebeccapurple' } }, false) as Theme).colorBrandBackground,
    ).toBe('#0078d4');
  });

  it('builds sixteen shades from dark to light', () => {
    const ramp = brandRampFrom('#0078d4');
    const luminance = (hex: string): number =>
      [1, 3, 5].reduce((sum, index) => sum + parseInt(hex.slice(index, index + 2), 16), 0);
    const shades = Object.values(ramp);
    expect(shades).toHaveLength(16);
    expect(ramp[80]).toBe('#0078d4');
    for (let index = 1; index < shades.length; index++) {
      expect(luminance(shades[index] as string)).toBeGreaterThan(luminance(shades[index - 1] as string));
    }
  });
});
