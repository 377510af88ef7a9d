/** The permission values the emulated service knows: ours, plus one it knows and this client does not. */
import { GRANTABLE_PERMISSIONS } from '../../core/permissions';
import { FUTURE_PERMISSION } from '../demoTenant';
import type { RequestContext } from './requestContext';

/** The same for every request for now (the request is where its preferences will be read). */
export function writablePermissions(ctx: RequestContext): readonly string[] {
  void ctx;
  return [...GRANTABLE_PERMISSIONS, FUTURE_PERMISSION];
}

export function presentPermissions(stored: readonly string[], ctx: RequestContext): string[] {
  void ctx;
  return [...stored];
}
