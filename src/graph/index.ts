export { createGraphClient, type GraphClientOptions } from './createGraphClient';
export { GraphError, GRAPH_ERROR_CODES, type GraphErrorCode } from './errors';
export {
  DEFAULT_RETRY_POLICY,
  MAX_BATCH_SIZE,
  type GraphVersion,
  type RetryPolicy,
  type ScopeMode,
  type UserRole,
} from './graphOptions';
export {
  GraphRegistrationRepository,
  type DirectoryReads,
  type GraphRegistrationRepositoryOptions,
} from './GraphRegistrationRepository';
export type * from './RegistrationRepository';
