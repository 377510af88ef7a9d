/**
 * The one set-up of every browser test, the Teams tab's and the SharePoint web part's: one local stack
 * per test file serving the built tab with the headers a static host sets (the local cloud's Content
 * Security Policy), the Teams host simulator and the SharePoint page stand-in; one Chromium per file;
 * and a browser context per test that records every CSP violation and every uncaught page error in any
 * of its pages, popups and frames. A test passes only if that record is empty after it.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import {
  TEAMS_JS_VALID_DOMAINS_URL,
  tabPageOf,
  tabSecurityHeaders,
} from '../../src/hosts/teams/tabSecurityHeaders';
import { launchChromium, newContext } from '../../src/local/chromium';
import type { ProfileName, WireGrant } from '../../src/local/demoTenant';
import { productMounts } from '../../src/local/productMounts';
import { sharePointPageMounts } from '../../src/local/sharePointPage';
import type { StaticMount } from '../../src/local/stack';
import type { TestStack } from '../../src/local/stackClient';
import { useTestStack } from '../support/useTestStack';

const root = resolve(__dirname, '../..');
export const TAB_DIR = resolve(root, 'release/teams-tab');
export const SCREENSHOT_DIR = resolve(root, 'temp/screenshots');

/**
 * The same build with the global cloud's headers, as production serves it: the tests show what that
 * policy refuses on this machine (being framed by the host simulator).
 */
export const GLOBAL_POLICY_PATH = '/as-global';
const GLOBAL_POLICY_MOUNT: StaticMount = {
  path: GLOBAL_POLICY_PATH,
  dir: TAB_DIR,
  headers: (file) => tabSecurityHeaders('global', tabPageOf(file)),
};

const BUILDS = {
  tab: { marker: resolve(TAB_DIR, 'index.html'), command: 'npm run build:tab' },
  webPart: { marker: resolve(root, 'release/manifests'), command: 'npm run build:spfx' },
} as const;

export interface E2eStack extends TestStack {
  grants(registrationId: string): Promise<WireGrant[]>;
}

export interface BrowserHarness {
  readonly stack: E2eStack;
  readonly browser: Browser;
  /** This test's context and its first page; both watched. */
  readonly context: BrowserContext;
  readonly page: Page;
  /** Another watched context in the same test (a second admin); closed after the test. */
  newContext(): Promise<BrowserContext>;
  /** What was recorded so far, which then no longer fails the test: for a test that expects a violation. */
  takeProblems(): string[];
}

/**
 * Runs in every document before its own scripts: hands each `securitypolicyviolation` to the test.
 * Chromium also logs every violation to the console, including a refused `frame-ancestors`, which the
 * framed document never sees as an event: the console is watched too.
 */
const REPORT_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (event) => {
  const where = (uri) => uri.split(/[?#]/)[0];
  window.__reportCspViolation(event.effectiveDirective + ' blocked ' + (where(event.blockedURI) || 'inline') +
    ' in ' + where(event.documentURI) + (event.sample ? ' (' + event.sample + ')' : ''));
}, true);`;

/** Console text without the long query strings of sign-in URLs. */
const withoutQueries = (text: string): string => text.replace(/\?[^\s'"]*/g, '?…');

/** A context that records CSP violations and page errors into `problems`. */
async function watchedContext(browser: Browser, problems: string[]): Promise<BrowserContext> {
  const context = await newContext(browser);
  await context.exposeBinding('__reportCspViolation', (_source, report: string) => {
    problems.push(`CSP violation: ${report}`);
  });
  await context.addInitScript(REPORT_VIOLATIONS);
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()))
      problems.push(`CSP console: ${withoutQueries(message.text())}`);
  });
  context.on('weberror', (error) => {
    problems.push(`Page error in ${error.page()?.url() ?? 'a page'}: ${error.error().message}`);
  });
  // This machine cannot reach Microsoft's CDN: teams-js's fetch of its host list fails at once, as it
  // does offline (a test that wants it to hang routes it again).
  await context.route(TEAMS_JS_VALID_DOMAINS_URL, (route) => route.abort('internetdisconnected'));
  return context;
}

/**
 * Call once at the top of a browser test file, naming the builds it runs (the tab, the web part). The
 * stack is reset before each test (useTestStack).
 */
export function useBrowserHarness(...needs: (keyof typeof BUILDS)[]): BrowserHarness {
  const testStack = useTestStack({
    // The SharePoint page stand-in as `npm start` serves it, without the demo sections it mounts there.
    staticMounts: [...sharePointPageMounts(), GLOBAL_POLICY_MOUNT, ...productMounts(TAB_DIR)],
  });
  const stack: E2eStack = Object.assign(Object.create(testStack) as TestStack, {
    async grants(registrationId: string): Promise<WireGrant[]> {
      const state = (await testStack.control('state')) as {
        registrations: { id: string; grants: WireGrant[] }[];
      };
      return state.registrations.find((registration) => registration.id === registrationId)?.grants ?? [];
    },
  });
  let browser: Browser | undefined;
  let contexts: BrowserContext[] = [];
  let page: Page | undefined;
  let problems: string[] = [];
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The browser harness is used outside a test.');
    return value;
  };

  beforeAll(async () => {
    for (const need of needs) {
      const build = BUILDS[need];
      if (!existsSync(build.marker)) {
        throw new Error(`The ${need} is not built: run \`${build.command}\` (npm test builds it first).`);
      }
    }
    browser = await launchChromium();
  });
  beforeEach(async () => {
    problems = [];
    contexts = [await watchedContext(started(browser), problems)];
    page = await started(contexts[0]).newPage();
  });
  afterEach(async () => {
    const seen = problems;
    await Promise.all(contexts.map((context) => context.close()));
    contexts = [];
    page = undefined;
    if (seen.length > 0) {
      throw new Error(`The pages broke their policy or failed:\n${[...new Set(seen)].join('\n')}`);
    }
  });
  afterAll(async () => {
    await browser?.close();
    browser = undefined;
  });

  return {
    stack,
    get browser() {
      return started(browser);
    },
    get context() {
      return started(contexts[0]);
    },
    get page() {
      return started(page);
    },
    async newContext() {
      const context = await watchedContext(started(browser), problems);
      contexts.push(context);
      return context;
    },
    takeProblems() {
      return problems.splice(0);
    },
  };
}

/** The tab inside the Teams host simulator, with the options the simulator reads from its query. */
export async function openInTeams(
  page: Page,
  stack: TestStack,
  options: {
    profile?: ProfileName;
    theme?: 'default' | 'dark' | 'contrast';
    locale?: string;
    naa?: boolean;
  } = {},
): Promise<Frame> {
  const query = new URLSearchParams({
    profile: options.profile ?? 'spe-admin',
    theme: options.theme ?? 'default',
    locale: options.locale ?? 'en-US',
    naa: options.naa === false ? '0' : '1',
  });
  await page.goto(`${stack.origin}/host?${query.toString()}`);
  const handle = await page.waitForSelector('#tab-frame[data-initialized="true"]');
  const frame = await handle.contentFrame();
  if (frame === null) throw new Error('The host simulator has no tab frame.');
  return frame;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOT_DIR, `${name}.png`) });
}
