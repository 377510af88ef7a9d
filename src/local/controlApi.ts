/**
 * The control API under `/__local/`: what the tests, the benchmarks and the simulator pages change or
 * read of the stack (tokens, the signed-in profile, faults, settings, consent, a reset). JSON in and
 * out; a mistake is a Graph-shaped 400, like the emulator's; state changes only for this machine.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { APP_REGISTRATIONS, appRegistration } from './appRegistrations';
import { isProfileName, PROFILES, type ProfileName, type TenantState } from './demoTenant';
import { armFaults, updateServiceSettings, type FaultSettings, type ServiceSettings } from './faults';
import { readTenantChoice, type TenantChoice } from './generatedTenant';
import type { GraphEmulator, LoggedRequest } from './graph/GraphEmulator';
import { GraphProblem } from './graph/requestContext';
import { graphError } from './graphErrors';
import { lowerCaseHeaders, readBody, send, sendJson, unknownFieldProblem } from './http';
import type { LocalIdentityProvider } from './idp';
import { etagOf, type TenantStore } from './store';

export interface ControlApiDeps {
  readonly origin: () => string;
  readonly idp: LocalIdentityProvider;
  readonly faults: FaultSettings;
  readonly settings: ServiceSettings;
  readonly store: TenantStore;
  readonly emulator: GraphEmulator;
  /** The tenant the stack serves now; switching starts the store again from that tenant's seed. */
  readonly tenant: () => TenantChoice;
  readonly switchTenant: (choice: TenantChoice) => void;
  readonly resetAll: () => void;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The fields each control endpoint that takes a body accepts (`/__local/settings`: faults.ts). */
const TOKEN_FIELDS = ['profile', 'clientId', 'scopes', 'expiresInSeconds', 'idToken', 'nonce'] as const;
const PROFILE_FIELDS = ['profile'] as const;
const CONSENT_FIELDS = ['clientId', 'scopes', 'appRoles'] as const;
const CONSENT_RESET_FIELDS = ['clientId'] as const;

/**
 * Why a control call that changes state is refused, or `undefined` when it may go ahead. Any site can
 * make a browser POST here (a form, a `no-cors` fetch), but only with a form or text content type and
 * its own `Origin`; a JSON content type from another site needs a CORS preflight, which the control
 * API never answers. So only this machine's pages and tools (which send no `Origin`) reset the tenant
 * or wipe a `--data` file.
 */
function controlWriteProblem(request: IncomingMessage, origin: string): GraphProblem | undefined {
  const from = request.headers.origin;
  if (from !== undefined && from !== origin) {
    return new GraphProblem(
      403,
      'accessDenied',
      `The control API changes state only for pages of ${origin}; this request came from ${from}.`,
    );
  }
  const type = request.headers['content-type'];
  if ((type ?? '').split(';')[0]?.trim().toLowerCase() !== 'application/json') {
    return new GraphProblem(
      415,
      'UnsupportedMediaType',
      `The control API takes Content-Type: application/json, not ${type === undefined ? 'none' : type}.`,
    );
  }
  return undefined;
}

const problem = (status: number, code: string, message: string): GraphProblem =>
  new GraphProblem(status, code, message);

async function jsonBody(request: IncomingMessage): Promise<Record<string, unknown>> {
  const read = await readBody(request);
  if ('tooLarge' in read) throw problem(413, 'RequestEntityTooLarge', 'The request body is too large.');
  if (read.text.trim() === '') return {};
  let input: unknown;
  try {
    input = JSON.parse(read.text);
  } catch {
    throw problem(400, 'BadRequest', 'The request body is not valid JSON.');
  }
  if (!isRecord(input)) throw problem(400, 'BadRequest', 'The request body must be a JSON object.');
  return input;
}

function known(input: Record<string, unknown>, accepted: readonly string[]): Record<string, unknown> {
  const unknown = unknownFieldProblem(input, accepted);
  if (unknown !== undefined) throw problem(400, 'BadRequest', unknown);
  return input;
}

/** A list of permission names, or `undefined` when left out; anything else is refused. */
function permissionNames(input: Record<string, unknown>, field: string): string[] | undefined {
  const value = input[field];
  if (value === undefined) return undefined;
  if (
    !Array.isArray(value) ||
    !value.every((item) => typeof item === 'string' && /^[A-Za-z][\w-]*(\.[\w-]+)*$/.test(item))
  ) {
    throw problem(
      400,
      'BadRequest',
      `"${field}" must be a list of Microsoft Graph permission names, e.g. ["FileStorageContainerTypeReg.Selected"].`,
    );
  }
  return value as string[];
}

