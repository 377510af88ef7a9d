/**
 * Fit and hostile data in Chromium: the tab 900 px wide (a Teams tab) and 320 px wide (WCAG 1.4.10
 * reflow), seeded with the hostile tenant. The page never scrolls sideways (only the grid regions
 * do), every control is reachable with the keyboard and lies within the tab, axe finds nothing, and a
 * 20,000-character name stays within its column.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Locator, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { GUEST_APP_ID, type ProfileName } from '../../src/local/demoTenant';
import {
  HOSTILE_APPS_REGISTRATION_NAME,
  LONG_APP_ID,
  LONG_APP_NAME,
  LONG_NAME_CONTAINER_TYPE_ID,
  LONG_REGISTRATION_NAME,
  SPOOFED_REGISTRATION_NAME,
} from '../../src/local/hostileTenant';
import { openInTeams, screenshot, useBrowserHarness } from './harness';

const harness = useBrowserHarness('tab');
const { stack } = harness;
let page: Page;

beforeEach(async () => {
  await stack.control('settings', { tenant: 'hostile' });
  page = harness.page;
});

/** The tab in the Teams host simulator, the window sized so that the tab itself is `width` px wide. */
async function tabAt(width: number, profile: ProfileName = 'spe-admin'): Promise<Frame> {
  const tab = await openInTeams(page, stack, { profile });
  // The simulator shows its log beside the tab: widen the window by what the log takes.
  for (let attempt = 0; attempt < 4; attempt += 1) {
    const inner = await tab.evaluate(() => window.innerWidth);
    if (inner === width) break;
    const viewport = page.viewportSize() ?? { width: 1400, height: 900 };
    await page.setViewportSize({ width: viewport.width + width - inner, height: viewport.height });
  }
  expect(await tab.evaluate(() => window.innerWidth)).toBe(width);
  await tab.getByRole('heading', { name: 'Container type registrations' }).waitFor();
  return tab;
}

/** The tab's page does not scroll sideways: only a grid region may. */
async function expectNoSidewaysScroll(tab: Frame): Promise<void> {
  const { scrollWidth, innerWidth } = await tab.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
}

async function axe(label: string): Promise<void> {
  // Tabster's focus sentinels are aria-hidden on purpose and hand focus on at once (see tab.test.ts).
  const results = await new AxeBuilder({ page })
    .include('#tab-frame')
    .exclude(['#tab-frame', '[data-tabster-dummy]'])
    .analyze();
  expect(
    results.violations.map((violation) => `${label}: ${violation.id} (${violation.nodes.length})`),
  ).toEqual([]);
}

interface TabStop {
  readonly name: string;
  /** Whether the focused control lies within the tab (and within its scrolling region, if any). */
  readonly inView: boolean;
}

/**
 * Tabs through the whole tab, once around, and says for each tab stop whether it could be seen
 * where it is: a control the page cannot scroll to is not reachable, even when it takes the focus.
 */
async function tabStops(tab: Frame): Promise<TabStop[]> {
  await tab.locator('body').evaluate((body) => {
    (document.activeElement as HTMLElement | null)?.blur();
    body.focus();
  });
  const stops: TabStop[] = [];
  const seen = new Set<string>();
  for (let press = 0; press < 200; press += 1) {
    await page.keyboard.press('Tab');
    const stop = await tab.evaluate(() => {
      const element = document.activeElement;
      if (!(element instanceof HTMLElement) || element === document.body) return undefined;
      if (element.closest('[data-tabster-dummy]')) return { key: 'dummy', name: '', inView: true };
      const rect = element.getBoundingClientRect();
      // A control in a scrolling region counts where the region shows it (focus scrolls it into view).
      let bounds = { left: 0, right: window.innerWidth };
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (/(auto|scroll)/.test(style.overflowX) && parent.scrollWidth > parent.clientWidth) {
          const region = parent.getBoundingClientRect();
          bounds = { left: Math.max(0, region.left), right: Math.min(window.innerWidth, region.right) };
          break;
        }
      }
      const label = element instanceof HTMLInputElement ? element.labels?.[0]?.textContent : undefined;
      const name =
        element.getAttribute('aria-label') ??
        (label || element.textContent || element.tagName).trim().slice(0, 80);
      const key = `${element.tagName}:${element.id}:${name}:${Math.round(rect.left)}:${Math.round(rect.top)}`;
      return {
        key,
        name,
        inView: rect.width > 0 && rect.left >= bounds.left - 1 && rect.left < bounds.right,
      };
    });
    if (stop === undefined) continue;
    if (stop.key === 'dummy') continue;
    if (seen.has(stop.key)) break;
    seen.add(stop.key);
    stops.push({ name: stop.name, inView: stop.inView });
  }
  return stops;
}

