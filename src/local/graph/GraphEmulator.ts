/**
 * A Microsoft Graph stand-in for container type registrations and their grants (graph-api.md §1),
 * for `/v1.0` and `/beta`, with `$batch`. It checks tokens, roles and scopes, validates as the service
 * does (and as a careful one would where the docs are silent), normalises, and fails on demand.
 * Direct requests and `$batch` sub-requests are answered by the same `answer`, through one route table.
 */
import { graphError } from '../graphErrors';
import type { LocalRequest, LocalResponse } from '../http';
import type { LocalIdentityProvider } from '../idp';
import { latencyOf, takeStatusFault } from '../faults';
import { Authenticator, authorise, type Caller } from './authentication';
import { readBatch, runBatch, type Batch, type BatchItem } from './batch';
import { parseResourcePath } from './resourcePath';
import { GraphProblem, isGraphVersion, RequestContext } from './requestContext';
import type { EmulatedService } from './route';
import { checkParameters, findRoute } from './routeTable';

/** What the HTTP layer must do beyond answering: drop the connection (a dropped-write fault). */
export type EmulatorOutcome = LocalResponse | { readonly drop: true };

/** The ids an answer carried (a receipt's write ids can be checked against them). */
export interface LoggedIds {
  /** The `request-id` the emulator gave it (a sub-request of a batch dropped before it ran has none). */
  requestId?: string;
  /** The `client-request-id` it carried (a sub-request without one: its batch's); absent when none was. */
  clientRequestId?: string;
}

export interface LoggedRequest extends LoggedIds {
  readonly method: string;
  readonly path: string;
  /** The sub-requests of a `$batch`. */
  readonly batch?: readonly ({ readonly method: string; readonly url: string } & LoggedIds)[];
}

