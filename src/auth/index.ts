export {
  CLOUD_NAMES,
  SHAREPOINT_EMBEDDED_CLOUDS,
  cloudEndpoints,
  sharePointEmbeddedAvailable,
  type CloudEndpoints,
  type CloudName,
} from './clouds';
export {
  authConfigFromEnv,
  parseAuthConfig,
  type AuthConfig,
  type ConfigField,
  CONFIG_PROBLEM_CODES,
  type ConfigProblem,
  type ConfigProblemCode,
  type ParseAuthConfigResult,
} from './config';
export {
  ADMIN_CONSENT_STATE,
  buildAdminConsentUrl,
  buildBackupOnboardingUrl,
  parseAdminConsentRedirect,
  type AdminConsentOutcome,
} from './consent';
export {
  NESTED_CLIENT_TIMEOUT_MS,
  createPublicClient,
  msalConfiguration,
  type PublicClientFactories,
  type PublicClientKind,
} from './createPublicClient';
export {
  MsalTokenProvider,
  TOKEN_UNAVAILABLE_REASONS,
  TokenUnavailableError,
  type AuthLogger,
  type MsalClient,
  type TokenProvider,
  type TokenUnavailableReason,
} from './MsalTokenProvider';
export { GLOBAL_ADMINISTRATOR_ROLE_ID, SPE_ADMINISTRATOR_ROLE_ID, roleFromClaims } from './roles';
export { tokenFactsOf } from './tokenFacts';
export { directoryScopes, graphScopes } from './scopes';
