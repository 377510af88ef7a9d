/** Choices a deployment makes that every layer reads (graph, auth, editor, hosts). */

/** `.Selected` reaches only registrations owned by the calling app; `.Manage.All` reaches all. */
export type ScopeMode = 'selected' | 'manageAll';

export type GraphVersion = 'v1.0' | 'beta';