function expectAllInView(stops: readonly TabStop[]): void {
  expect(stops.filter((stop) => !stop.inView).map((stop) => stop.name)).toEqual([]);
}

async function openHostileApps(tab: Frame): Promise<void> {
  await tab.getByRole('button', { name: HOSTILE_APPS_REGISTRATION_NAME, exact: true }).click();
  await tab.getByRole('grid', { name: /Permissions of the apps on Hostile Apps/ }).waitFor();
}

describe.each([900, 320])('the tab %i px wide with hostile data', (width) => {
  it('lists the registrations without scrolling the page sideways, every control reachable, axe clean', async () => {
    const tab = await tabAt(width);
    const long = tab.getByRole('button', { name: new RegExp(`^${LONG_REGISTRATION_NAME.slice(0, 40)}`) });
    await long.waitFor();
    await expectNoSidewaysScroll(tab);
    await screenshot(page, `fit-list-${width}`);

    // The 20,000-character name stays within its column, at most two lines high.
    const cell = long.locator('xpath=ancestor::*[@role="gridcell"][1]');
    const [linkBox, cellBox] = await Promise.all([long.boundingBox(), cell.boundingBox()]);
    expect(linkBox).not.toBeNull();
    expect(cellBox).not.toBeNull();
    if (linkBox && cellBox) {
      expect(linkBox.x + linkBox.width).toBeLessThanOrEqual(cellBox.x + cellBox.width + 1);
      expect(linkBox.height).toBeLessThan(80);
    }
    // The spoofed name shows its override as a code point, flagged, and is not reversed.
    const spoofed = tab.getByRole('button', { name: /^\[U\+202E\]epyt reniatnoC tseT/ });
    await expect(spoofed.innerText()).resolves.toMatch(
      /^\[U\+202E\]epyt reniatnoC tseT\s+Hidden characters$/,
    );
    expect(SPOOFED_REGISTRATION_NAME.startsWith('\u202E')).toBe(true);

    // Its full value shows on focus.
    await long.focus();
    await expect(tab.getByRole('tooltip').innerText()).resolves.toContain('20,000 characters in all');

    // The grid is one tab stop (arrow keys move in it), in the row focus was last in (its link, or the
    // cell after it, where the browser resumes from a blurred link): in the region, none beyond the tab.
    const stops = await tabStops(tab);
    expect(stops.map((stop) => stop.name)).toEqual(
      expect.arrayContaining(['Search registrations', 'Refresh', 'Register a container type…']),
    );
    // The cell after the link is the container type id's, or, where a narrow list shows the id beneath
    // the name, the billing cell of the same row.
    const longRowCells = await long
      .locator('xpath=ancestor::*[@role="row"][1]')
      .getByRole('gridcell')
      .allInnerTexts();
    const inLongRow = (name: string): boolean =>
      name.startsWith('LongName') ||
      name === LONG_NAME_CONTAINER_TYPE_ID ||
      (width < 832 && name === longRowCells[1]?.trim());
    expect(stops.filter((stop) => inLongRow(stop.name))).toHaveLength(1);
    expectAllInView(stops);
    // The stop's tooltip (a cut id) sits in Fluent's portal, outside the page's landmarks: axe checks
    // the page, so the tip goes first.
    await page.keyboard.press('Escape');
    await tab.getByRole('tooltip').waitFor({ state: 'hidden' });
    await axe(`${width} list`);
  });

  it('shows the matrix with the plane switch, sticky labels, and hostile names within their column', async () => {
    const tab = await tabAt(width);
    await openHostileApps(tab);
    await expectNoSidewaysScroll(tab);

    // Too narrow for both planes: one is chosen, and the admin can change it.
    const planeSwitch = tab.getByRole('radiogroup', { name: 'Permissions shown' });
    await expect(planeSwitch.getByRole('radio', { name: 'Delegated' }).isChecked()).resolves.toBe(true);
    await expect(
      tab.getByRole('checkbox', { name: `${GUEST_APP_ID} Application readContent` }).count(),
    ).resolves.toBe(0);

    // Without directory reads apps are named by their ids: a 300-character id stays within the app
    // column, two lines high at most.
    const longRow = tab.getByRole('rowheader', { name: new RegExp(`^${LONG_APP_ID.slice(0, 30)}`) });
    const corner = tab.getByRole('columnheader', { name: 'App', exact: true });
    const [rowBox, cornerBox] = await Promise.all([longRow.boundingBox(), corner.boundingBox()]);
    expect(rowBox).not.toBeNull();
    expect(cornerBox).not.toBeNull();
    if (rowBox && cornerBox) {
      expect(Math.abs(rowBox.width - cornerBox.width)).toBeLessThanOrEqual(1);
      expect(rowBox.height).toBeLessThan(200);
    }
    // A 20,000-character value no longer makes the grid hundreds of thousands of pixels wide.
    const grid = tab.getByRole('grid');
    const gridWidth = await grid.evaluate((element) => element.scrollWidth);
    expect(gridWidth).toBeLessThan(3_000);

    // Scrolled to its far end, the grid keeps the app column and the plane label in sight.
    const scroller = grid.locator('xpath=..');
    await scroller.evaluate((element) => {
      element.scrollLeft = element.scrollWidth;
    });
    const [scrollerBox, appBox, planeBox] = await Promise.all([
      scroller.boundingBox(),
      corner.boundingBox(),
      tab.getByRole('columnheader', { name: 'Delegated', exact: true }).locator('span').first().boundingBox(),
    ]);
    if (scrollerBox && appBox && planeBox) {
      expect(appBox.x).toBeGreaterThanOrEqual(scrollerBox.x - 1);
      expect(appBox.x).toBeLessThan(scrollerBox.x + 4);
      expect(planeBox.x).toBeGreaterThanOrEqual(appBox.x + appBox.width - 1);
      expect(planeBox.x + planeBox.width).toBeLessThanOrEqual(scrollerBox.x + scrollerBox.width + 1);
    } else {
      throw new Error('The grid region, its app column or its plane label is not laid out.');
    }
    await screenshot(page, `fit-matrix-${width}`);

    // A change in the plane not shown is named in the switch.
    await tab.getByRole('checkbox', { name: `${GUEST_APP_ID} Delegated writeContent` }).click();
    await planeSwitch.getByRole('radio', { name: /^Application/ }).click();
    await planeSwitch.getByRole('radio', { name: 'Delegated unsaved changes' }).waitFor();
    await expectNoSidewaysScroll(tab);

    const stops = await tabStops(tab);
    expect(stops.map((stop) => stop.name)).toEqual(
      expect.arrayContaining([
        '← All registrations',
        'Details…',
        'Add app…',
        'Review changes (1 app)',
        'JSON file',
        expect.stringMatching(/^Application/),
      ]),
    );
    expectAllInView(stops);
    await axe(`${width} matrix`);
  });
});

