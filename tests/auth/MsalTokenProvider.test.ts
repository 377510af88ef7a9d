import {
  BrowserAuthError,
  InteractionRequiredAuthError,
  type AccountInfo,
  type AuthenticationResult,
  type IPublicClientApplication,
} from '@azure/msal-browser';
import { describe, expect, it, vi } from 'vitest';
import { createPublicClient, type PublicClientFactories } from '../../src/auth/createPublicClient';
import { MsalTokenProvider, TokenUnavailableError, type MsalClient } from '../../src/auth/MsalTokenProvider';

const SCOPES = ['https://graph.microsoft.com/FileStorageContainerTypeReg.Selected'];
const SECRET_TOKEN = 'eyJhbGciOi.secret-access-token.sig';

const account: AccountInfo = {
  homeAccountId: 'oid.tid',
  localAccountId: 'oid',
  environment: 'login.microsoftonline.com',
  tenantId: 'tid',
  username: 'megan@contoso.onmicrosoft.com',
  idTokenClaims: { tid: 'tid', wids: ['1a7d78b6-429f-476b-b8eb-35fb715fffd4'] },
};

function result(token = SECRET_TOKEN): AuthenticationResult {
  return { accessToken: token, account } as AuthenticationResult;
}

/** A narrow fake of the MSAL client slice the provider depends on. */
function fakeClient(
  overrides: Partial<Record<keyof MsalClient, unknown>> = {},
  signedIn = true,
): MsalClient & {
  active: AccountInfo | null;
} {
  const fake = {
    active: signedIn ? account : null,
    getActiveAccount: vi.fn(() => fake.active),
    getAllAccounts: vi.fn(() => (fake.active ? [fake.active] : [])),
    setActiveAccount: vi.fn((next: AccountInfo | null) => {
      fake.active = next;
    }),
    acquireTokenSilent: vi.fn(() => Promise.resolve(result())),
    acquireTokenPopup: vi.fn(() => Promise.resolve(result('from-popup'))),
    acquireTokenRedirect: vi.fn(() => Promise.resolve()),
    ssoSilent: vi.fn(() => Promise.resolve(result('from-sso'))),
    ...overrides,
  };
  return fake as unknown as MsalClient & { active: AccountInfo | null };
}

async function rejection(promise: Promise<unknown>): Promise<TokenUnavailableError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TokenUnavailableError) return error;
    throw error;
  }
  throw new Error('expected a TokenUnavailableError');
}

