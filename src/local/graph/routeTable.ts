/**
 * Every resource the emulator serves, in one table that direct requests and `$batch` sub-requests
 * both go through, so the two can never answer differently.
 */
import { deleteGrant, getGrant, listGrants, writeGrant } from './grants';
import {
  deleteRegistration,
  getRegistration,
  listRegistrations,
  registerContainerType,
  updateRegistration,
} from './registrations';
import { GraphProblem } from './requestContext';
import { GUID, type Route } from './route';
import { listServicePrincipals } from './servicePrincipals';

const REGISTRATIONS = ['storage', 'fileStorage', 'containerTypeRegistrations'];
const REGISTRATION = [...REGISTRATIONS, '{registrationId}'];
const GRANTS = [...REGISTRATION, 'applicationPermissionGrants'];
const GRANT = [...GRANTS, '{appId}'];

export const ROUTES: readonly Route[] = [
  { method: 'GET', path: REGISTRATIONS, needs: 'registrations', handle: listRegistrations },
  { method: 'GET', path: REGISTRATION, needs: 'registrations', handle: getRegistration },
  { method: 'PUT', path: REGISTRATION, needs: 'registrations', handle: registerContainerType },
  { method: 'PATCH', path: REGISTRATION, needs: 'registrations', handle: updateRegistration },
  { method: 'DELETE', path: REGISTRATION, needs: 'registrations', handle: deleteRegistration },
  { method: 'GET', path: GRANTS, needs: 'registrations', handle: listGrants },
  { method: 'GET', path: GRANT, needs: 'registrations', handle: getGrant },
  { method: 'PUT', path: GRANT, needs: 'registrations', handle: writeGrant },
  { method: 'PATCH', path: GRANT, needs: 'registrations', handle: writeGrant },
  { method: 'DELETE', path: GRANT, needs: 'registrations', handle: deleteGrant },
  { method: 'GET', path: ['servicePrincipals'], needs: 'directory', handle: listServicePrincipals },
];

const PARAMETER_NAMES: Readonly<Record<string, string>> = {
  registrationId: 'container type id',
  appId: 'appId',
};

function matchPath(
  pattern: readonly string[],
  segments: readonly string[],
): Record<string, string> | undefined {
  if (pattern.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of pattern.entries()) {
    const segment = segments[index] ?? '';
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    if (name !== undefined) params[name] = segment;
    else if (part !== segment) return undefined;
  }
  return params;
}

export interface RouteMatch {
  readonly route: Route;
  readonly params: Readonly<Record<string, string>>;
}

/** The route for a method and path: 400 for a path Graph does not have, 405 for a method it does not allow. */
export function findRoute(method: string, segments: readonly string[]): RouteMatch {
  let pathExists = false;
  for (const route of ROUTES) {
    const params = matchPath(route.path, segments);
    if (params === undefined) continue;
    pathExists = true;
    if (route.method === method) return { route, params };
  }
  if (pathExists)
    throw new GraphProblem(405, 'methodNotAllowed', 'The method is not allowed on this resource.');
  const known = ROUTES.map((route) => route.path);
  const depth = segments.findIndex(
    (segment, index) => !known.some((path) => path[index] === segment || /^\{\w+\}$/.test(path[index] ?? '')),
  );
  throw new GraphProblem(
    400,
    'BadRequest',
    `Resource not found for the segment '${segments[depth < 0 ? segments.length - 1 : depth] ?? ''}'.`,
  );
}

/** Path parameters are GUIDs (container type ids and app ids). */
export function checkParameters(params: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(params)) {
    if (!GUID.test(value)) {
      throw new GraphProblem(
        400,
        'invalidRequest',
        `The ${PARAMETER_NAMES[name] ?? name} '${value}' is not a valid GUID.`,
      );
    }
  }
}
