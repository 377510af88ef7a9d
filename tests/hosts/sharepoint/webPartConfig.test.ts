import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { describe, expect, it, vi } from 'vitest';
import type { ConfigProblemTexts } from '../../../src/hosts/shared/configProblemText';
import {
  SHAREPOINT_MODE_GRANT_COMMANDS,
  fieldProblem,
  isSignInAnswer,
  sharePointContextSlice,
  signInMethodFor,
  userHints,
  webPartConfig,
  type PermissionMatrixWebPartProps,
} from '../../../src/hosts/sharepoint/webPartConfig';
import { webPartStrings } from './webPartStrings';

const CLIENT_ID = '71392b2f-1765-406e-86af-5907d9bdb2ab';

type LocStrings = { readonly ConfigProblems: ConfigProblemTexts };
const en = webPartStrings<LocStrings>('en-us').ConfigProblems;
const it_ = webPartStrings<LocStrings>('it-it').ConfigProblems;
const ru = webPartStrings<LocStrings>('ru-ru').ConfigProblems;
const TENANT_ID = '4f2c9b1e-8a3d-4e6f-b5c7-2d1e0f9a8b76';
const USER_ID = '0c6a3b9e-5d2f-4e71-8a4b-9f3e2d1c0b7a';

/** A stand-in for the parts of SPFx's context the web part reads. */
function standInContext(
  getToken = vi.fn(async (resource: string) => `token for ${resource}`),
): WebPartContext {
  return {
    pageContext: {
      aadInfo: { tenantId: { toString: () => TENANT_ID }, userId: { toString: () => USER_ID } },
      user: { displayName: 'Megan Bowen', loginName: 'megan@contoso.com', email: 'megan.bowen@contoso.com' },
      cultureInfo: { currentUICultureName: 'it-IT' },
    },
    aadTokenProviderFactory: { getTokenProvider: async () => ({ getToken }) },
  } as unknown as WebPartContext;
}
const location = {
  origin: 'https://contoso.sharepoint.com',
  pathname: '/sites/admin/SitePages/SPE.aspx',
} as Location;

describe('the host port from the SPFx context', () => {
  it('reads page, tenant, user (with the object id a receipt names) and language', () => {
    const slice = sharePointContextSlice(standInContext(), location);
    expect(slice).toMatchObject({
      pageUrl: 'https://contoso.sharepoint.com/sites/admin/SitePages/SPE.aspx',
      tenantId: TENANT_ID,
      locale: 'it-IT',
    });
    expect(userHints(slice)).toEqual({
      tenantId: TENANT_ID,
      displayName: 'Megan Bowen',
      userPrincipalName: 'megan@contoso.com',
      objectId: USER_ID,
    });
  });

  it('signs in with MSAL back to this page, with SharePoint’s user as the login hint', () => {
    const slice = sharePointContextSlice(standInContext(), location);
    const parsed = webPartConfig({ clientId: CLIENT_ID });
    if (!parsed.ok) throw new Error('expected a valid configuration');
    expect(signInMethodFor({ clientId: CLIENT_ID }, slice, parsed.config)).toEqual({
      kind: 'msal',
      redirectUri: 'https://contoso.sharepoint.com/sites/admin/SitePages/SPE.aspx',
      preferNested: false,
      loginHint: 'megan.bowen@contoso.com',
    });
  });

  it('in SharePoint mode asks SharePoint for a token for the cloud’s Graph', async () => {
    const getToken = vi.fn(async (resource: string) => `token for ${resource}`);
    const slice = sharePointContextSlice(standInContext(getToken), location);
    const properties: PermissionMatrixWebPartProps = {
      authMode: 'sharepoint',
      scopeMode: 'manageAll',
      cloud: 'china',
    };
    const parsed = webPartConfig(properties);
    if (!parsed.ok) throw new Error(parsed.problems.map((problem) => problem.code).join());
    const method = signInMethodFor(properties, slice, parsed.config);
    if (method.kind !== 'hostToken') throw new Error('expected SharePoint’s token');
    await expect(method.getToken()).resolves.toBe('token for https://microsoftgraph.chinacloudapi.cn');
  });
});

