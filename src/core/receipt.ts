/**
 * A receipt for a save, one registration or many: who saved (the signed-in admin's UPN and object id),
 * when (UTC), in which tenant, and per registration and app the grant before and after on each plane,
 * what came of it, and the ids of each write — the `client-request-id` this tool sent and the
 * service's `request-id` — so that an admin working under change management can show what changed,
 * and support can find every write. Graph keeps no history of grant changes: this is the record.
 *
 * Built from what the save reported: the graph layer's `SaveReport` and `RegistrationSaveResult` have
 * the `…Source` shapes below (core cannot import them; a test holds them together). Written as a
 * versioned JSON document (docs/schemas/receipt.v1.schema.json) and as CSV for auditors with the
 * tenant CSV's formula-safe cells (`csvText`). A receipt holds ids, codes and grants only: never a
 * token, and no text the service sent (an error's message stays out; its code and ids are enough).
 */
import { diffGrants } from './diffGrants';
import { csvText, permissionsText } from './grantsCsv';
import { planeOf } from './grantList';
import type { Grant, GrantChange, GrantConflict, Plane } from './model';
import { PLANES } from './model';
import { appIdKey } from './normalise';

export const RECEIPT_FORMAT = 'spe-permission-matrix/receipt';
export const RECEIPT_VERSION = 1;

/** The ids of one write that was sent; the graph layer sets them on each such save outcome. */
export interface WriteIds {
  /** The `client-request-id` header this tool sent with the write (a fresh GUID per write). */
  readonly clientRequestId?: string;
  /** The service's `request-id`: the write's own answer's when Graph gave one, else its `$batch`'s. */
  readonly requestId?: string;
  /** Whose `request-id` that is: the write's own answer, or the `$batch` request that carried it. */
  readonly requestIdFrom?: 'write' | 'batch';
}

/** What a receipt keeps of a failure: its code and ids, never the service's message. */
export interface ReceiptErrorSource {
  readonly code: string;
  readonly status?: number;
  readonly graphCode?: string;
  readonly requestId?: string;
  readonly date?: string;
}

/** One app's save outcome, as the graph layer's `AppSaveOutcome` has it. */
export type ReceiptOutcomeSource = WriteIds & {
  readonly appId: string;
  readonly change: GrantChange;
} & (
    | { readonly status: 'applied' }
    | { readonly status: 'failed' | 'unknown'; readonly error: ReceiptErrorSource }
    | { readonly status: 'conflict'; readonly conflict: GrantConflict }
    | { readonly status: 'blocked' }
  );

/** One registration's save, as the graph layer's `SaveReport` has it. */
export interface ReceiptReportSource {
  readonly registrationId: string;
  readonly outcomes: readonly ReceiptOutcomeSource[];
  /** `undefined`: the read-back after writing failed, so nothing written could be confirmed. */
  readonly after?: readonly Grant[];
  readonly unconfirmed: readonly string[];
  readonly changedSince: readonly { readonly appId: string; readonly shown: Grant | undefined }[];
  readonly savedAt?: string;
}

/** One registration's part of a save across registrations (`RegistrationSaveResult`). */
export type ReceiptSaveResultSource =
  | { readonly type: 'saved'; readonly report: ReceiptReportSource }
  | { readonly type: 'not-saved'; readonly registrationId: string; readonly error: ReceiptErrorSource };

/** What was asked of one registration (the `SaveRequest`): what "not saved" lists when nothing was sent. */
export interface ReceiptSaveRequest {
  readonly registrationId: string;
  readonly baseline: readonly Grant[];
  readonly edited: readonly Grant[];
}

export interface ReceiptSave {
  readonly request: ReceiptSaveRequest;
  readonly result: ReceiptSaveResultSource;
}

/** The signed-in admin, from the token's claims (`preferred_username` / `upn`, `oid`). */
export interface ReceiptUser {
  readonly userPrincipalName?: string;
  readonly objectId?: string;
}

