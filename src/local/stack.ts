/**
 * The local stack on one HTTPS origin: the IdP under `/idp`, the Graph emulator under `/graph`, the
 * control API under `/__local`, and static pages (the tab at `/`, the Teams host simulator at `/host`).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { ensureCertificate } from './certificate';
import { isProfileName, PROFILES, seedTenant, type ProfileName, type TenantState } from './demoTenant';
import {
  armFaults,
  defaultFaults,
  defaultServiceSettings,
  updateServiceSettings,
  type FaultSettings,
  type ServiceSettings,
} from './faults';
import { generateTenant, readTenantChoice, type TenantChoice } from './generatedTenant';
import { GraphEmulator, type LoggedRequest } from './graph/GraphEmulator';
import { hostileTenant } from './hostileTenant';
import { GraphProblem } from './graph/requestContext';
import { graphError } from './graphErrors';
import {
  corsHeaders,
  htmlEscape,
  lowerCaseHeaders,
  readBody,
  send,
  sendJson,
  unknownFieldProblem,
  withFrameAncestorsSelf,
} from './http';
import { LocalIdentityProvider } from './idp';
import { etagOf, TenantStore } from './store';

export interface StaticMount {
  /** URL prefix, e.g. `/` or `/host`. */
  readonly path: string;
  readonly dir: string;
  /** Extra response headers for a file (its path below `dir`, `/`-separated), given the stack's origin. */
  readonly headers?: (file: string, origin: string) => Readonly<Record<string, string>>;
}

/** An extra route; returns true when it answered. */
export type LocalRoute = (
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
) => boolean | Promise<boolean>;

export interface StackOptions {
  /** 0 picks a free port (tests). Default: `PORT` or 4443. */
  readonly port?: number;
  /** Keep the emulator's state in this JSON file (written atomically). */
  readonly dataFile?: string;
  readonly log?: (line: string) => void;
  readonly staticMounts?: readonly StaticMount[];
  readonly routes?: readonly LocalRoute[];
  readonly tlsDir?: string;
  /** The tenant the stack starts with and resets to: the demo tenant (default) or a generated one. */
  readonly tenant?: TenantChoice;
}

export interface LocalStack {
  readonly origin: string;
  readonly port: number;
  readonly tenantId: string;
  readonly certificatePath: string;
  close(): Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.zip': 'application/zip',
};

