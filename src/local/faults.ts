/** Failures the local stack can be told to produce, so clients are tested against them. */
import { unknownFieldProblem } from './http';

export interface StatusFault {
  readonly status: number;
  /** Seconds in `Retry-After` (429 / 503). */
  readonly retryAfter?: number;
  /** Answer this many requests with the status, then stop… */
  remaining?: number;
  /** …or answer this share of requests (0–1) until cleared. */
  readonly ratio?: number;
  /** Only writes (PUT / PATCH / DELETE, in or out of a batch) get the status; reads pass. */
  readonly writesOnly?: boolean;
}

export interface FaultSettings {
  status?: StatusFault;
  /** Fixed latency, or a random one between two bounds (ms). */
  latencyMs?: number | readonly [number, number];
  /** Destroy the connection of the next write, before or after the service applies it. */
  drop?: { readonly when: 'before-apply' | 'after-apply' };
  /** A changed grant keeps reading as before for this long. */
  propagationDelayMs?: number;
  /**
   * `refuseConsent`: the tenant's policy refuses admin consent, so the consent page offers no Accept
   * and answers the app with the refusal.
   */
  idp: { failSilent: boolean; accessTokenLifetimeSeconds: number; refuseConsent: boolean };
}

export interface ServiceSettings {
  /** Children are collapsed into parents on write, as the service does. */
  normalise: boolean;
  /** A plane left out of a per-app write is reset to `none` (PnP's report). */
  resetOmittedPlane: boolean;
  /** Largest page the list endpoints return. */
  pageSize: number;
}

export const DEFAULT_ACCESS_TOKEN_LIFETIME_SECONDS = 3600;

export function defaultFaults(): FaultSettings {
  return {
    idp: {
      failSilent: false,
      accessTokenLifetimeSeconds: DEFAULT_ACCESS_TOKEN_LIFETIME_SECONDS,
      refuseConsent: false,
    },
  };
}

export function defaultServiceSettings(): ServiceSettings {
  return { normalise: true, resetOmittedPlane: true, pageSize: 100 };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const FAULT_FIELDS = [
  'status',
  'count',
  'ratio',
  'retryAfter',
  'on',
  'latencyMs',
  'drop',
  'when',
  'propagationDelayMs',
  'idp',
] as const;
const IDP_FAULT_FIELDS = ['failSilent', 'accessTokenLifetimeSeconds', 'refuseConsent'] as const;
const SETTING_FIELDS = ['normalise', 'resetOmittedPlane', 'pageSize', 'tenant'] as const;

/** Merges a `POST /__local/faults` body into the current faults; returns a problem text if invalid. */
export function armFaults(current: FaultSettings, input: unknown): string | undefined {
  if (!isRecord(input)) return 'Expected a JSON object.';
  // Unknown fields are refused before anything is armed.
  const unknown =
    unknownFieldProblem(input, FAULT_FIELDS) ??
    (isRecord(input.idp) ? unknownFieldProblem(input.idp, IDP_FAULT_FIELDS, 'field of "idp"') : undefined);
  if (unknown !== undefined) return unknown;
  if (isRecord(input.idp) && 'refuseConsent' in input.idp && typeof input.idp.refuseConsent !== 'boolean') {
    return '"idp.refuseConsent" must be true or false.';
  }
  if ('status' in input) {
    const status = input.status;
    if (status === null) {
      delete current.status;
    } else if (typeof status !== 'number' || status < 400 || status > 599) {
      return '"status" must be an HTTP error status (400–599) or null.';
    } else {
      const count = typeof input.count === 'number' ? input.count : undefined;
      const ratio = typeof input.ratio === 'number' ? input.ratio : undefined;
      if (count === undefined && ratio === undefined) return 'A status fault needs "count" or "ratio".';
      current.status = {
        status,
        remaining: count,
        ratio,
        retryAfter: typeof input.retryAfter === 'number' ? input.retryAfter : undefined,
        writesOnly: input.on === 'writes',
      };
    }
  }
  if ('latencyMs' in input) {
    const latency = input.latencyMs;
    if (latency === null || latency === 0) delete current.latencyMs;
    else if (typeof latency === 'number' && latency > 0) current.latencyMs = latency;
    else if (
      Array.isArray(latency) &&
      latency.length === 2 &&
      latency.every((n) => typeof n === 'number' && n >= 0)
    ) {
      current.latencyMs = [latency[0] as number, latency[1] as number];
    } else return '"latencyMs" must be a number of milliseconds or [min, max].';
  }
  if ('drop' in input) {
    if (input.drop === null) delete current.drop;
    else if (input.drop === 'next-write') {
      current.drop = { when: input.when === 'after-apply' ? 'after-apply' : 'before-apply' };
    } else return '"drop" must be "next-write" or null.';
  }
  if ('propagationDelayMs' in input) {
    const delay = input.propagationDelayMs;
    if (delay === null || delay === 0) delete current.propagationDelayMs;
    else if (typeof delay === 'number' && delay > 0) current.propagationDelayMs = delay;
    else return '"propagationDelayMs" must be a positive number or null.';
  }
  if ('idp' in input) {
    if (!isRecord(input.idp)) return '"idp" must be an object.';
    if (typeof input.idp.refuseConsent === 'boolean') current.idp.refuseConsent = input.idp.refuseConsent;
    if (typeof input.idp.failSilent === 'boolean') current.idp.failSilent = input.idp.failSilent;
    if (typeof input.idp.accessTokenLifetimeSeconds === 'number') {
      current.idp.accessTokenLifetimeSeconds = input.idp.accessTokenLifetimeSeconds;
    }
  }
  return undefined;
}

/**
 * Applies a `POST /__local/settings` body (`tenant` is the stack's, not the service's); returns a
 * problem text, and changes nothing, when any field is unknown or of the wrong type.
 */
export function updateServiceSettings(
  current: ServiceSettings,
  input: Record<string, unknown>,
): string | undefined {
  const unknown = unknownFieldProblem(input, SETTING_FIELDS, 'setting');
  if (unknown !== undefined) return unknown;
  for (const [key, value] of Object.entries(input)) {
    if (key === 'normalise' || key === 'resetOmittedPlane') {
      if (typeof value !== 'boolean') return `"${key}" must be true or false.`;
    } else if (key === 'pageSize') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
        return '"pageSize" must be a whole number of at least 1.';
      }
    }
  }
  Object.assign(current, input);
  return undefined;
}

/** Whether this Graph request is answered with the armed status (consumes one from a count). */
export function takeStatusFault(
  faults: FaultSettings,
  isWrite: boolean,
  random: () => number = Math.random,
): StatusFault | undefined {
  const fault = faults.status;
  if (fault === undefined || (fault.writesOnly === true && !isWrite)) return undefined;
  if (fault.remaining !== undefined) {
    if (fault.remaining <= 0) {
      delete faults.status;
      return undefined;
    }
    fault.remaining -= 1;
    if (fault.remaining === 0) delete faults.status;
    return fault;
  }
  return fault.ratio !== undefined && random() < fault.ratio ? fault : undefined;
}

export function latencyOf(faults: FaultSettings, random: () => number = Math.random): number {
  const latency = faults.latencyMs;
  if (latency === undefined) return 0;
  if (typeof latency === 'number') return latency;
  return latency[0] + random() * (latency[1] - latency[0]);
}