export interface ReceiptContext {
  /** A GUID naming this receipt (the caller makes it: core has no randomness). */
  readonly id: string;
  /** When the save ended; written in UTC. */
  readonly createdAt: Date;
  readonly tenantId: string;
  readonly user: ReceiptUser;
  /** The registration's name when known. */
  readonly registrationName?: (registrationId: string) => string | undefined;
  /** The app's display name when known (the name cache). */
  readonly appName?: (appId: string) => string | undefined;
}

/** What came of one app's change, in the admin's terms. */
export type ReceiptOutcome = 'saved' | 'not-saved' | 'conflict' | 'unknown';

/**
 * For a saved app: what the read after the save showed. `confirmed`: the written value;
 * `not-visible-yet`: still the value from before (propagation can take an hour or more);
 * `changed-since`: another value (`serviceShows`); `not-read`: that read failed; `already-held`: the
 * service held the value already, so nothing was written.
 */
export type ReceiptConfirmation =
  'confirmed' | 'not-visible-yet' | 'changed-since' | 'not-read' | 'already-held';

/**
 * Why an app was not saved. `failed`: the service refused the write, or it was never sent;
 * `read-only`: the grant holds values this tool cannot write back exactly; `not-checked`: the
 * registration's fresh read before writing failed, so nothing was sent to it.
 */
export type ReceiptNotSavedReason = 'failed' | 'read-only' | 'not-checked';

/** A grant's two planes, as Graph spells them; `null` where the app has no grant. */
export type ReceiptGrant = Pick<Grant, 'delegatedPermissions' | 'applicationPermissions'>;

export interface ReceiptWrite {
  readonly method: 'PUT' | 'DELETE';
  readonly clientRequestId?: string;
  readonly requestId?: string;
  readonly requestIdFrom?: 'write' | 'batch';
}

export interface ReceiptError {
  readonly code: string;
  readonly status?: number;
  readonly graphCode?: string;
  readonly requestId?: string;
  readonly date?: string;
}

export interface ReceiptApp {
  readonly appId: string;
  readonly appName?: string;
  readonly change: GrantChange['type'];
  /** The grant as the editor loaded it; `null`: no grant. */
  readonly before: ReceiptGrant | null;
  /** The grant the save asked for; `null`: removed. */
  readonly after: ReceiptGrant | null;
  readonly outcome: ReceiptOutcome;
  /** For `saved` only. */
  readonly confirmation?: ReceiptConfirmation;
  /** For `not-saved` only. */
  readonly reason?: ReceiptNotSavedReason;
  /** What the service held instead: theirs for a conflict, the value read back for `changed-since`. */
  readonly serviceShows?: ReceiptGrant | null;
  readonly error?: ReceiptError;
  /** The write, when one was sent. */
  readonly write?: ReceiptWrite;
}

export interface ReceiptRegistration {
  readonly registrationId: string;
  readonly name?: string;
  /** When the last write was acknowledged (ISO 8601), when anything was saved. */
  readonly savedAt?: string;
  /** Why nothing was sent to this registration (its fresh read before writing failed). */
  readonly error?: ReceiptError;
  readonly apps: readonly ReceiptApp[];
}

export interface Receipt {
  readonly format: typeof RECEIPT_FORMAT;
  readonly version: typeof RECEIPT_VERSION;
  readonly id: string;
  /** ISO 8601, UTC. */
  readonly createdAt: string;
  readonly tenantId: string;
  readonly user: ReceiptUser;
  readonly registrations: readonly ReceiptRegistration[];
}

/** Spreads `{ key: value }` only when there is a value: a receipt has no `undefined` fields. */
function present<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function receiptGrant(grant: Grant | undefined): ReceiptGrant | null {
  if (grant === undefined) return null;
  return {
    delegatedPermissions: [...grant.delegatedPermissions],
    applicationPermissions: [...grant.applicationPermissions],
  };
}

function receiptError(error: ReceiptErrorSource): ReceiptError {
  return {
    code: error.code,
    ...present('status', error.status),
    ...present('graphCode', error.graphCode),
    ...present('requestId', error.requestId),
    ...present('date', error.date),
  };
}