describe('property pane validation', () => {
  it('accepts the defaults with a client id', () => {
    expect(webPartConfig({ clientId: CLIENT_ID })).toMatchObject({
      ok: true,
      config: {
        clientId: CLIENT_ID,
        tenant: 'organizations',
        cloud: 'global',
        scopeMode: 'selected',
        graphVersion: 'v1.0',
      },
    });
  });

  it('names the field and the fix for each wrong value', () => {
    const properties: PermissionMatrixWebPartProps = {
      clientId: 'abc',
      tenant: 'common',
      cloud: 'mars',
      graphVersion: 'v2',
    };
    expect(fieldProblem(properties, 'clientId', en)).toMatch(/^clientId must be a GUID .*got “abc”\.$/);
    expect(fieldProblem(properties, 'tenant', en)).toContain('tenant cannot be “common”');
    expect(fieldProblem(properties, 'cloud', en)).toContain(
      'cloud must be one of global, usGovL4, usGovL5, china, local; got “mars”.',
    );
    expect(fieldProblem(properties, 'graphVersion', en)).toContain('graphVersion must be “v1.0” or “beta”');
    expect(fieldProblem({ clientId: CLIENT_ID }, 'clientId', en)).toBe('');
    expect(fieldProblem({}, 'clientId', en)).toMatch(/got nothing\.$/);
  });

  it('words each problem from the web part’s Italian and Russian strings, with no English left', () => {
    const properties: PermissionMatrixWebPartProps = { clientId: 'abc', tenant: 'common', cloud: 'mars' };
    expect(fieldProblem(properties, 'clientId', it_)).toBe(
      'clientId deve essere un GUID come 00000000-0000-0000-0000-000000000000 (l’ID client dell’app); valore ricevuto: «abc».',
    );
    expect(fieldProblem(properties, 'cloud', ru)).toBe(
      'cloud должен быть одним из значений: global, usGovL4, usGovL5, china, local; получено: «mars».',
    );
    expect(fieldProblem({}, 'clientId', ru)).toMatch(/получено: ничего\.$/);
    expect(fieldProblem({ authMode: 'sharepoint' }, 'scopeMode', it_)).toContain(
      'non raggiunge alcuna registrazione',
    );
    // The English wording of each problem appears in neither language.
    for (const texts of [it_, ru]) {
      for (const field of ['clientId', 'tenant', 'cloud'] as const) {
        expect(fieldProblem(properties, field, texts)).not.toMatch(/\b(must|got|cannot|nothing)\b/);
      }
    }
  });

  it('says in the property pane’s words that SharePoint Embedded is not in GCC High or DoD', () => {
    const gccHigh: PermissionMatrixWebPartProps = { clientId: CLIENT_ID, cloud: 'usGovL4' };
    expect(fieldProblem(gccHigh, 'cloud', en)).toBe(
      'SharePoint Embedded is not available in cloud “usGovL4”: Microsoft offers it in the commercial cloud, GCC and 21Vianet, not in GCC High or DoD, so this tool cannot work there. Use one of global, china, local.',
    );
    expect(fieldProblem(gccHigh, 'cloud', it_)).toContain('non è disponibile nel cloud «usGovL4»');
    expect(fieldProblem(gccHigh, 'cloud', ru)).toContain('недоступен в облаке «usGovL4»');
    expect(fieldProblem({ clientId: CLIENT_ID, cloud: 'china' }, 'cloud', en)).toBe('');
  });

  it('needs no client id in SharePoint mode but refuses .Selected there', () => {
    expect(fieldProblem({ authMode: 'sharepoint', scopeMode: 'manageAll' }, 'clientId', en)).toBe('');
    expect(webPartConfig({ authMode: 'sharepoint', scopeMode: 'manageAll' }).ok).toBe(true);
    expect(fieldProblem({ authMode: 'sharepoint' }, 'scopeMode', en)).toContain('reaches no registration');
    expect(fieldProblem({ authMode: 'sharepoint' }, 'scopeMode', en)).toContain(
      SHAREPOINT_MODE_GRANT_COMMANDS.cli,
    );
  });
});

describe('a page load that ends a sign-in', () => {
  it('is recognised by MSAL’s answer in the hash or the query', () => {
    expect(isSignInAnswer({ hash: '#code=abc&state=xyz', search: '' })).toBe(true);
    expect(isSignInAnswer({ hash: '', search: '?error=access_denied&state=xyz' })).toBe(true);
    expect(isSignInAnswer({ hash: '#state=xyz', search: '' })).toBe(false);
    expect(isSignInAnswer({ hash: '', search: '?code=abc' })).toBe(false);
    expect(isSignInAnswer({ hash: '', search: '' })).toBe(false);
  });
});
