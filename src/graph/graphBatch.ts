/**
 * Graph JSON batching (`POST /$batch`, graph-api.md §10): any number of sub-requests, packed into
 * batches of at most 20, each answered on its own. Sub-requests may address different registrations.
 * Throttled sub-requests (429 / 503) are sent again after the longest `Retry-After` among them, within
 * the operation's retry budget. When a batch gets no usable answer, nothing more is sent: its own
 * sub-requests have an unknown outcome (they may have been applied), later ones were never sent.
 */
import { GraphError } from './errors';
import { CLIENT_REQUEST_ID_HEADER, MAX_BATCH_SIZE } from './graphOptions';
import type { GraphAnswer, GraphCall, HttpMethod } from './graphTransport';
import { isThrottled, retryAfterSeconds } from './mapGraphFailure';
import type { RetryBudget } from './retry';

export interface BatchRequest {
  readonly method: HttpMethod;
  /** Relative to the version root (a path from `graphPaths`). */
  readonly url: string;
  readonly body?: unknown;
  /** Sent as this sub-request's `client-request-id` header, on every attempt (a write's own id). */
  readonly clientRequestId?: string;
}

export type BatchResult =
  /** The service answered this sub-request (any status; throttling already retried as allowed). */
  | {
      readonly type: 'answered';
      readonly status: number;
      readonly headers: Readonly<Record<string, string>>;
      readonly body: unknown;
      /**
       * The `request-id` of the `$batch` request that brought this answer. Graph's batching docs show
       * sub-responses without a `request-id` header of their own, so this may be the only id there is.
       */
      readonly batchRequestId?: string;
    }
  /** Sent, but its batch got no usable answer: it may or may not have been applied. */
  | { readonly type: 'unknown'; readonly error: GraphError }
  /** Never sent: an earlier batch stopped the operation, or it was cancelled before it went. */
  | { readonly type: 'not-sent'; readonly error: GraphError };

export interface BatchOptions {
  /** Sends one `$batch` POST, retried while the batch as a whole is throttled; throws a `GraphError`. */
  readonly send: (call: GraphCall) => Promise<GraphAnswer>;
  /** The absolute `$batch` URL of the version root. */
  readonly batchUrl: string;
  /** Headers every sub-request carries (Graph applies none of the outer request's to them). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly budget: RetryBudget;
  /** After each batch: how many sub-requests have a final answer. */
  readonly onProgress?: (done: number, total: number) => void;
}

interface SubResponse {
  readonly id: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
}

function lowerCaseKeys(value: unknown): Record<string, string> {
  const headers: Record<string, string> = {};
  if (typeof value === 'object' && value !== null) {
    for (const [name, header] of Object.entries(value)) {
      if (typeof header === 'string') headers[name.toLowerCase()] = header;
    }
  }
  return headers;
}

function readSubResponses(body: unknown): ReadonlyMap<string, SubResponse> {
  const responses = (body as { responses?: unknown } | undefined)?.responses;
  const byId = new Map<string, SubResponse>();
  if (!Array.isArray(responses)) return byId;
  for (const raw of responses) {
    const item = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const id = String(item.id ?? '');
    byId.set(id, {
      id,
      status: typeof item.status === 'number' ? item.status : 0,
      headers: lowerCaseKeys(item.headers),
      body: item.body,
    });
  }
  return byId;
}

function answered(answer: SubResponse, batchRequestId: string | undefined): BatchResult {
  const { status, headers, body } = answer;
  return batchRequestId === undefined
    ? { type: 'answered', status, headers, body }
    : { type: 'answered', status, headers, body, batchRequestId };
}

function toGraphError(error: unknown): GraphError {
  return error instanceof GraphError ? error : new GraphError({ code: 'unknown' });
}

