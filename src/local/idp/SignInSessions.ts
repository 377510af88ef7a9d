/**
 * What the sign-in service remembers between requests: who is signed in (its session cookie, here one
 * for the whole stack), the authorization codes it handed out and the refresh tokens it issued.
 */
import { randomBytes } from 'node:crypto';
import type { ProfileName } from '../demoTenant';

const CODE_LIFETIME_MS = 5 * 60 * 1000;

export interface PendingCode {
  readonly clientId: string;
  readonly redirectUri: string;
  readonly scope: string;
  readonly nonce?: string;
  readonly codeChallenge?: string;
  readonly profile: ProfileName;
}

export interface RefreshGrant {
  readonly clientId: string;
  readonly profile: ProfileName;
  readonly scope: string;
}

export class SignInSessions {
  /** Who signs in next without a click (set by `/__local/profile` or the last sign-in). */
  public signedIn: ProfileName | undefined;
  private readonly codes = new Map<string, PendingCode & { readonly expiresAt: number }>();
  private readonly refreshTokens = new Map<string, RefreshGrant>();

  public reset(): void {
    this.signedIn = undefined;
    this.codes.clear();
    this.refreshTokens.clear();
  }

  public issueCode(pending: PendingCode): string {
    const code = randomBytes(24).toString('base64url');
    this.codes.set(code, { ...pending, expiresAt: Date.now() + CODE_LIFETIME_MS });
    return code;
  }

  /** The code's request, once: a code is used at most one time, and not after it expired. */
  public redeemCode(code: string): PendingCode | undefined {
    const pending = this.codes.get(code);
    this.codes.delete(code);
    return pending === undefined || pending.expiresAt < Date.now() ? undefined : pending;
  }

  public issueRefreshToken(grant: RefreshGrant): string {
    const token = randomBytes(32).toString('base64url');
    this.refreshTokens.set(token, grant);
    return token;
  }

  public refreshGrant(token: string): RefreshGrant | undefined {
    return this.refreshTokens.get(token);
  }
}
