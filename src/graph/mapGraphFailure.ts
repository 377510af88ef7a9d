/**
 * A Graph answer that is not a success, as a typed `GraphError` the UI can explain (graph-api.md §4.4).
 * Branches on status and Graph's `error.code`, never on the message text.
 */
import type { ScopeMode, UserRole } from '../core/deployment';
import { GraphError, type GraphErrorCode } from './errors';
import type { GraphAnswer } from './graphTransport';

/** What the failed request was about: the same 403 means different things on different calls. */
export interface FailureContext {
  readonly target: 'registrations' | 'registration' | 'grants' | 'directory';
  readonly write: boolean;
  /** The registration PUT: a 404 there means no such container type. */
  readonly registers?: boolean;
  /** The settings PATCH: the documented 400 there is a setting the owner does not let this tenant override. */
  readonly settings?: boolean;
  readonly scopeMode: ScopeMode;
  readonly userRole: UserRole;
}

interface GraphErrorBody {
  readonly code?: string;
  readonly message?: string;
  readonly requestId?: string;
  readonly date?: string;
}

function readErrorBody(body: unknown): GraphErrorBody {
  if (typeof body !== 'object' || body === null) return {};
  const error = (body as { error?: unknown }).error;
  if (typeof error !== 'object' || error === null) return {};
  const record = error as Record<string, unknown>;
  const inner = (record.innerError ?? record.innererror) as Record<string, unknown> | undefined;
  const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
  return {
    code: text(record.code),
    message: text(record.message),
    requestId: text(inner?.['request-id']),
    date: text(inner?.date),
  };
}

/** `Retry-After` in seconds (delta form or HTTP date); `undefined` when absent or unreadable. */
export function retryAfterSeconds(
  headers: Readonly<Record<string, string>>,
  now = Date.now(),
): number | undefined {
  const raw = headers['retry-after'];
  if (raw === undefined) return undefined;
  if (/^\d+$/.test(raw.trim())) return Number(raw.trim());
  const at = Date.parse(raw);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

function codeFor(status: number, graphCode: string | undefined, context: FailureContext): GraphErrorCode {
  if (status === 401) return 'token_expired';
  if (status === 403) {
    // Entra's directory-style denial: the token lacks the permission, i.e. consent is missing.
    if (graphCode === 'Authorization_RequestDenied') return 'consent_required';
    if (context.userRole === 'missing_role') return 'role_required';
    if (context.scopeMode === 'selected' && context.target !== 'registrations') {
      return context.write ? 'not_owning_app' : 'not_visible_with_selected_scope';
    }
    return 'role_required';
  }
  if (status === 404) return context.registers === true ? 'container_type_not_found' : 'not_registered';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 429) return 'throttled';
  if (status === 503) return 'unavailable';
  // The tool checks each value before sending and always sends the etag: the documented cause remains.
  if (status === 400 && context.settings === true) return 'setting_not_overridable';
  if (status === 400 || status === 405 || status === 422) return 'invalid_request';
  return 'unknown';
}

export function mapGraphFailure(answer: GraphAnswer, context: FailureContext): GraphError {
  const error = readErrorBody(answer.body);
  return new GraphError({
    code: codeFor(answer.status, error.code, context),
    status: answer.status,
    graphCode: error.code,
    serviceMessage:
      error.message ?? (typeof answer.body === 'string' ? answer.body.slice(0, 500) : undefined),
    requestId: error.requestId ?? answer.headers['request-id'],
    date: error.date ?? answer.headers.date,
    retryAfterSeconds: retryAfterSeconds(answer.headers),
  });
}

export function isSuccess(status: number): boolean {
  return status >= 200 && status < 300;
}

export function isThrottled(status: number): boolean {
  return status === 429 || status === 503;
}
