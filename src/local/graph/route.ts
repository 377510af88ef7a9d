/** What a resource handler receives, and the helpers every handler uses to read a request. */
import type { FaultSettings, ServiceSettings } from '../faults';
import type { LocalRequest, LocalResponse } from '../http';
import type { TenantStore } from '../store';
import type { Authorisation, Caller } from './authentication';
import { GraphProblem, type RequestContext } from './requestContext';

/** The emulated service's state and switches, shared by every handler. */
export interface EmulatedService {
  readonly store: TenantStore;
  readonly faults: FaultSettings;
  readonly settings: ServiceSettings;
}

export interface RouteInput {
  readonly ctx: RequestContext;
  readonly caller: Caller;
  /** Path parameters by name, decoded, e.g. `{ registrationId, appId }`. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly request: LocalRequest;
  readonly service: EmulatedService;
}

export interface Route {
  readonly method: 'GET' | 'PUT' | 'PATCH' | 'DELETE';
  /** Segments below the version root; `{name}` is a GUID parameter. */
  readonly path: readonly string[];
  readonly needs: Authorisation;
  handle(input: RouteInput): LocalResponse;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function sameId(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** A path parameter the route table matched (always present for the routes that name it). */
export function param(input: RouteInput, name: string): string {
  const value = input.params[name];
  if (value === undefined) throw new Error(`The route has no parameter ${name}.`);
  return value;
}

/** A JSON request body; Graph refuses another content type and malformed JSON with 400. */
export function jsonBody(request: LocalRequest): unknown {
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
    throw new GraphProblem(400, 'BadRequest', 'The Content-Type must be application/json.');
  }
  try {
    return JSON.parse(request.body ?? '') as unknown;
  } catch {
    throw new GraphProblem(
      400,
      'BadRequest',
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    );
  }
}

export function invalidRequest(message: string): never {
  throw new GraphProblem(400, 'invalidRequest', message);
}
