/** Settings of the Graph layer that hosts choose; nothing here knows about React or MSAL. */

export type { GraphVersion, ScopeMode, UserRole } from '../core/deployment';

/** How long a throttled request may keep trying: the limits apply to one operation as a whole. */
export interface RetryPolicy {
  /** Attempts per request, the first one included. */
  readonly maxAttempts: number;
  /** Total seconds one operation may spend waiting for `Retry-After`. */
  readonly maxTotalWaitSeconds: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, maxTotalWaitSeconds: 120 };

/**
 * The most pages one collection read follows. A registration has at most a few thousand apps, a few
 * dozen pages at Graph's page sizes; a service that keeps sending next links (a loop, a page of one)
 * must not keep the tool reading, and the token going out, for ever.
 */
export const MAX_PAGES = 1000;

/** Graph JSON batching allows at most 20 requests per batch. */
export const MAX_BATCH_SIZE = 20;

/**
 * Sent on every request, and inside `$batch` on every sub-request as well (the JSON batching docs give
 * sub-requests headers of their own and do not say the outer request's apply): without it Graph
 * answers permission values newer than `unknownFutureValue` as `unknownFutureValue`, and writing that
 * plane back would revoke them (graph-api.md §10).
 */
export const PREFER_HEADER = { Prefer: 'include-unknown-enum-members' } as const;

/**
 * The header a client names a request with: a GUID of the client's choosing, which support can find a
 * request by. Graph's error bodies name it in `innerError` beside the `request-id` (the JSON batching
 * docs' example); whether a `$batch` sub-request's own one is kept is not documented.
 */
export const CLIENT_REQUEST_ID_HEADER = 'client-request-id';
