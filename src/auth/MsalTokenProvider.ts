/**
 * Tokens for the Graph client from MSAL: silent first; interactive only when MSAL says interaction is
 * required (popup, or redirect when popups are blocked). One interactive request at a time, whoever
 * asks. Errors say why a token is unavailable, never what a token was.
 */
import {
  BrowserAuthError,
  BrowserAuthErrorCodes,
  InteractionRequiredAuthError,
  type AccountInfo,
  type AuthenticationResult,
  type IPublicClientApplication,
} from '@azure/msal-browser';

export type MsalClient = Pick<
  IPublicClientApplication,
  | 'acquireTokenSilent'
  | 'acquireTokenPopup'
  | 'acquireTokenRedirect'
  | 'ssoSilent'
  | 'getActiveAccount'
  | 'getAllAccounts'
  | 'setActiveAccount'
  | 'logoutPopup'
>;

export interface AuthLogger {
  info(message: string, details?: Readonly<Record<string, unknown>>): void;
  warn(message: string, details?: Readonly<Record<string, unknown>>): void;
}

export const TOKEN_UNAVAILABLE_REASONS = [
  'interaction_required', // silent sign-in is not possible: the user has to act (a click)
  'cancelled', // the user closed the sign-in window
  'redirecting', // popups are blocked: the page is navigating to sign in
  'failed', // anything else MSAL reported (its error code is kept)
] as const;
export type TokenUnavailableReason = (typeof TOKEN_UNAVAILABLE_REASONS)[number];

export class TokenUnavailableError extends Error {
  public readonly reason: TokenUnavailableReason;
  /** MSAL's error code, for support (never a token or a claim). */
  public readonly msalErrorCode?: string;

  public constructor(reason: TokenUnavailableReason, msalErrorCode?: string) {
    super(`No access token: ${reason}${msalErrorCode ? ` (${msalErrorCode})` : ''}`);
    this.name = 'TokenUnavailableError';
    // The SPFx build targets ES5, where extending Error breaks `instanceof` unless the prototype is reset.
    Object.setPrototypeOf(this, TokenUnavailableError.prototype);
    this.reason = reason;
    this.msalErrorCode = msalErrorCode;
  }
}

export interface MsalTokenProviderOptions {
  readonly client: MsalClient;
  readonly scopes: readonly string[];
  /** The signed-in user's name from the host (Teams context, SharePoint page), for silent sign-in. */
  readonly loginHint?: string;
  /** Nested app auth: the host's broker knows the account, so silent calls need none. */
  readonly nested?: boolean;
  readonly logger?: AuthLogger;
  /**
   * When the popup is blocked, sign in with a redirect (default). Off for a request that is not worth
   * leaving the page for (the directory scope for app names).
   */
  readonly redirectFallback?: boolean;
  /**
   * Where the sign-out popup comes back to (the sign-in redirect page, registered with Entra), so that
   * MSAL hears the sign-out finished and closes it.
   */
  readonly postLogoutRedirectUri?: string;
}

function errorCodeOf(error: unknown): string | undefined {
  const { errorCode, subError } = (error ?? {}) as { errorCode?: unknown; subError?: unknown };
  // Entra answers a missing consent as `invalid_grant` with the sub-error `consent_required`: the
  // sub-error is the part that says why.
  if (subError === 'consent_required') return subError;
  return typeof errorCode === 'string' ? errorCode : undefined;
}

function needsInteraction(error: unknown): boolean {
  return (
    error instanceof InteractionRequiredAuthError ||
    errorCodeOf(error) === BrowserAuthErrorCodes.noAccountError ||
    (error instanceof TokenUnavailableError && error.reason === 'interaction_required')
  );
}

/** What the Graph client's auth provider needs (`AuthenticationProvider` has the same shape). */
export interface TokenProvider {
  getAccessToken(): Promise<string>;
}

export class MsalTokenProvider implements TokenProvider {
  private readonly client: MsalClient;
  private readonly scopes: string[];
  private readonly loginHint?: string;
  private readonly nested: boolean;
  private readonly logger?: AuthLogger;
  private readonly redirectFallback: boolean;
  private interactive: Promise<AuthenticationResult> | undefined;
  private readonly postLogoutRedirectUri?: string;

  public constructor(options: MsalTokenProviderOptions) {
    this.client = options.client;
    this.scopes = [...options.scopes];
    this.loginHint = options.loginHint;
    this.nested = options.nested ?? false;
    this.postLogoutRedirectUri = options.postLogoutRedirectUri;
    this.logger = options.logger;
    this.redirectFallback = options.redirectFallback ?? true;
  }

  public account(): AccountInfo | undefined {
    return this.client.getActiveAccount() ?? this.client.getAllAccounts()[0] ?? undefined;
  }

  public hasAccount(): boolean {
    return this.account() !== undefined;
  }

