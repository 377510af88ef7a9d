/** The delegated Graph scopes the tool asks for: least privilege unless configured otherwise. */
import { cloudEndpoints } from './clouds';
import type { AuthConfig } from './config';

export function graphScopes(config: Pick<AuthConfig, 'cloud' | 'localOrigin' | 'scopeMode'>): string[] {
  const { graphResource } = cloudEndpoints(config.cloud, config.localOrigin);
  const permission =
    config.scopeMode === 'manageAll'
      ? 'FileStorageContainerTypeReg.Manage.All'
      : 'FileStorageContainerTypeReg.Selected';
  return [`${graphResource}/${permission}`];
}