function changeGrants(change: GrantChange): Pick<ReceiptApp, 'change' | 'before' | 'after'> {
  return {
    change: change.type,
    before: receiptGrant(change.type === 'added' ? undefined : change.before),
    after: receiptGrant(change.type === 'removed' ? undefined : change.after),
  };
}

/** The write an outcome carries ids for; none when nothing was sent for the app. */
function receiptWrite(outcome: ReceiptOutcomeSource): ReceiptWrite | undefined {
  const { clientRequestId, requestId, requestIdFrom } = outcome;
  if (clientRequestId === undefined && requestId === undefined) return undefined;
  return {
    method: outcome.change.type === 'removed' ? 'DELETE' : 'PUT',
    ...present('clientRequestId', clientRequestId),
    ...present('requestId', requestId),
    ...present('requestIdFrom', requestIdFrom),
  };
}

function appEntry(
  change: GrantChange,
  context: ReceiptContext,
): Pick<ReceiptApp, 'appId' | 'appName' | 'change' | 'before' | 'after'> {
  return {
    appId: change.appId,
    ...present('appName', context.appName?.(change.appId)),
    ...changeGrants(change),
  };
}

function savedApp(
  report: ReceiptReportSource,
  outcome: ReceiptOutcomeSource,
  context: ReceiptContext,
): ReceiptApp {
  const entry = appEntry(outcome.change, context);
  const write = receiptWrite(outcome);
  const key = appIdKey(outcome.appId);
  const among = (ids: readonly string[]): boolean => ids.some((id) => appIdKey(id) === key);
  switch (outcome.status) {
    case 'applied': {
      if (write === undefined) return { ...entry, outcome: 'saved', confirmation: 'already-held' };
      const changed = report.changedSince.find((each) => appIdKey(each.appId) === key);
      if (changed !== undefined) {
        return {
          ...entry,
          outcome: 'saved',
          confirmation: 'changed-since',
          serviceShows: receiptGrant(changed.shown),
          write,
        };
      }
      const confirmation: ReceiptConfirmation = among(report.unconfirmed)
        ? 'not-visible-yet'
        : report.after === undefined
          ? 'not-read'
          : 'confirmed';
      return { ...entry, outcome: 'saved', confirmation, write };
    }
    case 'failed':
      return {
        ...entry,
        outcome: 'not-saved',
        reason: 'failed',
        error: receiptError(outcome.error),
        ...present('write', write),
      };
    case 'unknown':
      return { ...entry, outcome: 'unknown', error: receiptError(outcome.error), ...present('write', write) };
    case 'conflict':
      return { ...entry, outcome: 'conflict', serviceShows: receiptGrant(outcome.conflict.theirs) };
    case 'blocked':
      return { ...entry, outcome: 'not-saved', reason: 'read-only' };
  }
}

function registrationEntry(save: ReceiptSave, context: ReceiptContext): ReceiptRegistration {
  const { request, result } = save;
  const registrationId = result.type === 'saved' ? result.report.registrationId : result.registrationId;
  const name = present('name', context.registrationName?.(registrationId));
  if (result.type === 'not-saved') {
    const error = receiptError(result.error);
    return {
      registrationId,
      ...name,
      error,
      apps: diffGrants(request.baseline, request.edited).map((change): ReceiptApp => ({
        ...appEntry(change, context),
        outcome: 'not-saved',
        reason: 'not-checked',
        error,
      })),
    };
  }
  const { report } = result;
  return {
    registrationId,
    ...name,
    ...present('savedAt', report.savedAt),
    apps: report.outcomes.map((outcome) => savedApp(report, outcome, context)),
  };
}

/** The receipt of a save across registrations (`saveGrantsOfMany`), in the order of `saves`. */
export function createReceipt(context: ReceiptContext, saves: readonly ReceiptSave[]): Receipt {
  return {
    format: RECEIPT_FORMAT,
    version: RECEIPT_VERSION,
    id: context.id,
    createdAt: context.createdAt.toISOString(),
    tenantId: context.tenantId,
    user: {
      ...present('userPrincipalName', context.user.userPrincipalName),
      ...present('objectId', context.user.objectId),
    },
    registrations: saves.map((save) => registrationEntry(save, context)),
  };
}

