import { describe, expect, it, vi } from 'vitest';
import { TokenUnavailableError } from '../../../src/auth';
import { DirectoryNames, type DirectoryTokens } from '../../../src/hosts/shared/DirectoryNames';

const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

function tokens(
  silent: () => Promise<string>,
  interactive: () => Promise<string> = silent,
): DirectoryTokens & {
  silent: ReturnType<typeof vi.fn>;
  interactive: ReturnType<typeof vi.fn>;
} {
  const silentMock = vi.fn(silent);
  const interactiveMock = vi.fn(interactive);
  return {
    silent: silentMock,
    interactive: interactiveMock,
    getAccessTokenSilently: silentMock,
    getAccessToken: interactiveMock,
  };
}

const consentMissing = (): Promise<string> =>
  Promise.reject(new TokenUnavailableError('interaction_required', 'consent_required'));

describe('the directory scope for app names', () => {
  it('is had silently for an admin whose tenant consented: names are looked up, no click', async () => {
    const source = tokens(async () => 'directory token');
    const names = new DirectoryNames(source, 'has_role', logger);
    expect(names.status()).toEqual({ type: 'checking' });
    expect(names.available()).toBe(false);
    await settle();
    expect(names.status()).toEqual({ type: 'shown' });
    expect(names.available()).toBe(true);
    expect(source.interactive).not.toHaveBeenCalled();
  });

  it('never prompts on its own: a missing consent is said, and no lookup is allowed', async () => {
    const source = tokens(consentMissing);
    const names = new DirectoryNames(source, 'has_role', logger);
    await settle();
    expect(names.status()).toEqual({ type: 'missing', reason: 'no_consent' });
    expect(names.available()).toBe(false);
    expect(source.interactive).not.toHaveBeenCalled();
  });

  it('asks interactively, for the directory scope alone, when the admin chooses Show app names', async () => {
    const source = tokens(
      () => Promise.reject(new TokenUnavailableError('interaction_required', 'interaction_required')),
      async () => 'directory token',
    );
    const names = new DirectoryNames(source, 'has_role', logger);
    const heard = vi.fn();
    names.subscribe(heard);
    await settle();
    expect(names.status()).toEqual({ type: 'missing', reason: 'not_requested' });
    await names.request();
    expect(source.interactive).toHaveBeenCalledTimes(1);
    expect(names.status()).toEqual({ type: 'shown' });
    expect(heard).toHaveBeenCalled();
  });

  it('does not ask on its own for a user the token shows without an admin role', async () => {
    const source = tokens(async () => 'directory token');
    const names = new DirectoryNames(source, 'missing_role', logger);
    await settle();
    expect(source.silent).not.toHaveBeenCalled();
    expect(names.status()).toEqual({ type: 'missing', reason: 'role' });
  });

  it('says a lookup failed once the directory refused one made with the token', async () => {
    const names = new DirectoryNames(
      tokens(async () => 'directory token'),
      'unknown',
      logger,
    );
    await settle();
    names.lookupFailed();
    expect(names.status()).toEqual({ type: 'missing', reason: 'lookup_failed' });
    expect(names.available()).toBe(false);
  });
});
