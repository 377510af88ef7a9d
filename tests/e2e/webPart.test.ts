/**
 * The SharePoint web part's production bundle (release/assets, as packaged in the .sppkg) in Chromium,
 * on a page that stands in for SharePoint (src/local/spfxHost, as `npm start` serves it): loaded from its
 * manifest, mounted with a stand-in SPFx context, talking to the local stack with the real MSAL and Graph
 * client. The harness fails a test on any page error or CSP violation, as it does the tab's.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_OWNING_APP_ID,
  GUEST_APP_ID,
  SHAREPOINT_CLIENT_APP_ID,
  TEST_CONTAINER_TYPE_ID,
} from '../../src/local/demoTenant';
import type { PermissionMatrixWebPartProps } from '../../src/hosts/sharepoint/webPartConfig';
import type { SharePointThemeSlice } from '../../src/hosts/sharepoint/spThemeToFluent';
import { screenshot, useBrowserHarness } from './harness';

const harness = useBrowserHarness('webPart');
const { stack } = harness;
let page: Page;
beforeEach(() => {
  page = harness.page;
});

interface MountOptions {
  readonly properties: PermissionMatrixWebPartProps;
  readonly locale?: string;
  readonly theme?: SharePointThemeSlice;
  /** Whose token SharePoint's Graph access gets: `manage-all` has the permission, `no-scope` none. */
  readonly sharePointProfile?: 'manage-all' | 'no-scope';
}

async function mountWebPart(options: MountOptions): Promise<void> {
  await page.goto(`${stack.origin}/spfx/`);
  await page.evaluate(
    (input) =>
      (window as unknown as { spfxHost: { mount(o: unknown): Promise<void> } }).spfxHost.mount(input),
    {
      properties: options.properties,
      locale: options.locale ?? 'en-US',
      theme: options.theme,
      tenantId: stack.tenantId,
      user: {
        displayName: 'Megan Bowen',
        loginName: 'megan@contoso.example',
        email: 'megan@contoso.example',
      },
      sharePointProfile: options.sharePointProfile ?? 'manage-all',
      sharePointAppId: SHAREPOINT_CLIENT_APP_ID,
    },
  );
}

function sharePointMode(): PermissionMatrixWebPartProps {
  return { authMode: 'sharepoint', cloud: 'local', localOrigin: stack.origin, scopeMode: 'manageAll' };
}

async function guestGrant(): Promise<unknown> {
  return (await stack.grants(TEST_CONTAINER_TYPE_ID)).find((grant) => grant.appId === GUEST_APP_ID);
}

async function toggleGuestAndSave(): Promise<void> {
  await page.getByRole('button', { name: 'Test Container Type' }).click();
  await page.getByRole('grid', { name: /Permissions of the apps on Test Container Type/ }).waitFor();
  await page
    .getByRole('checkbox', { name: /Application readContent$/ })
    .and(page.locator(`[aria-label^="Contoso Review Portal"], [aria-label^="${GUEST_APP_ID}"]`))
    .click();
  await page.getByRole('button', { name: /^Review changes/ }).click();
  await page.getByRole('dialog', { name: 'Review changes' }).waitFor();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Save results').waitFor();
}

/** The property pane as the web part describes it, and its "Test connection" button pressed. */
async function testConnection(): Promise<string> {
  const labelText = (): Promise<string> =>
    page.evaluate(() => {
      type Field = {
        type: string;
        targetProperty: string;
        properties: { text?: string; onClick?: () => void };
      };
      const webPart = (
        window as unknown as { spfxHost: { webPart: { getPropertyPaneConfiguration(): unknown } } }
      ).spfxHost.webPart;
      const pane = webPart.getPropertyPaneConfiguration() as {
        pages: { groups: { groupFields: Field[] }[] }[];
      };
      const fields = pane.pages.flatMap((p) => p.groups.flatMap((group) => group.groupFields));
      return (
        fields.find((f) => f.type === 'Label' && f.targetProperty === 'testConnection')?.properties.text ?? ''
      );
    });
  await page.evaluate(() => {
    type Field = { type: string; properties: { onClick?: () => void } };
    const webPart = (
      window as unknown as { spfxHost: { webPart: { getPropertyPaneConfiguration(): unknown } } }
    ).spfxHost.webPart;
    const pane = webPart.getPropertyPaneConfiguration() as {
      pages: { groups: { groupFields: Field[] }[] }[];
    };
    pane.pages
      .flatMap((p) => p.groups.flatMap((group) => group.groupFields))
      .find((f) => f.type === 'Button')
      ?.properties.onClick?.();
  });
  await expect.poll(labelText).toMatch(/^(?!Testing)./);
  return labelText();
}

