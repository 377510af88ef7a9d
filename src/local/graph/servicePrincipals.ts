/** `GET /servicePrincipals?$filter=appId eq '<id>'`: display names for app ids (needs a directory scope). */
import type { LocalResponse } from '../http';
import { GraphProblem } from './requestContext';
import type { RouteInput } from './route';

export function listServicePrincipals(input: RouteInput): LocalResponse {
  const appId = /^appId eq '([^']+)'$/.exec(input.query.get('$filter') ?? '')?.[1];
  if (appId === undefined) {
    throw new GraphProblem(400, 'BadRequest', "Only $filter=appId eq '<id>' is supported here.");
  }
  const name = input.service.store.displayName(appId);
  return input.ctx.json(200, { value: name === undefined ? [] : [{ appId, displayName: name }] });
}