function placeholder(title: string, text: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${htmlEscape(title)}</title></head><body><main><h1>${htmlEscape(title)}</h1><p>${htmlEscape(text)}</p></main></body></html>`;
}

function seedOf(tenant: TenantChoice): () => TenantState {
  if (tenant === 'demo') return seedTenant;
  if (tenant === 'hostile') return hostileTenant;
  return () => generateTenant(tenant);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The fields each control endpoint that takes a body accepts (`/__local/settings`: faults.ts). */
const TOKEN_FIELDS = ['profile', 'clientId', 'scopes', 'expiresInSeconds', 'idToken', 'nonce'] as const;
const PROFILE_FIELDS = ['profile'] as const;

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

/** Serves a file below `dir`, never outside it; `index.html` for folders. */
function serveStatic(mount: StaticMount, url: URL, response: ServerResponse, origin: string): boolean {
  const prefix = mount.path.endsWith('/') ? mount.path : `${mount.path}/`;
  if (url.pathname !== mount.path && !url.pathname.startsWith(prefix)) return false;
  const root = resolve(mount.dir);
  let requested: string;
  try {
    requested = decodeURIComponent(url.pathname.slice(prefix.length - 1));
  } catch {
    return false;
  }
  let file = normalize(join(root, requested));
  if (file !== root && !file.startsWith(root + sep)) return false;
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) return false;
  send(response, {
    status: 200,
    headers: {
      ...mount.headers?.(relative(root, file).split(sep).join('/'), origin),
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    },
    body: readFileSync(file),
  });
  return true;
}

export async function startStack(options: StackOptions = {}): Promise<LocalStack> {
  const log = options.log ?? ((): void => undefined);
  const certificate = await ensureCertificate(options.tlsDir);
  const faults: FaultSettings = defaultFaults();
  const settings: ServiceSettings = defaultServiceSettings();
  const startTenant = options.tenant ?? 'demo';
  let tenant = startTenant;
  const store = new TenantStore(options.dataFile, seedOf(startTenant));
  const idp = new LocalIdentityProvider(faults);
  let origin = '';
  const emulator = new GraphEmulator({ store, faults, settings }, idp, () => origin, log);

  const resetAll = (): void => {
    tenant = startTenant;
    store.reset(seedOf(startTenant));
    idp.reset();
    Object.assign(faults, defaultFaults());
    delete faults.status;
    delete faults.latencyMs;
    delete faults.drop;
    delete faults.propagationDelayMs;
    Object.assign(settings, defaultServiceSettings());
    emulator.requests.length = 0;
  };

  const settingsView = (): unknown => ({ ...settings, tenant });

  /** The control API: JSON in and out; a mistake is a Graph-shaped 400, like the emulator's. */
  const control = async (request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> => {
    const route = `${request.method ?? ''} ${url.pathname}`;
    const problem = (status: number, code: string, message: string): GraphProblem =>
      new GraphProblem(status, code, message);
    const body = async (): Promise<Record<string, unknown>> => {
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
    };
    const known = (input: Record<string, unknown>, accepted: readonly string[]): Record<string, unknown> => {
      const unknown = unknownFieldProblem(input, accepted);
      if (unknown !== undefined) throw problem(400, 'BadRequest', unknown);
      return input;
    };
    try {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        const refused = controlWriteProblem(request, origin);
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
          const consent = scopes === undefined ? undefined : idp.consentFailure(input.profile, scopes);
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
          if (choice !== undefined) {
            // Another tenant is other data: the store starts again from its seed.
            tenant = choice;
            store.reset(seedOf(choice));
          }
          return sendJson(response, 200, settingsView());
        }
        case 'GET /__local/settings':
          return sendJson(response, 200, settingsView());
        case 'POST /__local/reset':
          known(await body(), []);
          resetAll();
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

  /** `/graph/<version>/<path>`, read from the request line as sent (see graph/resourcePath.ts). */
  const graph = async (request: IncomingMessage, response: ServerResponse, rawUrl: string): Promise<void> => {
    const cors = corsHeaders(request);
    if (request.method === 'OPTIONS') return send(response, { status: 204, headers: cors });
    const rest = rawUrl.slice('/graph/'.length);
    const end = rest.search(/[/?]/);
    const version = end < 0 ? rest : rest.slice(0, end);
    const path = end < 0 ? '/' : rest.startsWith('?', end) ? `/${rest.slice(end)}` : rest.slice(end);
    const headers = lowerCaseHeaders(request);
    const read =
      request.method === 'GET' || request.method === 'DELETE' ? { text: undefined } : await readBody(request);
    if ('tooLarge' in read) {
      const tooLarge = graphError(
        413,
        'RequestEntityTooLarge',
        'The request size exceeds the maximum limit (4 MB).',
        headers['client-request-id'],
      );
      return send(response, { ...tooLarge, headers: { ...tooLarge.headers, ...cors } });
    }
    const outcome = await emulator.handle(version, {
      method: request.method ?? 'GET',
      url: path,
      headers,
      body: read.text,
    });
    if ('drop' in outcome) {
      log(
        `dropped the connection of ${request.method ?? ''} /graph/${version}${path.split('?')[0] ?? ''} (fault)`,
      );
      // Drop mid-response: browsers silently resend a request whose reused connection closes before
      // any byte arrives, so the fault starts the answer and then cuts it, which nobody retries.
      response.writeHead(200, { ...cors, 'content-type': 'application/json' });
      response.write('{"responses":[', () => request.socket.destroy());
      return;
    }
    return send(response, { ...outcome, headers: { ...outcome.headers, ...cors } });
  };

  const mounts: StaticMount[] = [...(options.staticMounts ?? [])];
  const handler = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const rawUrl = request.url ?? '/';
    // The Graph path is read as sent: a URL parser would resolve `..` and `%2e%2e` before the emulator sees them.
    if (rawUrl.startsWith('/graph/')) return graph(request, response, rawUrl);
    let url: URL;
    try {
      url = new URL(rawUrl, origin);
    } catch {
      return send(response, { status: 400, headers: { 'content-type': 'text/plain' }, body: 'Bad request' });
    }
    if (url.pathname.startsWith('/idp/') && (await idp.handle(request, response, url, origin))) return;
    if (url.pathname.startsWith('/__local/')) return control(request, response, url);
    for (const route of options.routes ?? []) if (await route(request, response, url)) return;
    for (const mount of mounts) if (serveStatic(mount, url, response, origin)) return;
    if (url.pathname === '/host' || url.pathname === '/host/') {
      return send(response, {
        status: 200,
        headers: withFrameAncestorsSelf({ 'content-type': 'text/html; charset=utf-8' }),
        body: placeholder('Teams host simulator', 'The simulator page is not built yet.'),
      });
    }
    if (url.pathname === '/') {
      return send(response, {
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: placeholder(
          'SharePoint Embedded Permission Matrix',
          'The tab is not built yet: run npm run build.',
        ),
      });
    }
    send(response, { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not found' });
  };

  const server: Server = createServer(
    { key: certificate.keyPem, cert: certificate.certPem },
    (request, response) => {
      handler(request, response).catch((error: unknown) => {
        // A bug of the stack, never a client's mistake: answered in Graph's shape, logged, and the stack goes on.
        log(`error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        if (!response.headersSent) {
          send(response, graphError(500, 'generalException', 'The local stack failed to answer.'));
        } else response.destroy();
      });
    },
  );
  const port = options.port ?? Number(process.env.PORT ?? 4443);
  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, 'localhost', () => resolveListen());
  });
  const actualPort = (server.address() as AddressInfo).port;
  origin = `https://localhost:${actualPort}`;
  await idp.start(origin);
  return {
    origin,
    port: actualPort,
    tenantId: idp.tenantId,
    certificatePath: certificate.certPath,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
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