describe('the web part on a SharePoint page', () => {
  it('with SharePoint’s own Graph token: lists, saves a toggle to the service, and tests the connection', async () => {
    await mountWebPart({ properties: sharePointMode() });
    await page.getByRole('heading', { name: 'Container type registrations' }).waitFor();
    await screenshot(page, 'web-part');
    await toggleGuestAndSave();
    expect(await guestGrant()).toEqual({
      appId: GUEST_APP_ID,
      delegatedPermissions: ['read', 'write'],
      applicationPermissions: ['readContent'],
    });
    expect(await testConnection()).toMatch(/^Connected\. Container type registrations visible: \d+\.$/);
    // The write reached Graph as SharePoint's app, as MSGraphClientV3's would.
    const requests = (await stack.control('requests')) as { requests: { method: string; path: string }[] };
    expect(
      requests.requests.some((request) => request.method === 'POST' && request.path.endsWith('$batch')),
    ).toBe(true);
  });

  it('with MSAL: the sign-in popup returns to the page, which hands the answer over, and the editor starts', async () => {
    await stack.control('profile', { profile: 'spe-admin' });
    await mountWebPart({
      properties: {
        authMode: 'msal',
        clientId: DEMO_OWNING_APP_ID,
        tenant: stack.tenantId,
        cloud: 'local',
        localOrigin: stack.origin,
      },
    });
    const popupPromise = page.waitForEvent('popup');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const popup = await popupPromise;
    await popup.waitForEvent('close');
    await page.getByRole('heading', { name: 'Container type registrations' }).waitFor();
    await page.getByRole('button', { name: 'Test Container Type' }).waitFor();
    // MSAL keeps its tokens in memory (docs/decisions/0006): every script on a SharePoint page's
    // origin can read its storage, so no token, ID token or refresh token may sit there.
    const stored = await page.evaluate(() =>
      [window.sessionStorage, window.localStorage].flatMap((storage) =>
        Object.keys(storage).map((key) => `${key} = ${storage.getItem(key) ?? ''}`),
      ),
    );
    expect(
      stored.filter((entry) => /eyJ[\w-]+\.eyJ[\w-]+|accesstoken|refreshtoken|idtoken/i.test(entry)),
    ).toEqual([]);
  });

  it('with SharePoint’s Graph access lacking the permission: Test connection names it and the grant command', async () => {
    await mountWebPart({ properties: sharePointMode(), sharePointProfile: 'no-scope' });
    await page.getByText('This tool’s app is not allowed to do this yet').first().waitFor();
    const report = await testConnection();
    expect(report).toContain(
      'SharePoint’s Graph access does not have FileStorageContainerTypeReg.Manage.All',
    );
    expect(report).toContain(
      'm365 spo serviceprincipal grant add --resource "Microsoft Graph" --scope FileStorageContainerTypeReg.Manage.All',
    );
    expect(report).toContain('Approve-SPOTenantServicePrincipalPermissionGrant');
  });

  it('shows each invalid setting with a precise message and a failed connection test', async () => {
    await mountWebPart({
      properties: { authMode: 'msal', clientId: 'not-a-guid', tenant: 'common', cloud: 'local' },
    });
    const region = page.getByRole('region', { name: 'SharePoint Embedded permissions' });
    await region.getByText('The permission matrix could not start').waitFor();
    await expect.poll(() => region.textContent()).toContain('clientId must be a GUID');
    expect(await region.textContent()).toContain('tenant cannot be “common”');
    expect(await region.textContent()).toContain('localOrigin must be the local stack');
    expect(await testConnection()).toContain('The settings are not valid:');
  });

  it('follows a dark section, speaks Italian, and passes axe', async () => {
    const darkSection: SharePointThemeSlice = {
      isInverted: true,
      palette: { themePrimary: '#8764b8' },
      semanticColors: { bodyBackground: '#201f1e', bodyText: '#ffffff' },
    };
    await mountWebPart({ properties: sharePointMode(), locale: 'it-IT', theme: darkSection });
    await page.getByRole('heading', { name: 'Registrazioni dei tipi di contenitore' }).waitFor();
    const background = (): Promise<string> =>
      page.evaluate(
        () =>
          getComputedStyle(document.querySelector('#web-part .fui-FluentProvider') as Element)
            .backgroundColor,
      );
    expect(await background()).toBe('rgb(32, 31, 30)');
    // Axe judges contrast from colours on screen: the list is read and every fade has ended first.
    await page.getByText('Conteggio in corso…').first().waitFor({ state: 'detached' });
    await page.evaluate(() =>
      Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))),
    );
    const results = await new AxeBuilder({ page })
      .include('#web-part')
      .exclude('[data-tabster-dummy]')
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
    // The section changes to a light variant: the editor restyles without a reload.
    await page.evaluate(() =>
      (window as unknown as { spfxHost: { setTheme(theme: unknown): void } }).spfxHost.setTheme({
        isInverted: false,
        palette: { themePrimary: '#8764b8' },
        semanticColors: { bodyBackground: '#ffffff', bodyText: '#323130' },
      }),
    );
    await expect.poll(background).toBe('rgb(255, 255, 255)');
  });
});
