/**
 * The SharePoint page stand-in at `/spfx/` (spfxHost/): a page on which the web part's production
 * bundle (release/assets, loaded from its manifest) runs as on SharePoint, with React, React DOM and the
 * Graph client that SharePoint provides. `npm start` and the browser tests serve it the same way;
 * `npm start` also serves the demo sections it mounts by itself (`/spfx/page.json`), while the tests
 * mount the web part with the settings each test needs.
 */
import { resolve } from 'node:path';
import {
  DEMO_OWNING_APP_ID,
  DEMO_TENANT_ID,
  PROFILES,
  SHAREPOINT_CLIENT_APP_ID,
  type ProfileName,
} from './demoTenant';
import { sendJson } from './http';
import type { LocalRoute, StaticMount } from './stack';

const root = resolve(__dirname, '../..');
const modules = resolve(root, 'node_modules');

export const SHAREPOINT_PAGE_PATH = '/spfx/';
/** Where `npm run build:spfx` leaves the web part: its manifest says which bundle to load. */
export const WEB_PART_MANIFESTS_DIR = resolve(root, 'release/manifests');

/** The stand-in page and what SharePoint gives a web part: React 17, React DOM, the Graph client. */
export function sharePointPageMounts(): StaticMount[] {
  return [
    { path: '/spfx', dir: resolve(__dirname, 'spfxHost') },
    { path: '/spfx-assets', dir: resolve(root, 'release/assets') },
    { path: '/spfx-manifests', dir: WEB_PART_MANIFESTS_DIR },
    { path: '/spfx-vendor/react', dir: resolve(modules, 'react/umd') },
    { path: '/spfx-vendor/react-dom', dir: resolve(modules, 'react-dom/umd') },
    { path: '/spfx-vendor/graph', dir: resolve(modules, '@microsoft/microsoft-graph-client/lib') },
  ];
}

/** One section of the demo page: where the web part goes, the section's look, its property pane values. */
export interface DemoSection {
  readonly element: string;
  readonly variant: 'light' | 'dark';
  readonly properties: Readonly<Record<string, string>>;
  /** For SharePoint mode: whose token SharePoint's own Graph access gets. */
  readonly sharePointProfile?: ProfileName;
}

export interface DemoPage {
  readonly tenantId: string;
  readonly locale: string;
  /** The SharePoint user of the page (SharePoint's page context). */
  readonly user: { readonly displayName: string; readonly loginName: string; readonly email: string };
  readonly sharePointAppId: string;
  readonly sections: readonly DemoSection[];
}

/**
 * The demo page's web parts, configured for this stack: in a light section, MSAL with the tool's own
 * app as config/tab/.env configures the tab (sign in with any profile); in a dark section, SharePoint's
 * own Graph token, granted `.Manage.All`, for the page's user, the `manage-all` profile (no sign-in).
 */
export function demoPage(origin: string): DemoPage {
  // SharePoint's token is for the page's user: the same profile, so the web part names who it acts for.
  const sharePointProfile: ProfileName = 'manage-all';
  const user = PROFILES[sharePointProfile];
  const local = { cloud: 'local', localOrigin: origin, graphVersion: 'v1.0' };
  return {
    tenantId: DEMO_TENANT_ID,
    locale: 'en-US',
    user: { displayName: user.displayName, loginName: user.upn, email: user.upn },
    sharePointAppId: SHAREPOINT_CLIENT_APP_ID,
    sections: [
      {
        element: 'web-part',
        variant: 'light',
        properties: {
          authMode: 'msal',
          clientId: DEMO_OWNING_APP_ID,
          tenant: DEMO_TENANT_ID,
          scopeMode: 'selected',
          ...local,
        },
      },
      {
        element: 'web-part-dark',
        variant: 'dark',
        properties: { authMode: 'sharepoint', scopeMode: 'manageAll', ...local },
        sharePointProfile,
      },
    ],
  };
}

/** `GET /spfx/page.json`: the demo sections the page mounts by itself (`npm start` only). */
export const demoPageRoute: LocalRoute = (request, response, url) => {
  if (url.pathname !== `${SHAREPOINT_PAGE_PATH}page.json` || request.method !== 'GET') return false;
  sendJson(response, 200, demoPage(url.origin));
  return true;
};
