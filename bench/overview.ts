/**
 * Figure 8: the tenant overview at 300 registrations × 200 apps (60 000 cells), in Chromium against
 * the local stack's generated tenant, through the tab built for the bench.
 *
 * - Time to interactive: from the click on "Tenant overview" (the list's grants all read) to the grid
 *   accepting keys: its first cell is on screen and an ArrowRight moves the focus to the next cell.
 * - Click → next paint, timed in the page as figure 4 times its clicks: "Only risky grants" toggled
 *   (each click filters all 60 000 cells again and renders the new window).
 * - Key → next paint: arrow keys walking the grid, past the rendered window on both axes.
 */
import { LARGE_TENANT, type TenantSize } from '../src/local/generatedTenant';
import { percentile, signedInPage, startBench } from './browser';

export interface OverviewCost {
  readonly registrations: number;
  readonly apps: number;
  readonly ttiMs: number;
  readonly clickP50Ms: number;
  readonly clickP95Ms: number;
  readonly clickMaxMs: number;
  readonly keyP50Ms: number;
  readonly keyP95Ms: number;
  /** Cells rendered after the walk, of registrations × apps. */
  readonly renderedCells: number;
}

const GRID = '[role="grid"][aria-label="Apps by registration"]';

export async function measureOverview(size: TenantSize = LARGE_TENANT, clicks = 30): Promise<OverviewCost> {
  const bench = await startBench(size.registrations, size.apps);
  try {
    const page = await signedInPage(bench);
    // The list reads every registration's grants first (15 batches at 300): the overview reads none.
    await page.waitForFunction(() => !document.body.textContent?.includes('Counting…'), undefined, {
      polling: 100,
      timeout: 300_000,
    });
    const ttiMs = (await page.evaluate(async (grid) => {
      const nextFrame = (): Promise<void> => new Promise((done) => requestAnimationFrame(() => done()));
      const button = [...document.querySelectorAll('button')].find(
        (candidate) => candidate.textContent === 'Tenant overview',
      );
      if (button === undefined) throw new Error('No "Tenant overview" button');
      const started = performance.now();
      button.click();
      let cell: HTMLElement | null = null;
      while (cell === null || cell.getBoundingClientRect().width === 0) {
        await nextFrame();
        cell = document.querySelector<HTMLElement>(`${grid} [data-nav-row="1"][data-nav-col="1"]`);
      }
      cell.focus();
      cell.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true, cancelable: true }),
      );
      while ((document.activeElement as HTMLElement | null)?.dataset.navCol !== '2') await nextFrame();
      return performance.now() - started;
    }, GRID)) as number;

    const timings = (await page.evaluate(
      async ({ grid, clicks }) => {
        const nextPaint = (): Promise<void> =>
          new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        const risky = [...document.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].find(
          (box) => box.labels?.[0]?.textContent === 'Only risky grants',
        );
        if (risky === undefined) throw new Error('No "Only risky grants" checkbox');
        const clickTimes: number[] = [];
        for (let index = 0; index < clicks; index++) {
          await nextPaint();
          const started = performance.now();
          risky.click();
          await nextPaint();
          clickTimes.push(performance.now() - started);
        }
        // Filters as they were (an even number of clicks); then walk the grid from its first cell.
        if (risky.checked) risky.click();
        await nextPaint();
        const keyTimes: number[] = [];
        document.querySelector<HTMLElement>(`${grid} [data-nav-row="1"][data-nav-col="1"]`)?.focus();
        const keys = ['End', 'PageDown', 'PageDown', 'ArrowLeft', 'ArrowDown', 'Home', 'ArrowRight'];
        for (let index = 0; index < clicks; index++) {
          const key = keys[index % keys.length] as string;
          await nextPaint();
          const started = performance.now();
          document.activeElement?.dispatchEvent(
            new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
          );
          await nextPaint();
          keyTimes.push(performance.now() - started);
        }
        return {
          clickTimes,
          keyTimes,
          cells: document.querySelectorAll(`${grid} td[data-overview-cell]`).length,
        };
      },
      { grid: GRID, clicks },
    )) as { clickTimes: number[]; keyTimes: number[]; cells: number };

    return {
      registrations: size.registrations,
      apps: size.apps,
      ttiMs,
      clickP50Ms: percentile(timings.clickTimes, 50),
      clickP95Ms: percentile(timings.clickTimes, 95),
      clickMaxMs: Math.max(...timings.clickTimes),
      keyP50Ms: percentile(timings.keyTimes, 50),
      keyP95Ms: percentile(timings.keyTimes, 95),
      renderedCells: timings.cells,
    };
  } finally {
    await bench.close();
  }
}
