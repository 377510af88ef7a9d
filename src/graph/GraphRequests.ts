/**
 * How this tool sends Graph requests: absolute URLs under one version root, `Retry-After` honoured
 * within one retry budget per operation (so the admin sees each wait and may cancel it), failures
 * mapped to typed errors for the context of the call, collections read across every page, and many
 * requests packed into `$batch`. Repositories build on it; none of them calls the client directly.
 */
import type { Client } from '@microsoft/microsoft-graph-client';
import { newClientRequestId } from './clientRequestId';
import { GraphError } from './errors';
import { sendInBatches, type BatchRequest, type BatchResult } from './graphBatch';
import {
  DEFAULT_RETRY_POLICY,
  MAX_BATCH_SIZE,
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
  /** Makes each write's `client-request-id` (default: a random GUID; tests pass a counter). */
  readonly newClientRequestId?: () => string;
}

export type Target = FailureContext['target'];

/** What a request is about, for the error an admin reads when it fails. */
export interface CallContext {
  readonly target: Target;
  readonly write?: boolean;
  /** The registration PUT: a 404 there means no such container type, not "not registered". */
  readonly registers?: boolean;
  /** The settings PATCH: a 400 there is a setting this tenant may not override. */
  readonly settings?: boolean;
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
  /** A fresh `client-request-id` for a write this tool sends (each write its own). */
  public readonly newClientRequestId: () => string;

  public constructor(options: GraphRequestsOptions) {
    this.client = options.client;
    this.base = `${options.graphRoot.replace(/\/+$/, '')}/${options.version ?? 'v1.0'}`;
    this.scopeMode = options.scopeMode;
    this.userRole = options.userRole ?? ((): UserRole => 'unknown');
    this.retryPolicy = options.retryPolicy ?? DEFAULT_RETRY_POLICY;
    this.wait = options.wait ?? waitFor;
    this.requestTimeoutMs = options.requestTimeoutMs;
    this.maxPages = options.maxPages ?? MAX_PAGES;
    this.newClientRequestId = options.newClientRequestId ?? newClientRequestId;
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
      registers: context.registers ?? false,
      settings: context.settings ?? false,
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
      if (pages === this.maxPages) throw this.tooManyPages(last?.headers);
      const answer = await this.send({ method: 'GET', url }, { target }, budget, options);
      last = answer;
      const page = this.readPage(answer.body);
      items.push(...page.items);
      url = page.next === undefined ? undefined : this.url(page.next);
    }
    return items;
  }

  /**
   * Every item of many collections (one per path), read through `$batch`: at most 20 collections a
   * batch, so 10 take one request and 300 take 15. Each answer stands on its own: a failed or
   * throttled-out sub-request fails only its collection, `Retry-After` is honoured per sub-request,
   * and a page with `@odata.nextLink` is followed in a batch of next pages. One collection is read
   * with a plain request, which costs the same one request. `onRead` hears of each collection as soon
   * as its group of 20 is complete (a list can fill in as batches come back).
   */
  public async readManyAllPages(
    paths: readonly string[],
    target: Target,
    options: OperationOptions | undefined,
    onRead?: (index: number, read: CollectionRead) => void,
  ): Promise<CollectionRead[]> {
    const reads: CollectionRead[] = new Array<CollectionRead>(paths.length);
    const settle = (index: number, read: CollectionRead): void => {
      reads[index] = read;
      onRead?.(index, read);
    };
    if (paths.length === 1) {
      try {
        settle(0, { type: 'read', items: await this.readAllPages(paths[0] ?? '', target, options) });
      } catch (error) {
        settle(0, { type: 'failed', error: asGraphError(error) });
      }
      return reads;
    }
    const budget = this.budget(options);
    for (let start = 0; start < paths.length; start += MAX_BATCH_SIZE) {
      const items = new Map<number, unknown[]>();
      let pending = paths
        .slice(start, start + MAX_BATCH_SIZE)
        .map((url, offset) => ({ index: start + offset, url }));
      for (let pages = 0; pending.length > 0; pages += 1) {
        if (pages === this.maxPages) {
          for (const { index } of pending) settle(index, { type: 'failed', error: this.tooManyPages() });
          break;
        }
        const answers = await this.sendBatches(
          pending.map(({ url }) => ({ method: 'GET', url })),
          { target },
          budget,
          options,
        );
        const next: { index: number; url: string }[] = [];
        pending.forEach(({ index }, position) => {
          const answer = answers[position];
          if (answer === undefined || answer.type !== 'answered') {
            settle(index, { type: 'failed', error: answer?.error ?? new GraphError({ code: 'unknown' }) });
            return;
          }
          if (!isSuccess(answer.status)) {
            settle(index, { type: 'failed', error: this.failure(answer, { target }) });
            return;
          }
          let page: { items: unknown[]; next?: string };
          try {
            page = this.readPage(answer.body);
          } catch (error) {
            settle(index, { type: 'failed', error: asGraphError(error) });
            return;
          }
          const collected = [...(items.get(index) ?? []), ...page.items];
          items.set(index, collected);
          if (page.next === undefined) settle(index, { type: 'read', items: collected });
          else next.push({ index, url: page.next });
        });
        pending = next;
      }
    }
    return reads;
  }

  /** A collection that never ends: fails rather than return part of it. */
  private tooManyPages(lastHeaders?: Readonly<Record<string, string>>): GraphError {
    return new GraphError({
      code: 'too_many_pages',
      serviceMessage: `The service still had more after ${this.maxPages} pages.`,
      // The last page's ids, so support can find the loop in the service's logs.
      requestId: lastHeaders?.['request-id'],
      date: lastHeaders?.date,
    });
  }

  /** One page of a collection; `next` is the next page's path below the version root. */
  private readPage(body: unknown): { items: unknown[]; next?: string } {
    const page = (body ?? {}) as { value?: unknown; '@odata.nextLink'?: unknown };
    const items = Array.isArray(page.value) ? (page.value as unknown[]) : [];
    const link = page['@odata.nextLink'];
    if (typeof link !== 'string') return { items };
    if (!link.startsWith(this.base)) {
      // A token goes wherever the next link points: only ever follow links to our own Graph root.
      throw new GraphError({
        code: 'unknown',
        serviceMessage: 'The service sent a next page link to another host.',
      });
    }
    return { items, next: link.slice(this.base.length) };
  }

  /** Many requests through `$batch` (at most 20 a batch), each with its own result, in order. */
  public batch(
    requests: readonly BatchRequest[],
    context: CallContext,
    options: OperationOptions | undefined,
    onProgress?: (done: number, total: number) => void,
  ): Promise<BatchResult[]> {
    return this.sendBatches(requests, context, this.budget(options), options, onProgress);
  }

  private sendBatches(
    requests: readonly BatchRequest[],
    context: CallContext,
    budget: RetryBudget,
    options: OperationOptions | undefined,
    onProgress?: (done: number, total: number) => void,
  ): Promise<BatchResult[]> {
    return sendInBatches(requests, {
      send: (call) => this.send(call, context, budget, options),
      batchUrl: this.url(batchPath()),
      headers: PREFER_HEADER,
      budget,
      onProgress,
    });
  }
}

/** A collection read by `readManyAllPages`: all its items, or why it could not be read. */
export type CollectionRead =
  | { readonly type: 'read'; readonly items: readonly unknown[] }
  | { readonly type: 'failed'; readonly error: GraphError };

/** A Graph failure stays with its collection; anything else is a bug and is thrown on. */
function asGraphError(error: unknown): GraphError {
  if (error instanceof GraphError) return error;
  throw error;
}
