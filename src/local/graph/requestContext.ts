/**
 * One request as the emulator answers it, direct or inside a `$batch`: its ids (every answer, error or
 * not, carries the same `request-id` in its headers and in a Graph error's `innerError`), its Graph
 * version and the preferences it sent.
 */
import { randomUUID } from 'node:crypto';
import { graphError, graphHeaders } from '../graphErrors';
import type { LocalResponse } from '../http';

export type GraphVersion = 'v1.0' | 'beta';

export function isGraphVersion(value: string): value is GraphVersion {
  return value === 'v1.0' || value === 'beta';
}

/** A client's mistake (or a refusal) as Graph answers it; thrown by handlers, answered by the dispatcher. */
export class GraphProblem extends Error {
  public constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }
}

/** `Prefer` holds a comma-separated list of preferences (RFC 7240). */
function prefers(header: string | undefined, preference: string): boolean {
  return (header ?? '').split(',').some((item) => item.trim().toLowerCase() === preference.toLowerCase());
}

export class RequestContext {
  public readonly requestId = randomUUID();
  public readonly clientRequestId: string | undefined;
  /** `Prefer: include-unknown-enum-members` (graph-api.md §10). */
  public readonly includeUnknownEnumMembers: boolean;

  public constructor(
    public readonly version: GraphVersion,
    headers: Readonly<Record<string, string | undefined>>,
    /** The stack's origin, for absolute `@odata.nextLink` and `@odata.context` URLs. */
    public readonly origin: string,
    /** Inside a batch, the outer request's id when the sub-request names none (ids only, never preferences). */
    fallbackClientRequestId?: string,
  ) {
    this.clientRequestId = headers['client-request-id'] ?? fallbackClientRequestId;
    this.includeUnknownEnumMembers = prefers(headers.prefer, 'include-unknown-enum-members');
  }

  public json(status: number, body: unknown): LocalResponse {
    return {
      status,
      headers: { ...graphHeaders(this.clientRequestId, this.requestId), 'content-type': 'application/json' },
      body,
    };
  }

  public noContent(): LocalResponse {
    return { status: 204, headers: graphHeaders(this.clientRequestId, this.requestId) };
  }

  public error(problem: GraphProblem): LocalResponse {
    return graphError(
      problem.status,
      problem.code,
      problem.message,
      this.clientRequestId,
      problem.headers,
      this.requestId,
    );
  }
}
