/**
 * Typed errors the UI can explain. Every Graph failure becomes one `GraphError` with a code from
 * this list; the service's `request-id` and `date` travel along for support. Never put a token here.
 */
export const GRAPH_ERROR_CODES = [
  'consent_required', // the app lacks the Graph permission / admin consent
  'role_required', // the signed-in user is not SharePoint Embedded Administrator or Global Administrator
  'not_owning_app', // `.Selected`: the calling app does not own this container type
  'not_visible_with_selected_scope', // `.Selected`: the registration is hidden from this app
  'not_registered', // no such registration (404)
  'container_type_not_found', // registering: no container type with this id (404 on the registration PUT)
  'registration_uncertain', // registering: one read said "not registered", the other did not; nothing written
  'conflict', // changed elsewhere (stale etag, 409/412)
  'setting_not_overridable', // 400 on a settings PATCH: the owning type does not let this tenant override it
  'throttled', // 429 after the retries allowed
  'unavailable', // 503: the service is busy or unavailable, after the retries allowed
  'invalid_request', // 400: the service's message is kept
  'network', // no response: offline, dropped connection, CORS
  'timeout', // no response within the time allowed: the request may or may not have applied
  'token_expired', // 401: the token is missing, expired or invalid
  'cancelled', // the caller aborted
  'too_many_pages', // a collection still had more pages after the most this tool reads
  'unknown',
] as const;

export type GraphErrorCode = (typeof GRAPH_ERROR_CODES)[number];

export interface GraphErrorInit {
  readonly code: GraphErrorCode;
  /** HTTP status, when the service answered. */
  readonly status?: number;
  /** Graph's own `error.code` (e.g. `accessDenied`), kept for support. */
  readonly graphCode?: string;
  /** The service's message (plain text, shown as text). */
  readonly serviceMessage?: string;
  readonly requestId?: string;
  readonly date?: string;
  /** Seconds the service asked to wait (429 / 503). */
  readonly retryAfterSeconds?: number;
}

export class GraphError extends Error implements GraphErrorInit {
  public readonly code: GraphErrorCode;
  public readonly status?: number;
  public readonly graphCode?: string;
  public readonly serviceMessage?: string;
  public readonly requestId?: string;
  public readonly date?: string;
  public readonly retryAfterSeconds?: number;

  public constructor(init: GraphErrorInit) {
    super(
      `${init.code}${init.status !== undefined ? ` (HTTP ${init.status})` : ''}${init.serviceMessage ? `: ${init.serviceMessage}` : ''}`,
    );
    this.name = 'GraphError';
    // The SPFx build targets ES5, where extending Error breaks `instanceof` unless the prototype is reset.
    Object.setPrototypeOf(this, GraphError.prototype);
    this.code = init.code;
    this.status = init.status;
    this.graphCode = init.graphCode;
    this.serviceMessage = init.serviceMessage;
    this.requestId = init.requestId;
    this.date = init.date;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}