export function createControlApi(
  deps: ControlApiDeps,
): (request: IncomingMessage, response: ServerResponse, url: URL) => Promise<void> {
  const { idp, faults, settings, store, emulator } = deps;
  const settingsView = (): unknown => ({ ...settings, tenant: deps.tenant() });

  return async (request, response, url) => {
    const route = `${request.method ?? ''} ${url.pathname}`;
    const body = (): Promise<Record<string, unknown>> => jsonBody(request);
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        const refused = controlWriteProblem(request, deps.origin());
        if (refused !== undefined) {
          // Read to the end all the same, so the sender sees the answer rather than a reset connection.
          await readBody(request);
          throw refused;
        }
      }
      switch (route) {
        case 'POST /__local/token': {
          const input = known(await body(), TOKEN_FIELDS);
          if (!isProfileName(input.profile)) {
            throw problem(
              400,
              'BadRequest',
              'Unknown profile: use spe-admin, global-admin, no-role, no-scope or manage-all.',
            );
          }
          const clientId = typeof input.clientId === 'string' ? input.clientId : undefined;
          const scopes = Array.isArray(input.scopes)
            ? input.scopes.filter((scope): scope is string => typeof scope === 'string')
            : undefined;
          // A scope the tenant never consented to fails alone, as Entra's token endpoint answers it.
          const consent =
            scopes === undefined
              ? undefined
              : idp.consentFailure(input.profile, scopes, clientId ?? PROFILES[input.profile].appId);
          if (consent !== undefined) return sendJson(response, 400, consent);
          const token = await idp.accessToken(input.profile, {
            expiresInSeconds: typeof input.expiresInSeconds === 'number' ? input.expiresInSeconds : undefined,
            clientId,
            scopes,
          });
          return sendJson(response, 200, {
            access_token: token,
            token_type: 'Bearer',
            expires_in:
              typeof input.expiresInSeconds === 'number'
                ? input.expiresInSeconds
                : faults.idp.accessTokenLifetimeSeconds,
            // `idToken: true`: also an ID token for the calling app, as the Teams host simulator's broker returns.
            ...(input.idToken === true
              ? {
                  id_token: await idp.idToken(
                    PROFILES[input.profile],
                    clientId ?? PROFILES[input.profile].appId,
                    typeof input.nonce === 'string' ? input.nonce : undefined,
                  ),
                }
              : {}),
          });
        }
        case 'GET /__local/profiles':
          return sendJson(response, 200, {
            tenantId: idp.tenantId,
            profiles: profilesForClients(idp.tenantId),
          });
        case 'POST /__local/profile': {
          const input = known(await body(), PROFILE_FIELDS);
          if (input.profile !== null && !isProfileName(input.profile)) {
            throw problem(400, 'BadRequest', 'Unknown profile.');
          }
          idp.selectProfile(input.profile === null ? undefined : input.profile);
          return sendJson(response, 200, { profile: input.profile });
        }
        case 'GET /__local/consent':
          return sendJson(response, 200, { grants: idp.consents.list() });
        case 'POST /__local/consent': {
          // What the consent page records when an admin accepts, without the page (tests, demos).
          const input = known(await body(), CONSENT_FIELDS);
          const app = typeof input.clientId === 'string' ? appRegistration(input.clientId) : undefined;
          if (app === undefined) {
            throw problem(
              400,
              'BadRequest',
              `"clientId" must be an app of the demo directory: ${APP_REGISTRATIONS.map((known) => `${known.appId} (${known.displayName})`).join(', ')}.`,
            );
          }
          const scopes = permissionNames(input, 'scopes');
          const appRoles = permissionNames(input, 'appRoles');
          const whole = scopes === undefined && appRoles === undefined;
          const grant = idp.consents.grant(
            app,
            {
              delegatedScopes: whole ? app.delegatedScopes : (scopes ?? []),
              appRoles: whole ? app.appRoles : (appRoles ?? []),
            },
            'control API',
          );
          return sendJson(response, 200, grant);
        }
        case 'POST /__local/consent/reset': {
          const input = known(await body(), CONSENT_RESET_FIELDS);
          if (input.clientId !== undefined && typeof input.clientId !== 'string') {
            throw problem(
              400,
              'BadRequest',
              '"clientId" must be an app (client) id; leave it out to reset all.',
            );
          }
          return sendJson(response, 200, { reset: idp.consents.reset(input.clientId) });
        }
        case 'POST /__local/faults': {
          const error = armFaults(faults, await body());
          if (error !== undefined) throw problem(400, 'BadRequest', error);
          return sendJson(response, 200, faults);
        }
        case 'GET /__local/faults':
          return sendJson(response, 200, faults);
        case 'POST /__local/settings': {
          const { tenant: tenantInput, ...service } = await body();
          const choice = tenantInput === undefined ? undefined : readTenantChoice(tenantInput);
          if (typeof choice === 'object' && 'problem' in choice)
            throw problem(400, 'BadRequest', choice.problem);
          const error = updateServiceSettings(settings, service);
          if (error !== undefined) throw problem(400, 'BadRequest', error);
          if (choice !== undefined) deps.switchTenant(choice);
          return sendJson(response, 200, settingsView());
        }
        case 'GET /__local/settings':
          return sendJson(response, 200, settingsView());
        case 'POST /__local/reset':
          known(await body(), []);
          deps.resetAll();
          return sendJson(response, 200, { reset: true });
        case 'GET /__local/state':
          return sendJson(response, 200, stateForClients(store.snapshot()));
        case 'GET /__local/requests':
          return sendJson(response, 200, { requests: emulator.requests as readonly LoggedRequest[] });
        default:
          throw problem(404, 'itemNotFound', `No control endpoint ${route}`);
      }
    } catch (error) {
      if (!(error instanceof GraphProblem)) throw error;
      return send(
        response,
        graphError(error.status, error.code, error.message, lowerCaseHeaders(request)['client-request-id']),
      );
    }
  };
}

/** `/__local/profiles`: who can sign in, for the Teams host simulator's context (no tokens, no scopes). */
function profilesForClients(tenantId: string): unknown[] {
  return (Object.keys(PROFILES) as ProfileName[]).map((name) => {
    const { displayName, upn, oid } = PROFILES[name];
    return { name, displayName, upn, oid, tenantId };
  });
}

/** `/__local/state`: registrations with their grants and wire etags, as the emulator stores them. */
function stateForClients(state: TenantState): unknown {
  return {
    registrations: state.registrations.map(({ version, ...registration }) => ({
      ...registration,
      etag: etagOf(version),
    })),
    containerTypes: state.containerTypes,
  };
}
