/** The delegated Graph scopes the tool asks for: least privilege unless configured otherwise. */
import { cloudEndpoints } from './clouds';
import type { AuthConfig } from './config';
import { DIRECTORY_SCOPE, REGISTRATION_SCOPES } from '../core/myAccess';

export function graphScopes(config: Pick<AuthConfig, 'cloud' | 'localOrigin' | 'scopeMode'>): string[] {
  const { graphResource } = cloudEndpoints(config.cloud, config.localOrigin);
  return [`${graphResource}/${REGISTRATION_SCOPES[config.scopeMode]}`];
}

/**
 * The directory read scope for app names, asked for on its own (incremental consent): never part of
 * `graphScopes`, so signing in and the registrations never wait for, or fail on, a consent that only
 * names need. Application.Read.All is the least-privileged delegated scope that reads service principals.
 */
export function directoryScopes(config: Pick<AuthConfig, 'cloud' | 'localOrigin'>): string[] {
  const { graphResource } = cloudEndpoints(config.cloud, config.localOrigin);
  return [`${graphResource}/${DIRECTORY_SCOPE}`];
}
