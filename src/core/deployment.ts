/** Choices a deployment makes that every layer reads (graph, auth, editor, hosts). */

/** `.Selected` reaches only registrations owned by the calling app; `.Manage.All` reaches all. */
export type ScopeMode = 'selected' | 'manageAll';

export type GraphVersion = 'v1.0' | 'beta';

/**
 * Whether the signed-in admin holds SharePoint Embedded Administrator or Global Administrator, as far
 * as the token's `wids` claim tells: a hint for explaining a 403 early; the service stays the judge.
 */
export type UserRole = 'has_role' | 'missing_role' | 'unknown';
