/**
 * The two claims "Check my access" shows (`scp`, `wids`), read from the access token here in the auth
 * layer, so the token itself never reaches the editor, a log or an error text.
 *
 * Why read an access token at all: the scopes it carries are what Graph judges; MSAL's list of scopes is
 * the request echoed back. Microsoft does not promise that Graph's access tokens stay readable JWTs, so a
 * token that cannot be read gives no facts ("the token does not say"), never a guess.
 */
import type { TokenFacts } from '../core/myAccess';
import { roleIdsFromClaims } from './roles';

function payloadOf(token: string): Record<string, unknown> | undefined {
  const part = token.split('.')[1];
  if (part === undefined) return undefined;
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const binary = atob(base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '='));
    const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof payload === 'object' && payload !== null && !Array.isArray(payload)
      ? (payload as Record<string, unknown>)
      : undefined;
  } catch {
    // Not a JWT (an encrypted or opaque token): no facts, and nothing about the token is kept.
    return undefined;
  }
}

/**
 * `scp` and `wids` of an access token. The roles fall back to the ID token's claims (where the tool's
 * role hint comes from) when the access token lists none.
 */
export function tokenFactsOf(
  accessToken: string,
  idTokenClaims?: Readonly<Record<string, unknown>>,
): TokenFacts {
  const payload = payloadOf(accessToken);
  const scp = payload?.scp;
  return {
    roleIds: roleIdsFromClaims(payload) ?? roleIdsFromClaims(idTokenClaims),
    scopes: typeof scp === 'string' ? scp.split(' ').filter((scope) => scope !== '') : undefined,
  };
}
