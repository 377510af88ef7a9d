/**
 * Debian's Chromium driven by playwright-core, as the browser tests and the benchmarks launch it
 * (never a downloaded browser build: `playwright install` cannot work here).
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** Debian's Chromium (`.ci/run` installs it); CHROMIUM_PATH overrides. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export async function newContext(browser: Browser, locale = 'en-US'): Promise<BrowserContext> {
  // The stack's certificate is self-signed (a user trusts it once; the test browser is told to).
  // Wide enough that the tab beside the Teams host's log shows both planes (over 1,200 px); the fit
  // tests size the window themselves.
  return browser.newContext({ ignoreHTTPSErrors: true, locale, viewport: { width: 1920, height: 900 } });
}
