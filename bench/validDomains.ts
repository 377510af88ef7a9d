/**
 * Figure 7: what teams-js's fetch of Microsoft's host list (TEAMS_JS_VALID_DOMAINS_URL) costs the tab's
 * start inside Teams, when that CDN answers, fails at once (offline, a proxy refusing it), never answers
 * (teams-js gives up after 1.5 s), or is blocked by a policy that leaves it out of `connect-src`. Each
 * sample is the time from the tab frame's navigation to the registrations list, in that frame's clock,
 * inside the Teams host simulator; the four cases take turns, so a slow moment of the machine hits all.
 */
import type { BrowserContext, Page } from 'playwright-core';
import {
  TEAMS_JS_VALID_DOMAINS_URL,
  tabPageOf,
  tabSecurityHeaders,
} from '../src/hosts/teams/tabSecurityHeaders';
import { launchChromium, newContext } from '../src/local/chromium';
import { productMounts } from '../src/local/productMounts';
import type { StaticMount } from '../src/local/stack';
import { startTestStack } from '../src/local/stackClient';
import { BENCH_TAB_DIR } from './bundleSize';

export const CDN_CASES = ['answers', 'fails at once', 'never answers', 'blocked by the policy'] as const;
export type CdnCase = (typeof CDN_CASES)[number];

export interface ValidDomainsCost {
  readonly cdn: CdnCase;
  readonly medianMs: number;
  readonly samplesMs: readonly number[];
  /** Requests for the list that reached the network (the policy's block happens before). */
  readonly listRequests: number;
}

/** The same tab with the CDN left out of its policy's connect-src. */
const WITHOUT_CDN_PATH = '/without-cdn';
const withoutCdnMount: StaticMount = {
  path: WITHOUT_CDN_PATH,
  dir: BENCH_TAB_DIR,
  headers: (file, origin) => {
    const headers = tabSecurityHeaders('local', tabPageOf(file), origin);
    const policy = headers['Content-Security-Policy'] ?? '';
    return { ...headers, 'Content-Security-Policy': policy.replace(` ${TEAMS_JS_VALID_DOMAINS_URL}`, '') };
  },
};

/** In the tab's frame: notes when the list shows its first registration. */
const LIST_SHOWN_SCRIPT = `(() => {
  if (location.pathname.startsWith('/host')) return;
  const tick = () => {
    const shown = [...document.querySelectorAll('button')].some((b) => (b.textContent || '').includes('Test Container Type'));
    if (shown) { window.__benchListAt = performance.now(); return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export async function measureValidDomainsFetch(loads = 8): Promise<ValidDomainsCost[]> {
  const stack = await startTestStack({ staticMounts: [withoutCdnMount, ...productMounts(BENCH_TAB_DIR)] });
  const browser = await launchChromium();
  try {
    const cases = await Promise.all(
      CDN_CASES.map(async (cdn) => {
        const context: BrowserContext = await newContext(browser);
        let listRequests = 0;
        await context.route(TEAMS_JS_VALID_DOMAINS_URL, async (route) => {
          listRequests += 1;
          if (cdn === 'fails at once') await route.abort('connectionrefused');
          else if (cdn === 'answers') {
            await route.fulfill({ json: { validOrigins: ['teams.microsoft.com', '*.cloud.microsoft'] } });
          }
          // 'never answers': left pending; teams-js aborts it after 1.5 s.
        });
        await context.addInitScript(LIST_SHOWN_SCRIPT);
        const page: Page = await context.newPage();
        const tab = cdn === 'blocked by the policy' ? `&tab=${WITHOUT_CDN_PATH}/` : '';
        const url = `${stack.origin}/host?profile=spe-admin&theme=default&locale=en-US&naa=1${tab}`;
        const once = async (): Promise<number> => {
          await page.goto(url);
          const frame = await (
            await page.waitForSelector('#tab-frame[data-initialized="true"]')
          ).contentFrame();
          if (frame === null) throw new Error('The host simulator has no tab frame.');
          const shown = await frame.waitForFunction(
            () => (window as unknown as { __benchListAt?: number }).__benchListAt ?? false,
            undefined,
            { polling: 50, timeout: 20_000 },
          );
          return (await shown.jsonValue()) as number;
        };
        return { cdn, context, once, samplesMs: [] as number[], requests: () => listRequests };
      }),
    );
    for (const each of cases) await each.once(); // warm-up: the HTTP cache and the host's broker
    for (let round = 0; round < loads; round++) {
      for (const each of cases) each.samplesMs.push(await each.once());
    }
    await Promise.all(cases.map((each) => each.context.close()));
    return cases.map((each) => ({
      cdn: each.cdn,
      medianMs: median(each.samplesMs),
      samplesMs: each.samplesMs,
      listRequests: each.requests(),
    }));
  } finally {
    await browser.close();
    await stack.close();
  }
}
