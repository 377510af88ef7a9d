/**
 * The web part as a Teams tab or personal app (issue 27 §3): its manifest offers the Teams hosts, so a
 * tenant that deploys the .sppkg can add it to Teams (app catalog → Sync to Teams) without hosting the
 * tab; and in Teams, where SPFx runs it on SharePoint's hosting page with `context.sdks.microsoftTeams`,
 * the SharePoint sign-in mode gets its token as on a page. The README says why MSAL mode is not the one
 * for Teams.
 */
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  sharePointContextSlice,
  signInMethodFor,
  webPartConfig,
  type PermissionMatrixWebPartProps,
} from '../../../src/hosts/sharepoint/webPartConfig';

const manifest = JSON.parse(
  readFileSync(
    resolve(
      __dirname,
      '../../../src/hosts/sharepoint/PermissionMatrixWebPart/PermissionMatrixWebPart.manifest.json',
    ),
    'utf8',
  ),
) as { supportedHosts: string[] };

/** SPFx's context as Teams gives it to a web part: the Teams SDK is there (ISDKs: "only defined in Teams"). */
function teamsHostedContext(getToken: (resource: string) => Promise<string>): WebPartContext {
  return {
    pageContext: {
      aadInfo: { tenantId: { toString: () => '4f2c9b1e-8a3d-4e6f-b5c7-2d1e0f9a8b76' } },
      user: { displayName: 'Megan Bowen', loginName: 'megan@contoso.com', email: 'megan.bowen@contoso.com' },
      cultureInfo: { currentUICultureName: 'en-US' },
    },
    sdks: { microsoftTeams: { teamsJs: {}, context: {} } },
    aadTokenProviderFactory: { getTokenProvider: async () => ({ getToken }) },
  } as unknown as WebPartContext;
}
// SharePoint serves a web part in Teams from this page of the team's (or the tenant's) site.
const TEAMS_HOSTING_PAGE = {
  origin: 'https://contoso.sharepoint.com',
  pathname: '/_layouts/15/teamshostedapp.aspx',
} as Location;

describe('the web part in Teams', () => {
  it('declares the Teams tab and personal app hosts beside SharePoint’s', () => {
    expect(manifest.supportedHosts).toEqual([
      'SharePointWebPart',
      'SharePointFullPage',
      'TeamsTab',
      'TeamsPersonalApp',
    ]);
    // SPFx refuses a meeting app beside other tab types (package-solution).
    expect(manifest.supportedHosts).not.toContain('TeamsMeetingApp');
  });

  it('signs in with SharePoint’s token for the cloud’s Graph in SharePoint mode, as on a page', async () => {
    const getToken = vi.fn(async (resource: string) => `token for ${resource}`);
    const slice = sharePointContextSlice(teamsHostedContext(getToken), TEAMS_HOSTING_PAGE);
    const properties: PermissionMatrixWebPartProps = { authMode: 'sharepoint', scopeMode: 'manageAll' };
    const parsed = webPartConfig(properties);
    if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.code).join());
    const method = signInMethodFor(properties, slice, parsed.config);
    if (method.kind !== 'hostToken') throw new Error('expected SharePoint’s token');
    await expect(method.getToken()).resolves.toBe('token for https://graph.microsoft.com');
    expect(getToken).toHaveBeenCalledWith('https://graph.microsoft.com');
  });

  it('says at start, before asking for a token, that a cloud without SharePoint Embedded cannot work', () => {
    const parsed = webPartConfig({ authMode: 'sharepoint', scopeMode: 'manageAll', cloud: 'usGovL4' });
    expect(parsed).toMatchObject({ ok: false, problems: [{ field: 'cloud', code: 'cloud_unavailable' }] });
  });
});
