/**
 * One Graph request through the `Client` the host gave us, answered as status + headers + body.
 * `ResponseType.RAW` keeps every status in our hands (the mapping to error codes, `Retry-After`,
 * `request-id`); only a request that got no answer at all throws, already as a `GraphError`.
 */
import { type Client, ResponseType } from '@microsoft/microsoft-graph-client';
import { GraphError } from './errors';
import { CLIENT_REQUEST_ID_HEADER, PREFER_HEADER } from './graphOptions';

export type HttpMethod = 'GET' | 'PUT' | 'PATCH' | 'POST' | 'DELETE';

export interface GraphCall {
  readonly method: HttpMethod;
  /** Absolute URL (the repository joins its base URL and a path from `graphPaths`). */
  readonly url: string;
  readonly body?: unknown;
  /**
   * Sent as the `client-request-id` header (a write's own id, for its receipt); without it the graph
   * client's telemetry handler makes one up that this tool never learns.
   */
  readonly clientRequestId?: string;
}

export interface GraphAnswer {
  readonly status: number;
  /** Lower-case header names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

/** The error names MSAL-based token providers throw when no token can be had without the user. */
const TOKEN_ERROR_NAMES = new Set([
  'TokenUnavailableError',
  'InteractionRequiredAuthError',
  'BrowserAuthError',
  'AuthError',
]);

/** How long one request may go unanswered before it counts as a time-out (its outcome is unknown). */
export const REQUEST_TIMEOUT_MS = 60_000;

export async function sendGraphRequest(
  client: Client,
  call: GraphCall,
  signal: AbortSignal | undefined,
  timeoutMs: number = REQUEST_TIMEOUT_MS,
): Promise<GraphAnswer> {
  if (signal?.aborted) throw new GraphError({ code: 'cancelled' });
  // One signal for the caller's cancel and the time-out, so a hung request ends either way.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCancel = (): void => controller.abort();
  signal?.addEventListener('abort', onCancel, { once: true });
  const request = client
    .api(call.url)
    .responseType(ResponseType.RAW)
    .headers(
      call.clientRequestId === undefined
        ? { ...PREFER_HEADER }
        : { ...PREFER_HEADER, [CLIENT_REQUEST_ID_HEADER]: call.clientRequestId },
    )
    .option('signal', controller.signal);
  try {
    let response: Response;
    try {
      switch (call.method) {
        case 'GET':
          response = (await request.get()) as Response;
          break;
        case 'PUT':
          response = (await request.put(call.body)) as Response;
          break;
        case 'PATCH':
          response = (await request.patch(call.body)) as Response;
          break;
        case 'POST':
          response = (await request.post(call.body)) as Response;
          break;
        case 'DELETE':
          response = (await request.delete()) as Response;
          break;
      }
    } catch (error) {
      throw noAnswerError(error, signal, timedOut);
    }
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name.toLowerCase()] = value;
    });
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      // The connection dropped while the body was on its way: the request may or may not have applied.
      throw noAnswerError(error, signal, timedOut);
    }
    return { status: response.status, headers, body: parseBody(text) };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCancel);
  }
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * No HTTP answer: cancelled by the caller, no token, or the network. The graph client wraps the
 * original error and keeps its `name` as `code`; the original message is not kept, since a token
 * library's message is not ours to show (and must never leak a token).
 */
function noAnswerError(error: unknown, signal: AbortSignal | undefined, timedOut: boolean): GraphError {
  if (error instanceof GraphError) return error;
  const name = errorName(error);
  if (timedOut) return new GraphError({ code: 'timeout' });
  if (signal?.aborted || name === 'AbortError') return new GraphError({ code: 'cancelled' });
  if (TOKEN_ERROR_NAMES.has(name)) return new GraphError({ code: 'token_expired' });
  return new GraphError({ code: 'network' });
}

function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const record = error as { code?: unknown; name?: unknown };
  // The graph client's own GraphError carries the wrapped error's name in `code`.
  if (typeof record.code === 'string' && record.code !== '') return record.code;
  return typeof record.name === 'string' ? record.name : '';
}
