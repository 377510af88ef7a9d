/**
 * The product explains itself (issue 15 §2–§6), end to end in Chromium inside the Teams host
 * simulator: what permissions mean, app names inside Teams, consent and roles, and the small things
 * a person notices.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadLocalizer } from '../../src/editor/strings';
import { GUEST_APP_ID } from '../../src/local/demoTenant';
import { openInTeams, useBrowserHarness } from './harness';

const harness = useBrowserHarness('tab');
const { stack } = harness;
let page: Page;

beforeEach(() => {
  page = harness.page;
});

describe('small things a person notices', () => {
  it('has a favicon the tab’s own origin serves', async () => {
    await page.goto(`${stack.origin}/`);
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(href).toMatch(/\.svg$/);
    const response = await page.request.get(new URL(href ?? '', page.url()).toString());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/svg+xml');
  });

  it('fills a short page with the dark theme down to the bottom, with no white band', async () => {
    await page.setViewportSize({ width: 900, height: 1400 });
    const tab = await openInTeams(page, stack, { theme: 'dark' });
    await tab.getByRole('heading', { name: 'Container type registrations' }).waitFor();
    const bottom = await tab.evaluate(() => {
      // What paints the bottom-left pixel: the nearest element there with a background of its own
      // (none at all means the browser's white canvas).
      let element = document.elementFromPoint(10, window.innerHeight - 3);
      while (element !== null && getComputedStyle(element).backgroundColor === 'rgba(0, 0, 0, 0)')
        element = element.parentElement;
      return {
        contentEndsAbove: (document.querySelector('main')?.getBoundingClientRect().bottom ?? 0) < 900,
        background: element === null ? 'canvas' : getComputedStyle(element).backgroundColor,
        editorBackground: getComputedStyle(document.querySelector('.fui-FluentProvider') ?? document.body)
          .backgroundColor,
      };
    });
    // A short page: the content ends well above the bottom of the frame…
    expect(bottom.contentEndsAbove).toBe(true);
    // …and the frame's last pixels still show the theme's background.
    expect(bottom.background).toBe(bottom.editorBackground);
    expect(bottom.editorBackground).not.toBe('rgb(255, 255, 255)');
  });

  it.each([
    ['en-US', 900],
    ['en-US', 560],
    ['it-IT', 900],
    ['ru-RU', 900],
  ])('keeps “Discard changes and leave” on one line (%s, %i px)', async (locale, width) => {
    const { strings } = await loadLocalizer(locale);
    await page.setViewportSize({ width, height: 800 });
    const tab = await openInTeams(page, stack, { locale });
    await tab.getByRole('button', { name: 'Test Container Type' }).click();
    await tab
      .getByRole('checkbox', {
        // The Delegated plane: at these widths the plane switch may show that plane alone.
        name: `${GUEST_APP_ID} ${strings.matrix.cellPlanes.delegated} readContent`,
        exact: true,
      })
      .click();
    const heightOf = async (button: Locator): Promise<number> => (await button.boundingBox())?.height ?? 0;
    // A button of the same size with one line of text: the toolbar's "Add app…".
    const oneLine = await heightOf(tab.getByRole('button', { name: strings.registration.addApp }));
    expect(oneLine).toBeGreaterThan(0);
    await tab.getByRole('button', { name: strings.registration.back }).click();
    const dialog = tab.getByRole('alertdialog', { name: strings.registration.leaveTitle });
    // Measured once the dialog's opening animation (a slight zoom) has finished.
    await dialog.evaluate((element) =>
      Promise.all(element.getAnimations({ subtree: true }).map((animation) => animation.finished)),
    );
    const { stay, leave, discardAndLeave } = strings.registration;
    for (const name of [stay, leave, discardAndLeave])
      expect(await heightOf(dialog.getByRole('button', { name, exact: true })), name).toBeCloseTo(oneLine, 0);
  });
});

describe('consent and roles', () => {
  const consentAnswer = (origin: string): string =>
    `${origin}/auth.html?${new URLSearchParams({ admin_consent: 'True', tenant: 'contoso', state: 'admin-consent' }).toString()}`;

  it('the redirect page says consent was granted instead of staying blank', async () => {
    await page.goto(consentAnswer(stack.origin));
    await expect(page.getByRole('heading', { name: 'Admin consent granted' }).isVisible()).resolves.toBe(
      true,
    );
    expect(await page.getByRole('main').textContent()).toContain(
      'return to the SharePoint Embedded permission matrix',
    );
  });

  it('the redirect page closes itself when it is a popup', async () => {
    await page.goto(`${stack.origin}/auth.html`);
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.evaluate((url) => void window.open(url, 'consent', 'popup'), consentAnswer(stack.origin)),
    ]);
    await popup.waitForEvent('close');
    expect(popup.isClosed()).toBe(true);
  });

  it('a user without an admin role sees Register disabled, still focusable, with the reason', async () => {
    const tab = await openInTeams(page, stack, { profile: 'no-role' });
    const register = tab.getByRole('button', { name: 'Register a container type…' });
    await register.waitFor();
    expect(await register.getAttribute('aria-disabled')).toBe('true');
    const reasonId = (await register.getAttribute('aria-describedby')) ?? '';
    expect(await tab.locator(`[id="${reasonId}"]`).textContent()).toBe(
      'Registering a container type needs the SharePoint Embedded Administrator or Global Administrator role, which your account does not have.',
    );
    await register.focus();
    expect(await register.evaluate((element) => element === document.activeElement)).toBe(true);
    await register.press('Enter');
    expect(await tab.getByRole('dialog').count()).toBe(0);
  });
});
