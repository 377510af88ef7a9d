import { act, screen, waitFor } from '@testing-library/react';
import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import type { Theme } from '@fluentui/react-components';
import { describe, expect, it, vi } from 'vitest';
import { mountEditor, resolveFluentTheme } from '../../src/editor';
import type { EditorTheme } from '../../src/editor';
import { createHost, renderApp } from './testHost';

/** The CSS custom properties FluentProvider wrote for its theme (style tags or CSSOM rules). */
function themeCss(): string {
  return Array.from(document.querySelectorAll('style'))
    .map((style) => {
      const rules = style.sheet ? Array.from(style.sheet.cssRules, (rule) => rule.cssText).join('\n') : '';
      return `${style.textContent ?? ''}\n${rules}`;
    })
    .join('\n');
}

describe('the app as hosts mount it', () => {
  it('maps the host’s theme names to Fluent themes and accepts a custom theme', () => {
    expect(resolveFluentTheme('light')).toBe(webLightTheme);
    expect(resolveFluentTheme('dark')).toBe(webDarkTheme);
    expect(resolveFluentTheme('highContrast')).toBe(teamsHighContrastTheme);
    const custom: Theme = { ...webLightTheme, colorBrandBackground: '#123456' };
    expect(resolveFluentTheme(custom)).toBe(custom);
  });

  it('follows the host theme live and stops listening when unmounted', async () => {
    let listener: ((theme: EditorTheme) => void) | undefined;
    const unsubscribe = vi.fn();
    const subscribeTheme = vi.fn((next: (theme: EditorTheme) => void) => {
      listener = next;
      return unsubscribe;
    });
    const { unmount } = renderApp(createHost({ theme: 'light', subscribeTheme }));
    await screen.findByRole('button', { name: 'Contoso Files' });
    expect(themeCss()).toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`);

    act(() => listener?.('dark'));
    await waitFor(() =>
      expect(themeCss()).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`),
    );
    act(() => listener?.({ ...webLightTheme, colorNeutralBackground1: '#fafaf0' }));
    await waitFor(() => expect(themeCss()).toContain('--colorNeutralBackground1: #fafaf0'));

    unmount();
    expect(unsubscribe).toHaveBeenCalledTimes(1);
  });

  it('mounts into a host element and unmounts from it', async () => {
    const element = document.createElement('div');
    document.body.appendChild(element);
    const mounted = mountEditor(element, createHost());
    expect(await screen.findByRole('heading', { name: 'Container type registrations' })).toBeInTheDocument();
    act(() => mounted.unmount());
    expect(element).toBeEmptyDOMElement();
    element.remove();
  });
});
