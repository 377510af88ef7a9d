/** The local identity provider (an Entra-like OpenID Connect provider for the demo tenant). */
export { LocalIdentityProvider, type TokenOptions } from './LocalIdentityProvider';
export { GRAPH_AUDIENCE } from './graphScopes';
export {
  CONSENT_CHECKED_SCOPES,
  type ConsentFailure,
  type ConsentGrant,
  type GraphPermissions,
} from './TenantConsents';
