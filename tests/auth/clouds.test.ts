import { describe, expect, it } from 'vitest';
import { cloudEndpoints } from '../../src/auth/clouds';
import {
  buildAdminConsentUrl,
  buildBackupOnboardingUrl,
  parseAdminConsentRedirect,
} from '../../src/auth/consent';
import { roleFromClaims } from '../../src/auth/roles';
import { graphScopes } from '../../src/auth/scopes';

const CLIENT = '71392b2f-1765-406e-86af-5907d9bdb2ab';
const TENANT = '4f2c9b1e-8a3d-4e6f-b5c7-2d1e0f9a8b76';
const REDIRECT = 'https://tab.contoso.com/auth.html';

describe('clouds (graph-api.md §6)', () => {
  it.each([
    ['global', 'https://login.microsoftonline.com', 'https://graph.microsoft.com'],
    ['usGovL4', 'https://login.microsoftonline.us', 'https://graph.microsoft.us'],
    ['usGovL5', 'https://login.microsoftonline.us', 'https://dod-graph.microsoft.us'],
    ['china', 'https://login.partner.microsoftonline.cn', 'https://microsoftgraph.chinacloudapi.cn'],
  ] as const)('%s signs in at %s and calls %s', (cloud, login, graph) => {
    expect(cloudEndpoints(cloud)).toEqual({
      loginHost: login,
      graphHost: graph,
      graphResource: graph,
      knownAuthorities: [],
      graphCustomHosts: [],
      appHosts: expect.arrayContaining([expect.stringMatching(/^https:\/\/[*a-z0-9.-]+$/)]) as unknown,
    });
  });

  it('the local stack is a fifth cloud on one origin, accepting the global Graph resource', () => {
    expect(cloudEndpoints('local', 'https://localhost:4443')).toEqual({
      loginHost: 'https://localhost:4443/idp',
      graphHost: 'https://localhost:4443/graph',
      graphResource: 'https://graph.microsoft.com',
      knownAuthorities: ['localhost:4443'],
      graphCustomHosts: ['localhost'],
      // The Teams host simulator frames the tab from the stack's own origin.
      appHosts: ['https://localhost:4443'],
    });
    expect(() => cloudEndpoints('local')).toThrow(/origin/);
  });
});

describe('scopes', () => {
  it('asks for the least-privileged scope by default, Manage.All only when configured', () => {
    expect(graphScopes({ cloud: 'global', scopeMode: 'selected' })).toEqual([
      'https://graph.microsoft.com/FileStorageContainerTypeReg.Selected',
    ]);
    expect(graphScopes({ cloud: 'usGovL5', scopeMode: 'manageAll' })).toEqual([
      'https://dod-graph.microsoft.us/FileStorageContainerTypeReg.Manage.All',
    ]);
  });
});

describe('admin consent', () => {
  it.each([
    [
      'global',
      `https://login.microsoftonline.com/${TENANT}/v2.0/adminconsent?client_id=${CLIENT}&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&redirect_uri=https%3A%2F%2Ftab.contoso.com%2Fauth.html&state=s1`,
    ],
    [
      'usGovL4',
      `https://login.microsoftonline.us/${TENANT}/v2.0/adminconsent?client_id=${CLIENT}&scope=https%3A%2F%2Fgraph.microsoft.us%2F.default&redirect_uri=https%3A%2F%2Ftab.contoso.com%2Fauth.html&state=s1`,
    ],
    [
      'usGovL5',
      `https://login.microsoftonline.us/${TENANT}/v2.0/adminconsent?client_id=${CLIENT}&scope=https%3A%2F%2Fdod-graph.microsoft.us%2F.default&redirect_uri=https%3A%2F%2Ftab.contoso.com%2Fauth.html&state=s1`,
    ],
    [
      'china',
      `https://login.partner.microsoftonline.cn/${TENANT}/v2.0/adminconsent?client_id=${CLIENT}&scope=https%3A%2F%2Fmicrosoftgraph.chinacloudapi.cn%2F.default&redirect_uri=https%3A%2F%2Ftab.contoso.com%2Fauth.html&state=s1`,
    ],
  ] as const)('builds the %s consent link for the consuming tenant', (cloud, expected) => {
    expect(
      buildAdminConsentUrl({ cloud, tenant: TENANT, clientId: CLIENT, redirectUri: REDIRECT, state: 's1' }),
    ).toBe(expected);
  });

  it('points the local cloud at the local IdP and refuses "common"', () => {
    expect(
      buildAdminConsentUrl({
        cloud: 'local',
        localOrigin: 'https://localhost:4443',
        tenant: TENANT,
        clientId: CLIENT,
        redirectUri: REDIRECT,
        state: 'x',
      }),
    ).toMatch(new RegExp(`^https://localhost:4443/idp/${TENANT}/v2\\.0/adminconsent\\?`));
    expect(() =>
      buildAdminConsentUrl({
        cloud: 'global',
        tenant: 'common',
        clientId: CLIENT,
        redirectUri: REDIRECT,
        state: 'x',
      }),
    ).toThrow(/not "common"/);
  });

  it('reads the success and error redirects, checking state', () => {
    expect(
      parseAdminConsentRedirect(`${REDIRECT}?admin_consent=True&tenant=${TENANT}&scope=x&state=s1`, 's1'),
    ).toEqual({
      outcome: 'granted',
      tenant: TENANT,
    });
    expect(
      parseAdminConsentRedirect(
        `${REDIRECT}?admin_consent=True&error=consent_required&error_description=AADSTS65004%3A+declined&state=s1`,
        's1',
      ),
    ).toEqual({ outcome: 'denied', error: 'consent_required', description: 'AADSTS65004: declined' });
    expect(parseAdminConsentRedirect(`${REDIRECT}?admin_consent=True&state=other`, 's1')).toEqual({
      outcome: 'state_mismatch',
    });
    expect(parseAdminConsentRedirect(`${REDIRECT}?code=abc`, 's1')).toEqual({
      outcome: 'not_a_consent_response',
    });
  });

  it('builds the backup onboarding link on the common endpoint', () => {
    expect(
      buildBackupOnboardingUrl({ cloud: 'global', clientId: CLIENT, redirectUri: REDIRECT, state: 'b' }),
    ).toBe(
      `https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=${CLIENT}&response_type=code&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&redirect_uri=https%3A%2F%2Ftab.contoso.com%2Fauth.html&state=b`,
    );
  });

  it('leaves the reply URL to the guest app when the tool cannot know it', () => {
    expect(buildBackupOnboardingUrl({ cloud: 'usGovL4', clientId: CLIENT })).toBe(
      `https://login.microsoftonline.us/common/oauth2/v2.0/authorize?client_id=${CLIENT}&response_type=code&scope=https%3A%2F%2Fgraph.microsoft.us%2F.default`,
    );
  });
});

describe('roles from wids', () => {
  it('is a hint: unknown without the claim, has_role for SPE or Global Administrator', () => {
    expect(roleFromClaims(undefined)).toBe('unknown');
    expect(roleFromClaims({ name: 'x' })).toBe('unknown');
    expect(roleFromClaims({ wids: ['1A7D78B6-429F-476B-B8EB-35FB715FFFD4'] })).toBe('has_role');
    expect(roleFromClaims({ wids: ['62e90394-69f5-4237-9190-012177145e10'] })).toBe('has_role');
    expect(roleFromClaims({ wids: ['f28a1f50-f6e7-4571-818b-6a12f2af6b6c'] })).toBe('missing_role');
    expect(roleFromClaims({ wids: [] })).toBe('missing_role');
  });
});
