/**
 * Figures 2, 3 and 4: the built tab in headless Chromium against the local stack, seeded with a tenant
 * of the size each figure asks for. The tab runs as a plain page with the standard MSAL client: after
 * one sign-in its tokens are in session storage, so later loads measure the product, not the IdP.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page, Request } from 'playwright-core';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { startTestStack, type TestStack } from '../tests/local/stackClient';
import { launchChromium, newContext, TAB_DIR } from '../tests/e2e/harness';
import { writeBenchTenant } from './tenantFixture';

const root = resolve(__dirname, '..');
const BARE_DIR = resolve(root, 'temp/bench-bare');

export interface RoundTrips {
  readonly requests: readonly { readonly method: string; readonly path: string; readonly after: number }[];
  /** Longest chain of Graph requests where each started only after the previous one finished. */
  readonly depth: number;
  /** Grants reads that started only after another grants read finished. */
  readonly sequentialGrantsReads: number;
}

export interface TimeToInteractive {
  readonly tabMedianMs: number;
  readonly bareMedianMs: number;
  readonly ratio: number;
  readonly tabSamplesMs: readonly number[];
  readonly bareSamplesMs: readonly number[];
}

export interface InteractionLatency {
  readonly apps: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly heapMb: number;
  readonly openMs: number;
}

export async function buildBarePage(): Promise<void> {
  await build({
    configFile: false,
    root: resolve(__dirname, 'bare'),
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: BARE_DIR, emptyOutDir: true },
  });
}

interface BenchStack {
  readonly stack: TestStack;
  readonly browser: Browser;
  close(): Promise<void>;
}

async function startBench(registrations: number, apps: number): Promise<BenchStack> {
  const dataFile = join(mkdtempSync(join(tmpdir(), 'spe-bench-')), 'tenant.json');
  writeBenchTenant(dataFile, registrations, apps);
  const stack = await startTestStack({
    dataFile,
    staticMounts: [
      { path: '/bare', dir: BARE_DIR },
      { path: '/', dir: TAB_DIR },
    ],
  });
  const browser = await launchChromium();
  return {
    stack,
    browser,
    async close() {
      await browser.close();
      await stack.close();
    },
  };
}

/** A page of the tab signed in once (popup), so its tokens are cached for the loads that follow. */
async function signedInPage(bench: BenchStack): Promise<Page> {
  await bench.stack.control('profile', { profile: 'spe-admin' });
  const context = await newContext(bench.browser);
  const page = await context.newPage();
  await page.goto(`${bench.stack.origin}/`);
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await (await popup).waitForEvent('close');
  await page.getByRole('button', { name: 'Bench 01' }).waitFor();
  return page;
}