/** The receipt of one registration's save (`saveGrants`). */
export function createRegistrationReceipt(
  context: ReceiptContext,
  request: ReceiptSaveRequest,
  report: ReceiptReportSource,
): Receipt {
  return createReceipt(context, [{ request, result: { type: 'saved', report } }]);
}

/** The receipt as the JSON a download holds. */
export function receiptToJson(receipt: Receipt): string {
  return `${JSON.stringify(receipt, null, 2)}\n`;
}

// Reading a receipt back (from this browser's storage, or a file): every field checked, only known
// fields kept. Anything off and the whole receipt is refused: a record is never guessed at.

type Fields = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Thrown inside `readReceipt` only, to refuse the whole receipt at the first field that is off. */
class NotAReceipt extends Error {}

function refuse(): never {
  throw new NotAReceipt();
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : refuse();
}

function optionalText(value: unknown): string | undefined {
  return value === undefined ? undefined : text(value);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T {
  return allowed.includes(value as T) ? (value as T) : refuse();
}

function optionalOneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return value === undefined ? undefined : oneOf(value, allowed);
}

function fields(value: unknown): Fields {
  return isObject(value) ? value : refuse();
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : refuse();
}

function readGrant(value: unknown): ReceiptGrant | null {
  if (value === null) return null;
  const grant = fields(value);
  return {
    delegatedPermissions: list(grant.delegatedPermissions).map(text),
    applicationPermissions: list(grant.applicationPermissions).map(text),
  };
}

function readError(value: unknown): ReceiptError | undefined {
  if (value === undefined) return undefined;
  const error = fields(value);
  const status = error.status;
  if (status !== undefined && (typeof status !== 'number' || !Number.isInteger(status))) refuse();
  return {
    code: text(error.code),
    ...present('status', status as number | undefined),
    ...present('graphCode', optionalText(error.graphCode)),
    ...present('requestId', optionalText(error.requestId)),
    ...present('date', optionalText(error.date)),
  };
}

function readWrite(value: unknown): ReceiptWrite | undefined {
  if (value === undefined) return undefined;
  const write = fields(value);
  return {
    method: oneOf(write.method, ['PUT', 'DELETE'] as const),
    ...present('clientRequestId', optionalText(write.clientRequestId)),
    ...present('requestId', optionalText(write.requestId)),
    ...present('requestIdFrom', optionalOneOf(write.requestIdFrom, ['write', 'batch'] as const)),
  };
}

const OUTCOMES: readonly ReceiptOutcome[] = ['saved', 'not-saved', 'conflict', 'unknown'];
const CONFIRMATIONS: readonly ReceiptConfirmation[] = [
  'confirmed',
  'not-visible-yet',
  'changed-since',
  'not-read',
  'already-held',
];
const REASONS: readonly ReceiptNotSavedReason[] = ['failed', 'read-only', 'not-checked'];
const CHANGES: readonly GrantChange['type'][] = ['added', 'changed', 'removed'];

function readApp(value: unknown): ReceiptApp {
  const app = fields(value);
  return {
    appId: text(app.appId),
    ...present('appName', optionalText(app.appName)),
    change: oneOf(app.change, CHANGES),
    before: readGrant(app.before),
    after: readGrant(app.after),
    outcome: oneOf(app.outcome, OUTCOMES),
    ...present('confirmation', optionalOneOf(app.confirmation, CONFIRMATIONS)),
    ...present('reason', optionalOneOf(app.reason, REASONS)),
    ...present('serviceShows', app.serviceShows === undefined ? undefined : readGrant(app.serviceShows)),
    ...present('error', readError(app.error)),
    ...present('write', readWrite(app.write)),
  };
}

function readRegistration(value: unknown): ReceiptRegistration {
  const registration = fields(value);
  return {
    registrationId: text(registration.registrationId),
    ...present('name', optionalText(registration.name)),
    ...present('savedAt', optionalText(registration.savedAt)),
    ...present('error', readError(registration.error)),
    apps: list(registration.apps).map(readApp),
  };
}

