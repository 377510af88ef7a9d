import { describe, expect, it } from 'vitest';
import { tokenFactsOf } from '../../src/auth/tokenFacts';

const SPE_ADMIN = '1a7d78b6-429f-476b-b8eb-35fb715fffd4';
const GLOBAL_ADMIN = '62e90394-69f5-4237-9190-012177145e10';

/** An unsigned JWT with this payload (the signature is not the auth layer's to check). */
function jwt(payload: Record<string, unknown>): string {
  const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(payload)}.c2lnbmF0dXJl`;
}

describe('the claims Check my access reads from the access token', () => {
  it('reads scp as scopes and wids as role ids, with names in any script', () => {
    const token = jwt({
      scp: 'FileStorageContainerTypeReg.Selected Application.Read.All',
      wids: [SPE_ADMIN],
      name: 'Алексей Δ ✓',
    });
    expect(tokenFactsOf(token)).toEqual({
      scopes: ['FileStorageContainerTypeReg.Selected', 'Application.Read.All'],
      roleIds: [SPE_ADMIN],
    });
  });

  it('an empty scp is no scope at all, not “the token does not say”', () => {
    expect(tokenFactsOf(jwt({ scp: '', wids: [] }))).toEqual({ scopes: [], roleIds: [] });
  });

  it('takes the roles from the ID token when the access token lists none', () => {
    expect(tokenFactsOf(jwt({ scp: 'x' }), { wids: [GLOBAL_ADMIN] }).roleIds).toEqual([GLOBAL_ADMIN]);
    expect(tokenFactsOf(jwt({ scp: 'x' }), {}).roleIds).toBeUndefined();
  });

  it('gives no facts for a token it cannot read, and never throws', () => {
    for (const token of ['opaque-token', 'a.%%%.b', `a.${Buffer.from('[1]').toString('base64url')}.b`, '']) {
      expect(tokenFactsOf(token)).toEqual({ scopes: undefined, roleIds: undefined });
    }
  });
});