/** Every request's result, in the order of `requests`. */
export async function sendInBatches(
  requests: readonly BatchRequest[],
  options: BatchOptions,
): Promise<BatchResult[]> {
  const results: (BatchResult | undefined)[] = new Array(requests.length).fill(undefined);
  let done = 0;
  let stopped: { error: GraphError; inFlight: readonly number[] } | undefined;
  for (let start = 0; start < requests.length && stopped === undefined; start += MAX_BATCH_SIZE) {
    let pending = requests.slice(start, start + MAX_BATCH_SIZE).map((_, offset) => start + offset);
    for (let attempt = 1; pending.length > 0; attempt += 1) {
      let answers: ReadonlyMap<string, SubResponse>;
      let batchRequestId: string | undefined;
      try {
        const answer = await options.send({
          method: 'POST',
          url: options.batchUrl,
          body: {
            requests: pending.map((index, position) => subRequest(requests[index], position, options)),
          },
        });
        answers = readSubResponses(answer.body);
        batchRequestId = answer.headers['request-id'];
      } catch (error) {
        stopped = { error: toGraphError(error), inFlight: pending };
        break;
      }
      // The last throttled answer of each sub-request: its final result if no retry is allowed.
      const throttled = new Map<number, SubResponse>();
      let wait: number | undefined;
      pending.forEach((index, position) => {
        const answer = answers.get(String(position + 1));
        if (answer === undefined) {
          results[index] = {
            type: 'unknown',
            error: new GraphError({
              code: 'unknown',
              serviceMessage: 'The batch response has no result for this request.',
            }),
          };
        } else if (isThrottled(answer.status)) {
          throttled.set(index, answer);
          wait = Math.max(wait ?? 0, retryAfterSeconds(answer.headers) ?? 0);
        } else {
          results[index] = answered(answer, batchRequestId);
        }
      });
      done += pending.length - throttled.size;
      options.onProgress?.(done, requests.length);
      pending = Array.from(throttled.keys());
      if (pending.length === 0) break;
      let allowed: boolean;
      try {
        // "Slow down" wins over "unavailable" when both came back: the wait is the service's ask.
        const status = Array.from(throttled.values()).some((answer) => answer.status === 429) ? 429 : 503;
        allowed = await options.budget.waitBeforeRetry(attempt, wait === 0 ? undefined : wait, status);
      } catch (error) {
        // Cancelled while waiting: the throttled ones were answered (refused), nothing is in flight.
        stopped = { error: toGraphError(error), inFlight: [] };
        for (const index of pending) results[index] = { type: 'not-sent', error: toGraphError(error) };
        break;
      }
      if (!allowed) {
        for (const [index, answer] of throttled) results[index] = answered(answer, batchRequestId);
        pending = [];
      }
    }
  }
  return results.map((result, index): BatchResult => {
    if (result !== undefined) return result;
    const error = stopped?.error ?? new GraphError({ code: 'unknown' });
    return stopped?.inFlight.includes(index) === true && mayHaveApplied(error)
      ? { type: 'unknown', error }
      : { type: 'not-sent', error };
  });
}

/**
 * Whether a batch that failed as a whole may still have applied some of its sub-requests: not when
 * the service refused it outright (4xx), but after a dropped connection, a time-out, a cancelled
 * request already on its way or a server error.
 */
function mayHaveApplied(error: GraphError): boolean {
  if (error.status === undefined) return error.code !== 'token_expired';
  return error.status >= 500;
}

function subRequest(
  request: BatchRequest | undefined,
  position: number,
  options: BatchOptions,
): Record<string, unknown> {
  if (request === undefined) throw new Error('Batch request index out of range');
  const id = String(position + 1);
  const headers: Record<string, string> = { ...options.headers };
  if (request.clientRequestId !== undefined) headers[CLIENT_REQUEST_ID_HEADER] = request.clientRequestId;
  if (request.body === undefined) {
    return Object.keys(headers).length > 0
      ? { id, method: request.method, url: request.url, headers }
      : { id, method: request.method, url: request.url };
  }
  return {
    id,
    method: request.method,
    url: request.url,
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: request.body,
  };
}
