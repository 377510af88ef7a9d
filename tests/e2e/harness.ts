/**
 * Browser tests of the whole product: the built tab (release/teams-tab) and the Teams host simulator
 * served by the local stack, driven in Debian Chromium by Playwright, with the real MSAL, graph client
 * and teams-js inside the page.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { ProfileName, WireGrant } from '../../src/local/demoTenant';
import { startTestStack, type TestStack } from '../../src/local/stackClient';

const root = resolve(__dirname, '../..');
export const TAB_DIR = resolve(root, 'release/teams-tab');
export const SCREENSHOT_DIR = resolve(root, 'temp/screenshots');

export interface E2eStack extends TestStack {
  grants(registrationId: string): Promise<WireGrant[]>;
}

export async function startE2eStack(): Promise<E2eStack> {
  if (!existsSync(resolve(TAB_DIR, 'index.html'))) {
    throw new Error(
      'The tab is not built: run `npm run build:tab` (npm test builds it before the browser tests).',
    );
  }
  const stack = await startTestStack({
    staticMounts: [
      { path: '/host', dir: resolve(root, 'src/local/teamsHost') },
      { path: '/', dir: TAB_DIR },
    ],
  });
  return {
    ...stack,
    async grants(registrationId) {
      const state = (await stack.control('state')) as {
        registrations: { id: string; grants: WireGrant[] }[];
      };
      return state.registrations.find((registration) => registration.id === registrationId)?.grants ?? [];
    },
  };
}

/** The tab inside the Teams host simulator, with the options the simulator reads from its query. */
export async function openInTeams(
  page: Page,
  stack: E2eStack,
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