describe('MsalTokenProvider', () => {
  it('renews the token from the sign-in service, not the cache, after admin consent', async () => {
    const client = fakeClient();
    const provider = new MsalTokenProvider({ client, scopes: SCOPES });
    await provider.renewToken();
    expect(client.acquireTokenSilent).toHaveBeenCalledWith({ scopes: SCOPES, account, forceRefresh: true });
    expect(client.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it('returns a silent token for the signed-in account without any window', async () => {
    const client = fakeClient();
    const provider = new MsalTokenProvider({ client, scopes: SCOPES });
    expect(await provider.getAccessToken()).toBe(SECRET_TOKEN);
    expect(client.acquireTokenSilent).toHaveBeenCalledWith({ scopes: SCOPES, account });
    expect(client.acquireTokenPopup).not.toHaveBeenCalled();
    expect(provider.claims()).toEqual(account.idTokenClaims);
  });

  it('opens a popup only when MSAL says interaction is required', async () => {
    const client = fakeClient({
      acquireTokenSilent: vi.fn(() =>
        Promise.reject(new InteractionRequiredAuthError('interaction_required', 'test-correlation')),
      ),
    });
    const provider = new MsalTokenProvider({ client, scopes: SCOPES });
    expect(await provider.getAccessToken()).toBe('from-popup');
    expect(client.acquireTokenPopup).toHaveBeenCalledTimes(1);
  });

  it('silent-only calls report that the user has to act, and never open a window', async () => {
    const client = fakeClient({
      acquireTokenSilent: vi.fn(() =>
        Promise.reject(new InteractionRequiredAuthError('login_required', 'test-correlation')),
      ),
    });
    const provider = new MsalTokenProvider({ client, scopes: SCOPES });
    const error = await rejection(provider.getAccessTokenSilently());
    expect(error.reason).toBe('interaction_required');
    expect(error.name).toBe('TokenUnavailableError');
    expect(client.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it('falls back to a redirect when the popup is blocked', async () => {
    const client = fakeClient({
      acquireTokenSilent: vi.fn(() =>
        Promise.reject(new InteractionRequiredAuthError('interaction_required', 'test-correlation')),
      ),
      acquireTokenPopup: vi.fn(() =>
        Promise.reject(new BrowserAuthError('popup_window_error', 'test-correlation')),
      ),
    });
    const provider = new MsalTokenProvider({ client, scopes: SCOPES });
    const error = await rejection(provider.getAccessToken());
    expect(error.reason).toBe('redirecting');
    expect(client.acquireTokenRedirect).toHaveBeenCalledWith({ scopes: SCOPES, loginHint: account.username });
  });

  it('stays on the page when the popup is blocked and redirects are off (the directory scope)', async () => {
    const client = fakeClient({
      acquireTokenSilent: vi.fn(() =>
        Promise.reject(new InteractionRequiredAuthError('interaction_required', 'test-correlation')),
      ),
      acquireTokenPopup: vi.fn(() =>
        Promise.reject(new BrowserAuthError('popup_window_error', 'test-correlation')),
      ),
    });
    const provider = new MsalTokenProvider({ client, scopes: SCOPES, redirectFallback: false });
    const error = await rejection(provider.getAccessToken());
    expect(error).toMatchObject({ reason: 'failed', msalErrorCode: 'popup_window_error' });
    expect(client.acquireTokenRedirect).not.toHaveBeenCalled();
  });

  it('names a missing consent by Entra’s sub-error, not the generic invalid_grant', async () => {
    const client = fakeClient({
      acquireTokenSilent: vi.fn(() =>
        Promise.reject(
          new InteractionRequiredAuthError(
            'invalid_grant',
            'test-correlation',
            'AADSTS65001: not consented',
            'consent_required',
          ),
        ),
      ),
    });
    const provider = new MsalTokenProvider({ client, scopes: SCOPES });
    const error = await rejection(provider.getAccessTokenSilently());
    expect(error).toMatchObject({ reason: 'interaction_required', msalErrorCode: 'consent_required' });
    expect(client.acquireTokenPopup).not.toHaveBeenCalled();
  });

  it('says the user cancelled when the popup was closed', async () => {
    const client = fakeClient({
      acquireTokenPopup: vi.fn(() =>
        Promise.reject(new BrowserAuthError('user_cancelled', 'test-correlation')),
      ),
    });
    const provider = new MsalTokenProvider({ client, scopes: SCOPES });
    const error = await rejection(provider.signIn());
    expect(error.reason).toBe('cancelled');
    expect(client.acquireTokenRedirect).not.toHaveBeenCalled();
  });

  it('shares one popup between concurrent callers', async () => {
    let finish: (value: AuthenticationResult) => void = () => undefined;
    const client = fakeClient({
      acquireTokenSilent: vi.fn(() =>
        Promise.reject(new InteractionRequiredAuthError('interaction_required', 'test-correlation')),
      ),
      acquireTokenPopup: vi.fn(
        () =>
          new Promise<AuthenticationResult>((resolve) => {
            finish = resolve;
          }),
      ),
    });
    const provider = new MsalTokenProvider({ client, scopes: SCOPES });
    const both = Promise.all([provider.getAccessToken(), provider.getAccessToken()]);
    await vi.waitFor(() => expect(client.acquireTokenPopup).toHaveBeenCalled());
    finish(result('shared'));
    expect(await both).toEqual(['shared', 'shared']);
    expect(client.acquireTokenPopup).toHaveBeenCalledTimes(1);
  });

  it('signs in silently with the host’s login hint when there is no account yet', async () => {
    const client = fakeClient({}, false);
    const provider = new MsalTokenProvider({
      client,
      scopes: SCOPES,
      loginHint: 'megan@contoso.onmicrosoft.com',
    });
    expect(await provider.getAccessTokenSilently()).toBe('from-sso');
    expect(client.ssoSilent).toHaveBeenCalledWith({
      scopes: SCOPES,
      loginHint: 'megan@contoso.onmicrosoft.com',
    });
    expect(client.setActiveAccount).toHaveBeenCalledWith(account);
  });

  it('asks nested app auth for a token without an account (the host’s broker knows the user)', async () => {
    const client = fakeClient({}, false);
    const provider = new MsalTokenProvider({ client, scopes: SCOPES, nested: true });
    await provider.getAccessTokenSilently();
    expect(client.acquireTokenSilent).toHaveBeenCalledWith({ scopes: SCOPES });
  });

  it('never puts a token in an error or a log', async () => {
    const logged: string[] = [];
    const failure = new BrowserAuthError('post_request_failed', 'test-correlation');
    failure.message = `failed with ${SECRET_TOKEN}`;
    const client = fakeClient({ acquireTokenSilent: vi.fn(() => Promise.reject(failure)) });
    const provider = new MsalTokenProvider({
      client,
      scopes: SCOPES,
      logger: {
        info: (m, d) => logged.push(m + JSON.stringify(d)),
        warn: (m, d) => logged.push(m + JSON.stringify(d)),
      },
    });
    const error = await rejection(provider.getAccessToken());
    expect(error.reason).toBe('failed');
    expect(error.msalErrorCode).toBe('post_request_failed');
    expect(`${error.message} ${logged.join(' ')}`).not.toContain(SECRET_TOKEN);
  });
});

describe('createPublicClient', () => {
  const config = {
    clientId: '71392b2f-1765-406e-86af-5907d9bdb2ab',
    tenant: 'organizations',
    cloud: 'global' as const,
    scopeMode: 'selected' as const,
    graphVersion: 'v1.0' as const,
  };
  const standardClient = {
    handleRedirectPromise: vi.fn(() => Promise.resolve(null)),
  } as unknown as IPublicClientApplication;
  const nestedClient = {} as IPublicClientApplication;

  function factories(nestable: PublicClientFactories['nestable']): PublicClientFactories & {
    standard: ReturnType<typeof vi.fn>;
  } {
    return { standard: vi.fn(() => Promise.resolve(standardClient)), nestable };
  }

  it('uses nested app auth when the host answers', async () => {
    const made = factories(() => Promise.resolve(nestedClient));
    const created = await createPublicClient({
      config,
      defaultRedirectUri: 'https://tab/auth.html',
      preferNested: true,
      factories: made,
    });
    expect(created).toEqual({ client: nestedClient, kind: 'nested' });
    expect(made.standard).not.toHaveBeenCalled();
  });

  it('falls back to the standard client when the nested client never answers', async () => {
    const warnings: string[] = [];
    const made = factories(() => new Promise<IPublicClientApplication>(() => undefined));
    const created = await createPublicClient({
      config,
      defaultRedirectUri: 'https://tab/auth.html',
      preferNested: true,
      nestedTimeoutMs: 20,
      factories: made,
      logger: { info: () => undefined, warn: (message) => warnings.push(message) },
    });
    expect(created.kind).toBe('standard');
    expect(warnings[0]).toMatch(/did not answer in time/);
  });

  it('falls back to the standard client when nested app auth fails', async () => {
    const made = factories(() => Promise.reject(new Error('no bridge')));
    const created = await createPublicClient({
      config,
      defaultRedirectUri: 'https://tab/auth.html',
      preferNested: true,
      factories: made,
    });
    expect(created.kind).toBe('standard');
  });

  it('configures MSAL for the cloud, with its cache in memory, with the bridge page as redirect', async () => {
    const made = factories(() => Promise.resolve(nestedClient));
    await createPublicClient({
      config: { ...config, cloud: 'local', localOrigin: 'https://localhost:4443', tenant: 'tid' },
      defaultRedirectUri: 'https://localhost:4443/auth.html',
      preferNested: false,
      factories: made,
    });
    expect(made.standard).toHaveBeenCalledWith(
      expect.objectContaining({
        auth: {
          clientId: config.clientId,
          authority: 'https://localhost:4443/idp/tid',
          knownAuthorities: ['localhost:4443'],
          redirectUri: 'https://localhost:4443/auth.html',
        },
        cache: { cacheLocation: 'memoryStorage' },
      }),
    );
  });
});
