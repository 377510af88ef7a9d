/**
 * Whether the matrix can show app names, and why not. Names need a directory read scope
 * (Application.Read.All) that is asked for on its own, after sign-in and never folded into the
 * registration scope: silently when the role allows it, else when the admin chooses "Show app names".
 * Pure decisions; the host performs the token requests.
 */
import type { UserRole } from './deployment';

export type AppNamesMissingReason =
  /** Not asked for yet, or the silent request needs a click: "Show app names" asks. */
  | 'not_requested'
  /** The tenant has not consented to the directory scope for this app. */
  | 'no_consent'
  /** The token shows no admin role, so the tool does not ask on its own. */
  | 'role'
  /** A directory token was at hand, but the directory refused or failed the lookup. */
  | 'lookup_failed'
  /** The sign-in service failed for another reason (kept in the log). */
  | 'token_failed';

export type AppNamesStatus =
  | { readonly type: 'checking' }
  /** A directory token is at hand: names are looked up. */
  | { readonly type: 'shown' }
  | { readonly type: 'missing'; readonly reason: AppNamesMissingReason };

/** Why a directory token request did not give a token (the token provider's reason and MSAL's code). */
export interface DirectoryTokenFailure {
  readonly reason: 'interaction_required' | 'cancelled' | 'redirecting' | 'failed';
  readonly code?: string;
}

/** Error codes with which Entra ID (and MSAL relaying it) says the scope was never consented. */
const CONSENT_CODES: ReadonlySet<string> = new Set(['consent_required']);

/** The status before any directory request, and whether to make the silent one. */
export function initialAppNames(role: UserRole): {
  readonly status: AppNamesStatus;
  readonly trySilently: boolean;
} {
  // "Unknown" (no `wids` claim) is not "missing": the silent request cannot prompt, so it is safe to try.
  return role === 'missing_role'
    ? { status: { type: 'missing', reason: 'role' }, trySilently: false }
    : { status: { type: 'checking' }, trySilently: true };
}

/** The status after a directory token request failed (silent or interactive). */
export function appNamesAfterFailure(failure: DirectoryTokenFailure): AppNamesStatus {
  if (failure.code !== undefined && CONSENT_CODES.has(failure.code)) {
    return { type: 'missing', reason: 'no_consent' };
  }
  switch (failure.reason) {
    case 'interaction_required':
    case 'cancelled':
      return { type: 'missing', reason: 'not_requested' };
    case 'redirecting':
    case 'failed':
      return { type: 'missing', reason: 'token_failed' };
  }
}
