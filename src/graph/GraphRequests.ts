/**
 * How this tool sends Graph requests: absolute URLs under one version root, `Retry-After` honoured
 * within one retry budget per operation (so the admin sees each wait and may cancel it), failures
 * mapped to typed errors for the context of the call, collections read across every page, and many
 * requests packed into `$batch`. Repositories build on it; none of them calls the client directly.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { GraphError } from './errors';
import { sendInBatches, type BatchRequest, type BatchResult } from './graphBatch';
import {
  DEFAULT_RETRY_POLICY,
  MAX_PAGES,
  PREFER_HEADER,
  type GraphVersion,
  type RetryPolicy,
  type ScopeMode,
} from './graphOptions';
import { batchPath } from './graphPaths';
import { sendGraphRequest, type GraphAnswer, type GraphCall } from './graphTransport';
import {
  isSuccess,
  isThrottled,
  mapGraphFailure,
  retryAfterSeconds,
  type FailureContext,
} from './mapGraphFailure';
import type { OperationOptions } from './RegistrationRepository';
import { RetryBudget, waitFor, type Wait } from './retry';
import type { UserRole } from '../core/deployment';

export interface GraphRequestsOptions {
  /** A graph client whose auth provider returns the signed-in admin's token. */
  readonly client: Client;
  /** The cloud's Graph root without version, e.g. `https://graph.microsoft.com`. */
  readonly graphRoot: string;
  readonly version?: GraphVersion;
  readonly scopeMode: ScopeMode;
  /** Read at each failure: the host may learn the role only after signing in. */
  readonly userRole?: () => UserRole;
  readonly retryPolicy?: RetryPolicy;
  /** How to wait for `Retry-After` (tests pass a recorder). */
  readonly wait?: Wait;
  /** How long one request may go unanswered (default `REQUEST_TIMEOUT_MS`). */
  readonly requestTimeoutMs?: number;
  /** The most pages one collection read follows (default `MAX_PAGES`). */
  readonly maxPages?: number;
}

export type Target = FailureContext['target'];

/** What a request is about, for the error an admin reads when it fails. */
export interface CallContext {
  readonly target: Target;
  readonly write?: boolean;
  /** DELETE of a whole registration: a 409 there means it still has containers. */
  readonly deletesRegistration?: boolean;
  /** The registration PUT: a 404 there means no such container type, not "not registered". */
  readonly registers?: boolean;
}

export class GraphRequests {
  public readonly scopeMode: ScopeMode;
  private readonly client: Client;
  private readonly base: string;
  private readonly userRole: () => UserRole;
  private readonly retryPolicy: RetryPolicy;
  private readonly wait: Wait;
  private readonly requestTimeoutMs: number | undefined;
  private readonly maxPages: number;

  public constructor(options: GraphRequestsOptions) {
    this.client = options.client;
    this.base = `${options.graphRoot.replace(/\/+$/, '')}/${options.version ?? 'v1.0'}`;
    this.scopeMode = options.scopeMode;
    this.userRole = options.userRole ?? ((): UserRole => 'unknown');
    this.retryPolicy = options.retryPolicy ?? DEFAULT_RETRY_POLICY;
    this.wait = options.wait ?? waitFor;
    this.requestTimeoutMs = options.requestTimeoutMs;
    this.maxPages = options.maxPages ?? MAX_PAGES;
  }

  /** The absolute URL of a path from `graphPaths`. */
  public url(path: string): string {
    return `${this.base}${path}`;
  }

  /** The retry allowance of one operation: every request of it shares one. */
  public budget(options: OperationOptions | undefined): RetryBudget {
    return new RetryBudget(this.retryPolicy, this.wait, options?.signal, options?.onProgress);
  }

  public failure(answer: GraphAnswer, context: CallContext): GraphError {
    return mapGraphFailure(answer, {
      target: context.target,
      write: context.write ?? false,
      deletesRegistration: context.deletesRegistration ?? false,
      registers: context.registers ?? false,
      scopeMode: this.scopeMode,
      userRole: this.userRole(),
    });
  }

  /** One request, retried while throttled; a success answer or a typed `GraphError`. */
  public async send(
    call: GraphCall,
    context: CallContext,
    budget: RetryBudget,
    options: OperationOptions | undefined,
  ): Promise<GraphAnswer> {
    for (let attempt = 1; ; attempt += 1) {
      const answer = await sendGraphRequest(this.client, call, options?.signal, this.requestTimeoutMs);
      if (isSuccess(answer.status)) return answer;
      if (
        isThrottled(answer.status) &&
        (await budget.waitBeforeRetry(attempt, retryAfterSeconds(answer.headers), answer.status))
      ) {
        continue;
      }
      throw this.failure(answer, context);
    }
  }

  /**
   * Every item of a collection, following `@odata.nextLink` verbatim until there is none, for at most
   * `maxPages` pages: past that it fails with `too_many_pages` rather than return part of the list.
   */
  public async readAllPages(
    path: string,
    target: Target,
    options: OperationOptions | undefined,
  ): Promise<unknown[]> {
    const budget = this.budget(options);
    const items: unknown[] = [];
    let url: string | undefined = this.url(path);
    let last: GraphAnswer | undefined;
    for (let pages = 0; url !== undefined; pages += 1) {
      if (pages === this.maxPages) {
        throw new GraphError({
          code: 'too_many_pages',
          serviceMessage: `The service still had more after ${this.maxPages} pages.`,
          // The last page's ids, so support can find the loop in the service's logs.
          requestId: last?.headers['request-id'],
          date: last?.headers.date,
        });
      }
      const answer = await this.send({ method: 'GET', url }, { target }, budget, options);
      last = answer;
      const body = (answer.body ?? {}) as { value?: unknown; '@odata.nextLink'?: unknown };
      if (Array.isArray(body.value)) items.push(...(body.value as unknown[]));
      const next = body['@odata.nextLink'];
      if (typeof next === 'string' && !next.startsWith(this.base)) {
        // A token goes wherever the next link points: only ever follow links to our own Graph root.
        throw new GraphError({
          code: 'unknown',
          serviceMessage: 'The service sent a next page link to another host.',
        });
      }
      url = typeof next === 'string' ? next : undefined;
    }
    return items;
  }

  /** Many requests through `$batch` (at most 20 a batch), each with its own result, in order. */
  public batch(
    requests: readonly BatchRequest[],
    context: CallContext,
    options: OperationOptions | undefined,
    onProgress?: (done: number, total: number) => void,
  ): Promise<BatchResult[]> {
    const budget = this.budget(options);
    return sendInBatches(requests, {
      send: (call) => this.send(call, context, budget, options),
      batchUrl: this.url(batchPath()),
      headers: PREFER_HEADER,
      budget,
      onProgress,
    });
  }
}
