/**
 * The local stack belongs to this machine, in a real browser: a page on another origin can neither
 * drive the control API with a cross-site form POST nor frame the signed-in Teams host simulator or
 * the identity provider's sign-in page. The other origins are a public site (Chromium lets its form
 * navigate to localhost) and another server on this machine (Chromium's local network checks block a
 * public site's frames before any header is read, so only a local page can show `frame-ancestors`).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_OWNING_APP_ID, DEMO_TENANT_ID } from '../../src/local/demoTenant';
import { useBrowserHarness } from './harness';

const harness = useBrowserHarness();
const { stack } = harness;
const PUBLIC_SITE = 'https://evil.example';
let page: Page;

/** Another server on this machine, serving `foreignPage`. */
let foreignPage = '';
let foreign: Server | undefined;
let localSite = '';
beforeAll(async () => {
  foreign = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(foreignPage);
  });
  await new Promise<void>((resolve) => foreign?.listen(0, '127.0.0.1', resolve));
  localSite = `http://127.0.0.1:${(foreign.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((resolve) => foreign?.close(resolve));
});

beforeEach(async () => {
  page = harness.page;
  // A state a reset would undo.
  await stack.control('settings', { pageSize: 7 });
});

/** Opens `html` as a page of `site` (the public one is answered by the browser's routing). */
async function openForeignPage(site: string, html: string): Promise<void> {
  foreignPage = html;
  if (site === PUBLIC_SITE) {
    await page.route(`${PUBLIC_SITE}/`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
    );
  }
  await page.goto(`${site}/`);
}

describe('a page on another origin', () => {
  it.each([
    ['a public site', () => PUBLIC_SITE],
    ['another server on this machine', () => localSite],
  ])('on %s cannot reset the stack with a form POST to /__local/reset', async (_where, siteOf) => {
    const site = siteOf();
    // A `text/plain` form sends a body that reads as JSON: `{"a":"="}`.
    await openForeignPage(
      site,
      `<!doctype html><form method="post" action="${stack.origin}/__local/reset" enctype="text/plain"><input type="hidden" name='{"a":"' value='"}'><button>Win a prize</button></form>`,
    );
    const answer = page.waitForResponse(`${stack.origin}/__local/reset`);
    await page.getByRole('button', { name: 'Win a prize' }).click();
    const response = await answer;
    expect(response.status()).toBe(403);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain(site);
    expect(await stack.control('settings')).toMatchObject({ pageSize: 7, tenant: 'demo' });
  });

  it.each([
    ['the Teams host simulator', (): string => `${stack.origin}/host?profile=spe-admin`],
    [
      'the sign-in page',
      (): string =>
        `${stack.origin}/idp/${DEMO_TENANT_ID}/oauth2/v2.0/authorize?${new URLSearchParams({
          client_id: DEMO_OWNING_APP_ID,
          redirect_uri: `${stack.origin}/auth.html`,
          response_type: 'code',
          prompt: 'select_account',
        }).toString()}`,
    ],
  ])('cannot frame %s', async (_what, urlOf) => {
    await openForeignPage(localSite, `<!doctype html><iframe title="framed" src="${urlOf()}"></iframe>`);
    const seen: string[] = [];
    await expect
      .poll(() => {
        seen.push(...harness.takeProblems().map((problem) => problem.trim()));
        return seen;
      })
      .toEqual([
        `CSP console: Framing '${stack.origin}/' violates the following Content Security Policy directive: "frame-ancestors 'self'". The request has been blocked.`,
      ]);
    // The frame shows the browser's error page, not the page it asked for. The console reports the
    // refusal before the frame commits that page: wait for the frame's state, not for the report.
    await expect.poll(() => page.frames()[1]?.url()).toBe('chrome-error://chromewebdata/');
  });
});
