/**
 * The first screen in a Teams tab (issue 25 §1). Teams gives a tab about 1,250 × 620 px on a 1366 × 768
 * screen, and about 576 px wide at 1024 px: opened from the list, a registration's first matrix row shows
 * without scrolling, and neither the list nor the matrix makes the page scroll sideways. The web page keeps
 * its title, which Teams shows itself.
 */
import type { Frame, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { openInTeams, screenshot, useBrowserHarness } from './harness';

const harness = useBrowserHarness('tab');
const { stack } = harness;
let page: Page;
beforeEach(() => {
  page = harness.page;
});

/** The simulator's tab frame sized as Teams sizes a tab, whatever room the simulator's log takes. */
async function tabOfSize(width: number, height: number): Promise<Frame> {
  await page.setViewportSize({ width: 1366, height: 768 });
  const tab = await openInTeams(page, stack, { profile: 'spe-admin' });
  // The simulator's message log would cover a tab this size: Teams has none.
  await page.locator('.host-log').evaluate((log) => {
    (log as HTMLElement).style.display = 'none';
  });
  await page.locator('#tab-frame').evaluate(
    (frame, size) => {
      frame.style.cssText = `width:${size.width}px;height:${size.height}px;min-height:0;flex:none`;
    },
    { width, height },
  );
  await tab.waitForFunction(
    (size) => window.innerWidth === size.width && window.innerHeight === size.height,
    { width, height },
  );
  return tab;
}

async function openRegistration(tab: Frame): Promise<void> {
  await tab.getByRole('button', { name: 'Test Container Type' }).click();
  await tab.getByRole('grid').waitFor();
}

/** Whether the page itself scrolls sideways; a grid's own scrolling region may. */
async function pageScrollsSideways(tab: Frame): Promise<boolean> {
  return tab.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

describe('the first screen in a Teams tab', () => {
  it('keeps its title on the web page, where no host shows one', async () => {
    await stack.control('profile', { profile: 'spe-admin' });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(`${stack.origin}/`);
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ]);
    await popup.waitForEvent('close');
    await page.getByRole('heading', { name: 'Container type registrations' }).waitFor();
    const title = page.getByRole('heading', { name: 'SharePoint Embedded app permissions', level: 1 });
    expect((await title.boundingBox())?.height).toBeGreaterThan(20);
  });

  it('shows the first matrix row of a registration without scrolling in a 1,250 × 620 tab', async () => {
    const tab = await tabOfSize(1250, 620);
    await tab.getByRole('heading', { name: 'Container type registrations' }).waitFor();
    // Teams shows the app's name above the tab: the title is the page's heading for screen readers only.
    const title = tab.getByRole('heading', { name: 'SharePoint Embedded app permissions', level: 1 });
    expect((await title.boundingBox())?.height).toBeLessThanOrEqual(1);
    await openRegistration(tab);
    await screenshot(page, 'above-the-fold-1366');
    // Three header rows (planes, permissions, "Everything"), then the first app.
    const firstRow = tab.getByRole('grid').getByRole('row').nth(3);
    const box = await firstRow.boundingBox();
    const scrollTop = await tab.evaluate(() => document.scrollingElement?.scrollTop ?? 0);
    expect(scrollTop).toBe(0);
    // The frame's own coordinates: the row's bottom edge within the 620 px the tab has.
    const frameTop = (await page.locator('#tab-frame').boundingBox())?.y ?? 0;
    expect(box).not.toBeNull();
    expect((box?.y ?? 0) - frameTop + (box?.height ?? 0)).toBeLessThanOrEqual(620);
  });

  it('keeps the list and the matrix on the screen in a 576 px tab (a 1024 px screen)', async () => {
    const tab = await tabOfSize(576, 620);
    await tab.getByRole('heading', { name: 'Container type registrations' }).waitFor();
    await screenshot(page, 'above-the-fold-1024-list');
    expect(await pageScrollsSideways(tab)).toBe(false);
    // Every column the list shows lies within the tab, the last one ("Apps") included; the container
    // type id moves beneath the name.
    const grid = tab.getByRole('grid', { name: 'Container type registrations' });
    const headers = await grid
      .getByRole('columnheader')
      .evaluateAll((cells) =>
        cells.map((cell) => ({ name: cell.textContent, right: cell.getBoundingClientRect().right })),
      );
    expect(headers.map((header) => header.name)).toEqual(['Name', 'Billing', 'Expires', 'Apps']);
    for (const header of headers) expect(header.right).toBeLessThanOrEqual(576);
    await grid.getByText('de988700-d700-020e-0a00-0831f3042f00').waitFor();
    await openRegistration(tab);
    await screenshot(page, 'above-the-fold-1024-matrix');
    expect(await pageScrollsSideways(tab)).toBe(false);
  });
});