/** A receipt from parsed JSON, or `undefined` when anything in it is not as this version writes it. */
export function readReceipt(value: unknown): Receipt | undefined {
  try {
    const receipt = fields(value);
    if (receipt.format !== RECEIPT_FORMAT || receipt.version !== RECEIPT_VERSION) return undefined;
    const user = fields(receipt.user);
    return {
      format: RECEIPT_FORMAT,
      version: RECEIPT_VERSION,
      id: text(receipt.id),
      createdAt: text(receipt.createdAt),
      tenantId: text(receipt.tenantId),
      user: {
        ...present('userPrincipalName', optionalText(user.userPrincipalName)),
        ...present('objectId', optionalText(user.objectId)),
      },
      registrations: list(receipt.registrations).map(readRegistration),
    };
  } catch (error) {
    if (error instanceof NotAReceipt) return undefined;
    throw error;
  }
}

/** The header row of the receipt CSV, worded by the caller (the editor's strings). */
export interface ReceiptCsvHeaders {
  readonly receiptId: string;
  readonly createdAt: string;
  readonly tenantId: string;
  readonly userPrincipalName: string;
  readonly userObjectId: string;
  readonly registrationId: string;
  readonly registrationName: string;
  readonly appId: string;
  readonly appName: string;
  readonly change: string;
  readonly plane: string;
  readonly before: string;
  readonly after: string;
  readonly outcome: string;
  /** The confirmation of a saved app, or why it was not saved. */
  readonly detail: string;
  readonly errorCode: string;
  readonly httpStatus: string;
  readonly requestId: string;
  readonly clientRequestId: string;
}

/** The columns, in order: the header row and every data row follow this one list. */
const RECEIPT_CSV_COLUMNS: readonly (keyof ReceiptCsvHeaders)[] = [
  'receiptId',
  'createdAt',
  'tenantId',
  'userPrincipalName',
  'userObjectId',
  'registrationId',
  'registrationName',
  'appId',
  'appName',
  'change',
  'plane',
  'before',
  'after',
  'outcome',
  'detail',
  'errorCode',
  'httpStatus',
  'requestId',
  'clientRequestId',
];

function planeText(grant: ReceiptGrant | null, plane: Plane): string {
  return grant === null ? '' : permissionsText(planeOf(grant, plane));
}

/**
 * Receipts as CSV for auditors: one row per receipt, registration, app and plane, each row complete
 * (who, when and the tenant repeated) so a spreadsheet can filter it. Names come from the service and
 * the directory: every cell goes through the tenant CSV's formula guard (`csvText`). Codes (change,
 * outcome, detail, error) stay as the JSON spells them, so the columns mean the same in every language.
 */
export function receiptsToCsv(
  receipts: readonly Receipt[],
  options: { readonly headers: ReceiptCsvHeaders },
): string {
  const rows: string[][] = [RECEIPT_CSV_COLUMNS.map((column) => options.headers[column])];
  for (const receipt of receipts) {
    for (const registration of receipt.registrations) {
      for (const app of registration.apps) {
        for (const plane of PLANES) {
          const cells: Record<keyof ReceiptCsvHeaders, string> = {
            receiptId: receipt.id,
            createdAt: receipt.createdAt,
            tenantId: receipt.tenantId,
            userPrincipalName: receipt.user.userPrincipalName ?? '',
            userObjectId: receipt.user.objectId ?? '',
            registrationId: registration.registrationId,
            registrationName: registration.name ?? '',
            appId: app.appId,
            appName: app.appName ?? '',
            change: app.change,
            plane,
            before: planeText(app.before, plane),
            after: planeText(app.after, plane),
            outcome: app.outcome,
            detail: app.confirmation ?? app.reason ?? '',
            errorCode: app.error?.code ?? '',
            httpStatus: app.error?.status === undefined ? '' : String(app.error.status),
            requestId: app.write?.requestId ?? app.error?.requestId ?? '',
            clientRequestId: app.write?.clientRequestId ?? '',
          };
          rows.push(RECEIPT_CSV_COLUMNS.map((column) => cells[column]));
        }
      }
    }
  }
  return csvText(rows);
}
