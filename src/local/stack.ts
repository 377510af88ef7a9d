/**
 * The local stack on one HTTPS origin: the IdP under `/idp`, the Graph emulator under `/graph`, the
 * control API under `/__local` (controlApi.ts), guest apps' vendor pages under `/vendor`, and static
 * pages (the tab at `/`, the Teams host simulator at `/host`, the SharePoint page stand-in at `/spfx`).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { ensureCertificate } from './certificate';
import { createControlApi } from './controlApi';
import { seedTenant, type TenantState } from './demoTenant';
import { defaultFaults, defaultServiceSettings, type FaultSettings, type ServiceSettings } from './faults';
import { generateTenant, type TenantChoice } from './generatedTenant';
import { GraphEmulator } from './graph/GraphEmulator';
import { hostileTenant } from './hostileTenant';
import { graphError } from './graphErrors';
import { corsHeaders, htmlEscape, lowerCaseHeaders, readBody, send, withFrameAncestorsSelf } from './http';
import { LocalIdentityProvider } from './idp';
import { TenantStore } from './store';
import { vendorPage } from './vendorPage';

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

  const control = createControlApi({
    origin: () => origin,
    idp,
    faults,
    settings,
    store,
    emulator,
    tenant: () => tenant,
    switchTenant: (choice) => {
      // Another tenant is other data: the store starts again from its seed.
      tenant = choice;
      store.reset(seedOf(choice));
    },
    resetAll,
  });

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
    if (vendorPage(idp, response, url)) return;
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
