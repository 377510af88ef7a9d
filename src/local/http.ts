/** Small HTTP helpers shared by the IdP, the Graph emulator and the control API. */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request as the emulator handles it, whether it came over HTTP or inside a `$batch`. */
export interface LocalRequest {
  readonly method: string;
  /** Path and query, e.g. `/storage/fileStorage/containerTypeRegistrations?$top=2`. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string | undefined;
}

export interface LocalResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

/**
 * Graph's request size limit: 4 MB. Graph's error reference gives 413 "The request size exceeds the
 * maximum limit" without a figure (microsoft-graph-docs `concepts/errors.md`); the figure is a Graph
 * maintainer's answer ("Microsoft Graph currently has a 4MB limit", microsoftgraph/aspnet-snippets-sample
 * issue #18) and matches the 4 MB pieces the docs ask for in upload sessions (`attachment-createuploadsession`).
 */
export const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** A request body, or `tooLarge` past MAX_BODY_BYTES. */
export type RequestBody = { readonly text: string } | { readonly tooLarge: true };

/**
 * Reads the whole body even when it is too large (the rest is counted, not kept): stopping early would
 * reset the connection under a client that is still sending, and it would never see the 413.
 */
export async function readBody(request: IncomingMessage): Promise<RequestBody> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size <= MAX_BODY_BYTES) chunks.push(buffer);
  }
  return size > MAX_BODY_BYTES ? { tooLarge: true } : { text: Buffer.concat(chunks).toString('utf8') };
}

export function lowerCaseHeaders(request: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

export function send(response: ServerResponse, local: LocalResponse): void {
  // Strings and bytes (static files) go out as they are; anything else is JSON.
  const body =
    local.body === undefined
      ? undefined
      : typeof local.body === 'string' || local.body instanceof Uint8Array
        ? local.body
        : JSON.stringify(local.body);
  const headers = { ...local.headers };
  if (body !== undefined && headers['content-type'] === undefined)
    headers['content-type'] = 'application/json';
  response.writeHead(local.status, headers);
  response.end(body);
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  send(response, {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers },
    body,
  });
}

/** Browser origins the stack answers with CORS: only this machine's. */
export function allowedOrigin(origin: string | undefined): string | undefined {
  if (origin === undefined) return undefined;
  try {
    const url = new URL(origin);
    return url.hostname === 'localhost' || url.hostname === '127.0.0.1' ? origin : undefined;
  } catch {
    return undefined;
  }
}

export function corsHeaders(request: IncomingMessage): Record<string, string> {
  const origin = allowedOrigin(request.headers.origin);
  if (origin === undefined) return {};
  return {
    'access-control-allow-origin': origin,
    vary: 'Origin',
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
    // The Graph client sends Retry-Attempt, client-request-id, SdkVersion, Prefer…: allow what is asked.
    'access-control-allow-headers':
      request.headers['access-control-request-headers'] ??
      'authorization, content-type, client-request-id, retry-attempt, sdkversion, prefer, featureflag, cache-control',
    'access-control-expose-headers': 'Retry-After, ETag, request-id, client-request-id, Location',
    'access-control-max-age': '600',
  };
}

/**
 * The first field of a control API body that is not in `accepted`, as a problem text naming it and the
 * accepted ones; `undefined` when every field is known. A misspelt field would otherwise be ignored
 * and the test that sent it would pass for the wrong reason.
 */
export function unknownFieldProblem(
  input: Readonly<Record<string, unknown>>,
  accepted: readonly string[],
  what = 'field',
): string | undefined {
  const unknown = Object.keys(input).find((key) => !accepted.includes(key));
  if (unknown === undefined) return undefined;
  if (accepted.length === 0) return `Unknown ${what} "${unknown}": this endpoint takes no fields.`;
  const last = accepted[accepted.length - 1] ?? '';
  const use = accepted.length === 1 ? last : `${accepted.slice(0, -1).join(', ')} or ${last}`;
  return `Unknown ${what} "${unknown}": use ${use}.`;
}

/**
 * What the stack's own pages send with an HTML response that must not be framed by another site (the
 * Teams host simulator, the IdP's pages): clickjacking a signed-in simulator would drive it.
 */
export const FRAME_ANCESTORS_SELF = "frame-ancestors 'self'";

/** `headers` with `frame-ancestors 'self'` added to their Content Security Policy (kept if there is one). */
export function withFrameAncestorsSelf(
  headers: Readonly<Record<string, string>> = {},
): Record<string, string> {
  const name = Object.keys(headers).find((key) => key.toLowerCase() === 'content-security-policy');
  const policy = name === undefined ? undefined : headers[name];
  const rest = Object.fromEntries(Object.entries(headers).filter(([key]) => key !== name));
  if (policy !== undefined && /(^|;)\s*frame-ancestors\s/i.test(policy)) return { ...headers };
  return {
    ...rest,
    'content-security-policy':
      policy === undefined || policy.trim() === ''
        ? FRAME_ANCESTORS_SELF
        : `${policy.trim().replace(/;$/, '')}; ${FRAME_ANCESTORS_SELF}`,
  };
}

export function htmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
