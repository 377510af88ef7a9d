/**
 * `POST /$batch` (graph-api.md §10; Graph docs, "JSON batching"): at most 20 requests, each with an id
 * unique in the batch (ids compare in any letter case), run in order of `dependsOn` (a request whose
 * dependency failed answers 424 and is not run), each answered on its own. A batch that cannot be read
 * as a whole is refused as a whole (400) before anything runs; a bad request inside it gets its own
 * 400 and the others still run, so the writes before a failure stay applied and are all reported.
 */
import type { LocalRequest, LocalResponse } from '../http';
import { GraphProblem } from './requestContext';
import { isRecord, jsonBody } from './route';

const MAX_BATCH_REQUESTS = 20;

const METHODS = ['GET', 'PUT', 'PATCH', 'DELETE', 'POST'];

export interface BatchItem {
  readonly id: string;
  readonly dependsOn: readonly string[];
  /** What the item asks for, or why it cannot be run (answered for this item only). */
  readonly request: LocalRequest | GraphProblem;
  /** As sent, for the request log. */
  readonly logged: { readonly method: string; readonly url: string };
}

export interface Batch {
  /** As listed in the request (answers are listed in this order). */
  readonly items: readonly BatchItem[];
  /** The order they run in: each after its dependencies, otherwise as listed. */
  readonly runOrder: readonly BatchItem[];
}

export interface SubResponse {
  readonly id: string;
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body?: unknown;
}

function wholeBatch(message: string): never {
  throw new GraphProblem(400, 'BadRequest', message);
}

function readHeaders(value: unknown): Record<string, string> | undefined {
  if (value === undefined) return {};
  if (!isRecord(value)) return undefined;
  const headers: Record<string, string> = {};
  for (const [name, header] of Object.entries(value)) {
    if (typeof header !== 'string') return undefined;
    headers[name.toLowerCase()] = header;
  }
  return headers;
}

function readItem(item: Record<string, unknown>, id: string, dependsOn: readonly string[]): BatchItem {
  const method = typeof item.method === 'string' ? item.method.toUpperCase() : '';
  const url = typeof item.url === 'string' ? item.url : '';
  const logged = { method: String(item.method ?? ''), url: String(item.url ?? '') };
  const problem = (message: string): BatchItem => ({
    id,
    dependsOn,
    logged,
    request: new GraphProblem(400, 'BadRequest', message),
  });
  if (!METHODS.includes(method))
    return problem('Each batch request needs a method: GET, PUT, PATCH, DELETE or POST.');
  if (url === '') return problem('Each batch request needs a url, relative to the version root.');
  const headers = readHeaders(item.headers);
  if (headers === undefined) return problem("A batch request's headers must be an object of strings.");
  if (item.body !== undefined && headers['content-type'] === undefined) {
    return problem('A Content-Type header is required for a batch request with a body.');
  }
  const body =
    item.body === undefined
      ? undefined
      : typeof item.body === 'string'
        ? item.body
        : JSON.stringify(item.body);
  // The sub-URL is read by the same path reader as a direct request (relative only, no dot segments).
  return {
    id,
    dependsOn,
    logged,
    request: { method, url, headers, body },
  };
}

/** The batch's requests; throws a GraphProblem that refuses the whole batch. */
export function readBatch(request: LocalRequest): Batch {
  const body = jsonBody(request);
  if (!isRecord(body) || !Array.isArray(body.requests))
    wholeBatch('The batch body must have a "requests" array.');
  const raw: unknown[] = body.requests;
  if (raw.length === 0) wholeBatch('A batch needs at least one request.');
  if (raw.length > MAX_BATCH_REQUESTS) wholeBatch(`A batch may hold at most ${MAX_BATCH_REQUESTS} requests.`);
  const ids = new Set<string>();
  const items = raw.map((item) => {
    if (!isRecord(item) || typeof item.id !== 'string' || item.id === '') {
      return wholeBatch('Each batch request needs a string id.');
    }
    const key = item.id.toLowerCase();
    if (ids.has(key)) wholeBatch(`The id '${item.id}' is used by more than one request of the batch.`);
    ids.add(key);
    const dependsOn = item.dependsOn ?? [];
    if (
      !Array.isArray(dependsOn) ||
      !dependsOn.every((value): value is string => typeof value === 'string')
    ) {
      return wholeBatch(`The dependsOn of '${item.id}' must be a list of request ids.`);
    }
    return readItem(item, item.id, dependsOn);
  });
  for (const item of items) {
    for (const dependency of item.dependsOn) {
      if (!ids.has(dependency.toLowerCase()) || dependency.toLowerCase() === item.id.toLowerCase()) {
        wholeBatch(
          `The request '${item.id}' depends on '${dependency}', which is not another request of the batch.`,
        );
      }
    }
  }
  return { items, runOrder: orderByDependencies(items) };
}

/** A cycle refuses the batch. */
function orderByDependencies(items: readonly BatchItem[]): BatchItem[] {
  const ordered: BatchItem[] = [];
  const placed = new Set<string>();
  const pending = [...items];
  while (pending.length > 0) {
    const index = pending.findIndex((item) =>
      item.dependsOn.every((dependency) => placed.has(dependency.toLowerCase())),
    );
    if (index < 0) wholeBatch('The dependsOn of the batch requests form a cycle.');
    const [next] = pending.splice(index, 1);
    if (next === undefined) break;
    ordered.push(next);
    placed.add(next.id.toLowerCase());
  }
  return ordered;
}

/**
 * Runs the items in order and lists their answers in the batch's own order. `answer` answers one item:
 * its request, its own problem, or a failed dependency (a dependency answered outside 2xx).
 */
export async function runBatch(
  batch: Batch,
  answer: (item: BatchItem, failedDependency: string | undefined) => Promise<LocalResponse>,
): Promise<SubResponse[]> {
  const statuses = new Map<string, number>();
  const responses = new Map<string, SubResponse>();
  for (const item of batch.runOrder) {
    const failed = item.dependsOn.find((dependency) => {
      const status = statuses.get(dependency.toLowerCase()) ?? 0;
      return status < 200 || status > 299;
    });
    const response = await answer(item, failed);
    statuses.set(item.id.toLowerCase(), response.status);
    responses.set(item.id, {
      id: item.id,
      status: response.status,
      headers: response.headers,
      body: response.body,
    });
  }
  return batch.items.flatMap((item) => responses.get(item.id) ?? []);
}