describe.each([900, 320])('hostile names in headings and dialog titles, the tab %i px wide', (width) => {
  // An admin whose tenant consented to directory reads: apps go by their (20,000-character) names.
  const LONG_NAME_START = new RegExp(`^${LONG_APP_NAME.slice(0, 30)}`);

  /** The element lies within the tab, and does not scroll sideways inside itself. */
  async function expectWithinTab(tab: Frame, element: Locator): Promise<void> {
    const { right, scrollWidth, clientWidth, innerWidth } = await element.evaluate((node) => ({
      right: node.getBoundingClientRect().right,
      scrollWidth: node.scrollWidth,
      clientWidth: node.clientWidth,
      innerWidth: window.innerWidth,
    }));
    expect(right).toBeLessThanOrEqual(innerWidth);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    await expectNoSidewaysScroll(tab);
  }

  it('wraps the app view heading', async () => {
    const tab = await tabAt(width, 'global-admin');
    await tab.getByRole('button', { name: 'Tenant overview' }).click();
    await tab
      .getByRole('grid', { name: 'Apps by registration' })
      .getByRole('rowheader')
      .filter({ hasText: LONG_NAME_START })
      .getByRole('button')
      .click();
    const heading = tab.getByRole('heading', { level: 2, name: /on every registration$/ });
    await expect(heading.textContent()).resolves.toMatch(LONG_NAME_START);
    await expectWithinTab(tab, heading);
    await screenshot(page, `fit-app-view-${width}`);
  });

  it('wraps a dialog title', async () => {
    const tab = await tabAt(width, 'global-admin');
    await openHostileApps(tab);
    const menu = tab.getByRole('button', { name: new RegExp(`^Actions for ${LONG_APP_NAME.slice(0, 30)}`) });
    await menu.click();
    await tab.getByRole('menuitem', { name: 'Copy from another app…' }).click();
    const dialog = tab.getByRole('dialog', { name: /^Copy permissions to VeryLongAppName/ });
    await dialog.waitFor();
    await expectWithinTab(tab, dialog.getByRole('heading', { name: /^Copy permissions to/ }));
    await expectWithinTab(tab, dialog);
    await screenshot(page, `fit-dialog-title-${width}`);
  });
});
