import { describe, expect, it } from 'vitest';
import { appNamesAfterFailure, initialAppNames } from '../../src/core/appNames';

describe('when to ask for the directory scope', () => {
  it('tries silently for an admin role, and when the token does not say (no wids claim)', () => {
    expect(initialAppNames('has_role')).toEqual({ status: { type: 'checking' }, trySilently: true });
    expect(initialAppNames('unknown')).toEqual({ status: { type: 'checking' }, trySilently: true });
  });

  it('does not ask on its own when the token shows no admin role, and says so', () => {
    expect(initialAppNames('missing_role')).toEqual({
      status: { type: 'missing', reason: 'role' },
      trySilently: false,
    });
  });
});

describe('why names are missing after a directory token request failed', () => {
  it('names a missing consent, whichever way the sign-in service said it', () => {
    // Entra's silent answer (invalid_grant + consent_required, kept as the sub-error) and NAA's.
    expect(appNamesAfterFailure({ reason: 'interaction_required', code: 'consent_required' })).toEqual({
      type: 'missing',
      reason: 'no_consent',
    });
    // The interactive answer when the tenant has not consented.
    expect(appNamesAfterFailure({ reason: 'failed', code: 'consent_required' })).toEqual({
      type: 'missing',
      reason: 'no_consent',
    });
  });

  it('offers the button when a click is needed or the admin closed the window', () => {
    expect(appNamesAfterFailure({ reason: 'interaction_required', code: 'interaction_required' })).toEqual({
      type: 'missing',
      reason: 'not_requested',
    });
    expect(appNamesAfterFailure({ reason: 'cancelled', code: 'user_cancelled' })).toEqual({
      type: 'missing',
      reason: 'not_requested',
    });
  });

  it('says the token could not be had for anything else', () => {
    expect(appNamesAfterFailure({ reason: 'failed', code: 'popup_window_error' })).toEqual({
      type: 'missing',
      reason: 'token_failed',
    });
    expect(appNamesAfterFailure({ reason: 'failed' })).toEqual({ type: 'missing', reason: 'token_failed' });
  });
});