  /** The ID token claims of the signed-in account (`tid`, `name`, `preferred_username`, `wids`). */
  public claims(): Readonly<Record<string, unknown>> | undefined {
    return this.account()?.idTokenClaims;
  }

  /** For the Graph client: silent, then interactive when MSAL asks for it. */
  public async getAccessToken(): Promise<string> {
    try {
      return await this.getAccessTokenSilently();
    } catch (error) {
      if (!needsInteraction(error)) throw error;
      return (await this.interact()).accessToken;
    }
  }

  /** Silent only: a `TokenUnavailableError('interaction_required')` when the user has to act. */
  public async getAccessTokenSilently(): Promise<string> {
    const account = this.account();
    try {
      let result: AuthenticationResult;
      if (account !== undefined || this.nested) {
        result = await this.client.acquireTokenSilent({
          scopes: this.scopes,
          ...(account === undefined ? {} : { account }),
        });
      } else if (this.loginHint !== undefined) {
        result = await this.client.ssoSilent({ scopes: this.scopes, loginHint: this.loginHint });
      } else {
        throw new TokenUnavailableError('interaction_required');
      }
      this.remember(result);
      return result.accessToken;
    } catch (error) {
      if (needsInteraction(error)) {
        this.logger?.info('Silent sign-in needs interaction', { code: errorCodeOf(error) });
        throw error instanceof TokenUnavailableError
          ? error
          : new TokenUnavailableError('interaction_required', errorCodeOf(error));
      }
      throw this.unavailable(error);
    }
  }

  /**
   * A new token from the sign-in service, not the cache: after an admin granted consent, the cached
   * token still lacks the new permission.
   */
  public async renewToken(): Promise<void> {
    const account = this.account();
    const result = await this.client.acquireTokenSilent({
      scopes: this.scopes,
      forceRefresh: true,
      ...(account === undefined ? {} : { account }),
    });
    this.remember(result);
  }

  /** Interactive sign-in (a popup; a redirect when popups are blocked). */
  /**
   * Ends the session with the identity provider (its sign-out page, in a popup) and forgets the
   * account here; the next sign-in asks who. Not for nested app auth: there the account is the host's.
   */
  public async signOut(): Promise<void> {
    const account = this.account();
    await this.client.logoutPopup({
      ...(account === undefined ? {} : { account }),
      ...(this.postLogoutRedirectUri === undefined
        ? {}
        : { postLogoutRedirectUri: this.postLogoutRedirectUri }),
    });
    this.client.setActiveAccount(null);
  }

  /** A popup in which the admin picks an account (`select_account`); the tokens are then theirs. */
  public async switchAccount(): Promise<AccountInfo> {
    const result = await this.client.acquireTokenPopup({ scopes: this.scopes, prompt: 'select_account' });
    this.remember(result);
    return result.account;
  }

  public async signIn(): Promise<AccountInfo> {
    const result = await this.interact();
    return result.account;
  }

  private interact(): Promise<AuthenticationResult> {
    // Two callers needing interaction at once share one popup.
    this.interactive ??= this.popupOrRedirect().finally(() => {
      this.interactive = undefined;
    });
    return this.interactive;
  }

  private async popupOrRedirect(): Promise<AuthenticationResult> {
    const account = this.account();
    const hint = account?.username ?? this.loginHint;
    try {
      const result = await this.client.acquireTokenPopup({
        scopes: this.scopes,
        ...(account === undefined ? {} : { account }),
        ...(hint === undefined ? {} : { loginHint: hint }),
      });
      this.remember(result);
      return result;
    } catch (error) {
      const code = errorCodeOf(error);
      if (
        this.redirectFallback &&
        error instanceof BrowserAuthError &&
        (code === BrowserAuthErrorCodes.popupWindowError || code === BrowserAuthErrorCodes.emptyWindowError)
      ) {
        this.logger?.warn('The sign-in popup was blocked; signing in with a redirect', { code });
        await this.client.acquireTokenRedirect({
          scopes: this.scopes,
          ...(hint === undefined ? {} : { loginHint: hint }),
        });
        throw new TokenUnavailableError('redirecting', code);
      }
      throw this.unavailable(error);
    }
  }

  private remember(result: AuthenticationResult): void {
    if (
      result.account !== null &&
      this.client.getActiveAccount()?.homeAccountId !== result.account.homeAccountId
    ) {
      this.client.setActiveAccount(result.account);
    }
  }

  private unavailable(error: unknown): TokenUnavailableError {
    if (error instanceof TokenUnavailableError) return error;
    const code = errorCodeOf(error);
    const reason: TokenUnavailableReason =
      code === BrowserAuthErrorCodes.userCancelled ? 'cancelled' : 'failed';
    this.logger?.warn('No access token', { reason, code });
    return new TokenUnavailableError(reason, code);
  }
}