function loggedIds(requestId: string | undefined, clientRequestId: string | undefined): LoggedIds {
  return {
    ...(requestId === undefined ? {} : { requestId }),
    ...(clientRequestId === undefined ? {} : { clientRequestId }),
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function throttled(status: number, retryAfter: number | undefined): GraphProblem {
  const code =
    status === 429 ? 'TooManyRequests' : status === 503 ? 'serviceNotAvailable' : 'generalException';
  return new GraphProblem(
    status,
    code,
    'The service is busy; try again after the time in Retry-After.',
    retryAfter === undefined ? {} : { 'retry-after': String(retryAfter) },
  );
}

export class GraphEmulator {
  public readonly requests: LoggedRequest[] = [];
  private readonly authenticator: Authenticator;

  public constructor(
    private readonly service: EmulatedService,
    idp: LocalIdentityProvider,
    private readonly origin: () => string,
    private readonly log: (line: string) => void = () => undefined,
  ) {
    this.authenticator = new Authenticator(idp, origin);
  }

  /** A request to `/graph/<version>/…` (`request.url` is what follows the version, as sent). */
  public async handle(version: string, request: LocalRequest): Promise<EmulatorOutcome> {
    if (!isGraphVersion(version)) {
      return graphError(
        400,
        'BadRequest',
        `Invalid version: ${version}`,
        request.headers['client-request-id'],
      );
    }
    const latency = latencyOf(this.service.faults);
    if (latency > 0) await sleep(latency);
    const ctx = new RequestContext(version, request.headers, this.origin());
    if (request.url.split('?')[0] === '/$batch' && request.method.toUpperCase() === 'POST') {
      return this.batch(ctx, request);
    }
    this.requests.push({
      method: request.method,
      path: request.url,
      ...loggedIds(ctx.requestId, ctx.clientRequestId),
    });
    const drop = request.method.toUpperCase() !== 'GET' ? this.takeDrop() : undefined;
    if (drop === 'before-apply') return { drop: true };
    const response = await this.answer(ctx, request);
    return drop === 'after-apply' ? { drop: true } : response;
  }

  private takeDrop(): 'before-apply' | 'after-apply' | undefined {
    const drop = this.service.faults.drop;
    if (drop === undefined) return undefined;
    delete this.service.faults.drop;
    return drop.when;
  }

  /** A GraphProblem is its Graph error; anything else is a bug here, answered as a Graph-shaped 500. */
  private failure(ctx: RequestContext, error: unknown): LocalResponse {
    if (error instanceof GraphProblem) return ctx.error(error);
    // Never a client's mistake (those are GraphProblems): answered, logged, and the stack goes on.
    this.log(`emulator error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return ctx.error(
      new GraphProblem(500, 'generalException', 'The Graph emulator failed to answer this request.'),
    );
  }

  /** One request, direct or from a batch: armed faults, then who calls, then the route. */
  private async answer(
    ctx: RequestContext,
    request: LocalRequest,
    batchCaller?: Caller,
  ): Promise<LocalResponse> {
    try {
      const fault = takeStatusFault(this.service.faults, request.method.toUpperCase() !== 'GET');
      if (fault !== undefined) throw throttled(fault.status, fault.retryAfter);
      const caller = batchCaller ?? (await this.authenticator.authenticate(request.headers.authorization));
      const { segments, query } = parseResourcePath(request.url);
      const { route, params } = findRoute(request.method.toUpperCase(), segments);
      authorise(caller, route.needs);
      checkParameters(params);
      return route.handle({ ctx, caller, params, query, request, service: this.service });
    } catch (error) {
      return this.failure(ctx, error);
    }
  }

  private async batch(ctx: RequestContext, request: LocalRequest): Promise<EmulatorOutcome> {
    let caller: Caller;
    let batch: Batch;
    try {
      // Sub-requests run as the batch's caller: the outer token authorises them all.
      caller = await this.authenticator.authenticate(request.headers.authorization);
      batch = readBatch(request);
    } catch (error) {
      return this.failure(ctx, error);
    }
    const logged = batch.items.map((item): { method: string; url: string } & LoggedIds => ({
      ...item.logged,
    }));
    this.requests.push({
      method: 'POST',
      path: '/$batch',
      ...loggedIds(ctx.requestId, ctx.clientRequestId),
      batch: logged,
    });
    const hasWrite = batch.items.some(
      (item) => !(item.request instanceof GraphProblem) && item.request.method !== 'GET',
    );
    const drop = hasWrite ? this.takeDrop() : undefined;
    if (drop === 'before-apply') return { drop: true };
    const responses = await runBatch(batch, (item, failedDependency) =>
      this.answerItem(ctx, item, failedDependency, caller),
    );
    batch.items.forEach((item, index) => {
      const answered = responses.find((response) => response.id === item.id);
      const sent =
        item.request instanceof GraphProblem ? undefined : item.request.headers['client-request-id'];
      Object.assign(
        logged[index] ?? {},
        loggedIds(answered?.headers['request-id'], sent ?? ctx.clientRequestId),
      );
    });
    if (drop === 'after-apply') return { drop: true };
    return ctx.json(200, { responses });
  }

  private async answerItem(
    batchCtx: RequestContext,
    item: BatchItem,
    failedDependency: string | undefined,
    caller: Caller,
  ): Promise<LocalResponse> {
    // Strict reading of the JSON batching docs: a sub-request is read with its own headers only (they
    // say sub-requests carry their own `headers` and never that the batch's apply to them), so the
    // batch's `Prefer` does not reach it. Only the client's request id carries over, for correlation.
    // Each answer gets a `request-id` of its own and echoes the sub-request's `client-request-id` in
    // its headers and in an error's `innerError`. What Graph does here is [UNVERIFIED]: the batching
    // docs' example shows sub-response headers without either id, and error bodies whose `innerError`
    // names a `request-id` and `client-request-id` (two failures there share one pair, a third has
    // another, so whose ids they are is unclear). Whether a sub-request's own `client-request-id` is
    // honoured is not documented either. The client (graph/GraphRegistrationRepository) takes a
    // sub-response's `request-id` when there is one, else the error body's, else the batch's.
    const headers = item.request instanceof GraphProblem ? {} : item.request.headers;
    const ctx = new RequestContext(batchCtx.version, headers, batchCtx.origin, batchCtx.clientRequestId);
    if (failedDependency !== undefined) {
      const message = `The request depends on '${failedDependency}', which failed.`;
      return ctx.error(new GraphProblem(424, 'failedDependency', message));
    }
    if (item.request instanceof GraphProblem) return ctx.error(item.request);
    return this.answer(ctx, item.request, caller);
  }
}
