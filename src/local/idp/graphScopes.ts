/** Graph scopes as the sign-in service reads them from a `scope` parameter. */

export const GRAPH_AUDIENCE = 'https://graph.microsoft.com';
export const GRAPH_SCOPE_PREFIX = `${GRAPH_AUDIENCE}/`;
/** `/.default`: every permission the app's registration lists (graph-api.md §6). */
export const GRAPH_DEFAULT_SCOPE = `${GRAPH_SCOPE_PREFIX}.default`;
export const OIDC_SCOPES: readonly string[] = ['openid', 'profile', 'offline_access', 'email'];

/** The Graph scopes of a scope parameter, by short name (`https://graph.microsoft.com/X` → `X`). */
export function shortGraphScopes(scope: string): string[] {
  return scope
    .split(' ')
    .filter((value) => value.startsWith(GRAPH_SCOPE_PREFIX))
    .map((value) => value.slice(GRAPH_SCOPE_PREFIX.length));
}

export function asksForDefault(scope: string): boolean {
  return scope.split(' ').includes(GRAPH_DEFAULT_SCOPE);
}
