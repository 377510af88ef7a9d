/**
 * The decisions behind `npm run provision`, without any CLI: what the app should be, and what differs.
 */
import { describe, expect, it } from 'vitest';
import {
  findApp,
  grantChange,
  identifierUrisAfter,
  redirectUrisToAdd,
  scopesBeyondWanted,
  scopesNeedingAdminConsent,
  scopesToAdd,
  wantedApp,
  type AppPermission,
  type AppRegistration,
} from '../../src/deploy/provisionPlan';

const APP: AppRegistration = {
  id: '11111111-1111-4111-8111-111111111111',
  appId: '22222222-2222-4222-8222-222222222222',
  displayName: 'SharePoint Embedded Permission Matrix',
};
const settings = {
  tabUrl: new URL('https://tab.contoso.example/spe/'),
  clientName: 'SharePoint Embedded Permission Matrix',
  scopeMode: 'selected' as const,
  names: false,
  cloud: 'global' as const,
};
const graphDelegated = (...names: string[]): AppPermission[] =>
  names.map((permission) => ({
    resourceId: '00000003-0000-0000-c000-000000000000',
    permission,
    type: 'Delegated',
  }));

describe('the wanted app', () => {
  it('has the tab’s redirect bridge and the Teams broker as SPA redirect URIs, and the manifest’s resource', () => {
    const wanted = wantedApp(settings);
    // The tab's bridge page sits beside its index (src/hosts/teams/startApp.tsx).
    expect(wanted.redirectUris).toEqual([
      'https://tab.contoso.example/spe/auth.html',
      'brk-multihub://tab.contoso.example',
    ]);
    expect(wanted.identifierUri(APP.appId)).toBe(`api://tab.contoso.example/${APP.appId}`);
    expect(wanted.delegatedScopes).toEqual([
      'https://graph.microsoft.com/FileStorageContainerTypeReg.Selected',
    ]);
    expect(scopesNeedingAdminConsent(wanted)).toEqual([]);
  });

  it('asks for .Manage.All and the directory scope only when told to, in the cloud’s Graph', () => {
    const wanted = wantedApp({ ...settings, scopeMode: 'manageAll', names: true, cloud: 'china' });
    expect(wanted.delegatedScopes).toEqual([
      'https://microsoftgraph.chinacloudapi.cn/FileStorageContainerTypeReg.Manage.All',
      'https://microsoftgraph.chinacloudapi.cn/Application.Read.All',
    ]);
    expect(scopesNeedingAdminConsent(wanted)).toEqual([
      'FileStorageContainerTypeReg.Manage.All',
      'Application.Read.All',
    ]);
  });
});

describe('what differs', () => {
  const wanted = wantedApp(settings);

  it('finds the app by name regardless of case, and fails closed on two of the same name', () => {
    expect(findApp([APP], 'sharepoint embedded permission matrix ')).toEqual({ type: 'one', app: APP });
    expect(findApp([APP], 'Other')).toEqual({ type: 'none' });
    expect(findApp([APP, { ...APP, appId: 'b' }], APP.displayName)).toEqual({
      type: 'many',
      appIds: [APP.appId, 'b'],
    });
  });

  it('adds only missing redirect URIs and keeps every other Application ID URI', () => {
    const app = {
      ...APP,
      spa: { redirectUris: ['brk-multihub://tab.contoso.example'] },
      identifierUris: ['api://legacy'],
    };
    expect(redirectUrisToAdd(wanted, app)).toEqual(['https://tab.contoso.example/spe/auth.html']);
    expect(identifierUrisAfter(wanted, app)).toEqual([
      'api://legacy',
      `api://tab.contoso.example/${APP.appId}`,
    ]);
    expect(
      identifierUrisAfter(wanted, { ...app, identifierUris: [`api://tab.contoso.example/${APP.appId}`] }),
    ).toBeUndefined();
    expect(redirectUrisToAdd(wanted, { ...APP, spa: { redirectUris: [...wanted.redirectUris] } })).toEqual(
      [],
    );
  });

  it('adds missing scopes and names, never removes, the ones this mode does not use', () => {
    expect(scopesToAdd(wanted, graphDelegated('User.Read'))).toEqual([
      'https://graph.microsoft.com/FileStorageContainerTypeReg.Selected',
    ]);
    expect(scopesToAdd(wanted, graphDelegated('filestoragecontainertypereg.selected'))).toEqual([]);
    // The same name for another API is not Graph's.
    expect(
      scopesToAdd(wanted, [
        { resourceId: 'other', permission: 'FileStorageContainerTypeReg.Selected', type: 'Delegated' },
      ]),
    ).toHaveLength(1);
    expect(
      scopesBeyondWanted(
        wanted,
        graphDelegated(
          'FileStorageContainerTypeReg.Selected',
          'FileStorageContainerTypeReg.Manage.All',
          'User.Read',
        ),
      ),
    ).toEqual(['FileStorageContainerTypeReg.Manage.All']);
  });

  it('adds a consent grant, extends the one that exists keeping its scopes, or leaves it', () => {
    const names = wantedApp({ ...settings, names: true });
    expect(grantChange([], 'graph-sp', names)).toEqual({
      type: 'add',
      scope: 'FileStorageContainerTypeReg.Selected Application.Read.All',
    });
    const grant = {
      id: '-abc',
      consentType: 'AllPrincipals',
      resourceId: 'graph-sp',
      scope: 'User.Read FileStorageContainerTypeReg.Selected',
    };
    expect(grantChange([grant], 'graph-sp', names)).toEqual({
      type: 'extend',
      grantId: '-abc',
      scope: 'User.Read FileStorageContainerTypeReg.Selected Application.Read.All',
    });
    expect(grantChange([grant], 'graph-sp', wanted)).toEqual({ type: 'none' });
    // A user's own consent, or a grant to another API, is not the tenant-wide grant to Graph.
    expect(
      grantChange(
        [
          { ...grant, consentType: 'Principal' },
          { ...grant, resourceId: 'other' },
        ],
        'graph-sp',
        wanted,
      ),
    ).toEqual({
      type: 'add',
      scope: 'FileStorageContainerTypeReg.Selected',
    });
  });
});