/** From navigation start to the first registration's matrix accepting clicks, in the page's clock. */
async function loadToMatrix(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(
    () => {
      const button = [...document.querySelectorAll('button')].find(
        (b) => b.textContent?.includes('Bench 01') === true,
      );
      button?.click();
      return button !== undefined;
    },
    undefined,
    { polling: 'raf' },
  );
  const handle = await page.waitForFunction(
    () =>
      document.querySelector('[role="grid"] input[type="checkbox"]:not([disabled])') === null
        ? false
        : performance.now(),
    undefined,
    { polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

async function loadBare(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => (document.querySelector('input[type="checkbox"]') === null ? false : performance.now()),
    undefined,
    { polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** Figures 2 and 3 share one tenant: 10 registrations of 20 apps. */
export async function measureLoad(loads = 10): Promise<{ roundTrips: RoundTrips; tti: TimeToInteractive }> {
  const bench = await startBench(10, 20);
  try {
    const page = await signedInPage(bench);
    const url = `${bench.stack.origin}/`;

    await loadToMatrix(page, url); // warm the HTTP cache as a returning admin's browser would have it
    // When the page issued each Graph request and when its answer ended: the issue time shows what the
    // code made wait, whatever the browser's connection pool did with it.
    const seen = new Map<Request, { path: string; method: string; issued: number; ended: number }>();
    const onRequest = (request: Request): void => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/graph/')) {
        seen.set(request, {
          path: path.slice('/graph'.length),
          method: request.method(),
          issued: Date.now(),
          ended: Infinity,
        });
      }
    };
    const onEnd = (request: Request): void => {
      const entry = seen.get(request);
      if (entry !== undefined) entry.ended = Date.now();
    };
    page.on('request', onRequest);
    page.on('requestfinished', onEnd);
    page.on('requestfailed', onEnd);
    await loadToMatrix(page, url);
    page.off('request', onRequest);
    page.off('requestfinished', onEnd);
    page.off('requestfailed', onEnd);
    const entries = [...seen.values()].sort((a, b) => a.issued - b.issued);
    const depths: number[] = [];
    entries.forEach((entry, index) => {
      const before = entries
        .slice(0, index)
        .map((other, otherIndex) => (other.ended <= entry.issued ? (depths[otherIndex] as number) : 0));
      depths.push(1 + Math.max(0, ...before));
    });
    const grantsReads = entries.filter((entry) => entry.path.endsWith('/applicationPermissionGrants'));
    const roundTrips: RoundTrips = {
      requests: entries.map((entry, index) => ({
        method: entry.method,
        path: entry.path,
        after: depths[index] as number,
      })),
      depth: Math.max(0, ...depths),
      sequentialGrantsReads: grantsReads.filter((entry) =>
        grantsReads.some((other) => other !== entry && other.ended <= entry.issued),
      ).length,
    };

    const tabSamplesMs: number[] = [];
    for (let index = 0; index < loads; index++) tabSamplesMs.push(await loadToMatrix(page, url));
    const barePage = await (await newContext(bench.browser)).newPage();
    const bareUrl = `${bench.stack.origin}/bare/?apps=20`;
    await loadBare(barePage, bareUrl);
    const bareSamplesMs: number[] = [];
    for (let index = 0; index < loads; index++) bareSamplesMs.push(await loadBare(barePage, bareUrl));
    const tabMedianMs = median(tabSamplesMs);
    const bareMedianMs = median(bareSamplesMs);
    return {
      roundTrips,
      tti: { tabMedianMs, bareMedianMs, ratio: tabMedianMs / bareMedianMs, tabSamplesMs, bareSamplesMs },
    };
  } finally {
    await bench.close();
  }
}

/** Figure 4: click on a cell to the next paint, and the JS heap, for one registration of `apps` apps. */
export async function measureInteraction(apps: number, clicks = 30): Promise<InteractionLatency> {
  const bench = await startBench(1, apps);
  try {
    const page = await signedInPage(bench);
    const openMs = await loadToMatrix(page, `${bench.stack.origin}/`);
    const samples = await page.evaluate(async (count) => {
      const cells = [
        ...document.querySelectorAll<HTMLInputElement>('[role="grid"] input[type="checkbox"]'),
      ].filter((cell) => cell.getAttribute('aria-label')?.endsWith('Application readContent'));
      const times: number[] = [];
      for (let index = 0; index < count; index++) {
        // Spread over the grid, as an admin would click: top, middle and bottom rows.
        const cell = cells[Math.floor((index * (cells.length - 1)) / Math.max(1, count - 1))];
        if (cell === undefined) throw new Error('No Application readContent cell in the grid');
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        const started = performance.now();
        cell.click();
        await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0)));
        times.push(performance.now() - started);
      }
      return times;
    }, clicks);
    const session = await page.context().newCDPSession(page);
    await session.send('HeapProfiler.collectGarbage');
    const heap = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
    return {
      apps,
      p50Ms: percentile(samples, 50),
      p95Ms: percentile(samples, 95),
      heapMb: heap.usedSize / (1024 * 1024),
      openMs,
    };
  } finally {
    await bench.close();
  }
}
