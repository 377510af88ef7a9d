/**
 * Tolerant reading of grants and registrations as found in the wild: the canonical Graph shape, the
 * legacy SharePoint REST keys `delegated` / `appOnly`, PascalCase values, the old plural
 * `deleteOwnPermissions`, values this tool does not know yet. Each repair yields a warning the UI can
 * show; nothing is silently dropped; writing always emits the canonical Graph shape.
 */
import { isGrantablePermission } from './catalog';
import type { Grant, Plane, ReadResult, ReadWarning, Registration, RegistrationWithGrants } from './model';
import { appIdKey, normalisePlane } from './normalise';
import { GRANTABLE_PERMISSIONS, UNKNOWN_FUTURE_VALUE, type Permission } from './permissions';
import { isGuid } from './validate';

const PLANE_KEYS: Readonly<Record<Plane, { canonical: string; legacy: string }>> = {
  delegated: { canonical: 'delegatedPermissions', legacy: 'delegated' },
  application: { canonical: 'applicationPermissions', legacy: 'appOnly' },
};

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readPermission(
  raw: string,
  path: string,
  appId: string | undefined,
  warnings: ReadWarning[],
): Permission {
  if (isGrantablePermission(raw)) return raw;
  if (raw === UNKNOWN_FUTURE_VALUE) {
    warnings.push({ code: 'unknown_future_value', path, appId, found: raw });
    return raw;
  }
  const lower = raw.toLowerCase();
  if (lower === 'deleteownpermissions') {
    warnings.push({ code: 'plural_delete_own', path, appId, found: raw, readAs: 'deleteOwnPermission' });
    return 'deleteOwnPermission';
  }
  const differentCase = GRANTABLE_PERMISSIONS.find((value) => value.toLowerCase() === lower);
  if (differentCase !== undefined) {
    warnings.push({ code: 'pascal_case', path, appId, found: raw, readAs: differentCase });
    return differentCase;
  }
  // A value from the future: kept verbatim, shown read-only and written back unchanged.
  warnings.push({ code: 'unknown_permission', path, appId, found: raw });
  return raw;
}

interface PlaneRead {
  readonly permissions: Permission[];
  /** The plane cannot be written back exactly (see `Grant.unreadablePlanes`). */
  readonly unreadable: boolean;
}

function readPlane(
  raw: JsonObject,
  plane: Plane,
  path: string,
  appId: string | undefined,
  warnings: ReadWarning[],
): PlaneRead {
  const { canonical, legacy } = PLANE_KEYS[plane];
  let key = canonical;
  if (!(canonical in raw) && legacy in raw) {
    key = legacy;
    warnings.push({
      code: 'legacy_keys',
      path: `${path}.${legacy}`,
      appId,
      found: legacy,
      readAs: canonical,
    });
  }
  const value = raw[key];
  if (value === undefined || value === null) {
    warnings.push({ code: 'missing_plane', path: `${path}.${canonical}`, appId, readAs: 'none', plane });
    return { permissions: ['none'], unreadable: false };
  }
  if (!Array.isArray(value) || !value.every((item): item is string => typeof item === 'string')) {
    warnings.push({ code: 'not_a_list', path: `${path}.${key}`, appId, found: JSON.stringify(value) });
    return { permissions: ['none'], unreadable: true };
  }
  const permissions = value.map((item, index) =>
    readPermission(item, `${path}.${key}[${index}]`, appId, warnings),
  );
  return {
    permissions: permissions.length > 0 ? permissions : ['none'],
    unreadable: permissions.includes(UNKNOWN_FUTURE_VALUE),
  };
}

/** One grant; `value` is `undefined` only when there is nothing to keep (not an object, no appId). */
export function readGrant(raw: unknown, path: string): ReadResult<Grant | undefined> {
  const warnings: ReadWarning[] = [];
  if (!isObject(raw)) {
    warnings.push({ code: 'not_an_object', path, found: JSON.stringify(raw) ?? String(raw) });
    return { value: undefined, warnings };
  }
  const appId = typeof raw.appId === 'string' ? raw.appId.trim() : undefined;
  if (appId === undefined || appId === '') {
    warnings.push({ code: 'missing_app_id', path: `${path}.appId` });
    return { value: undefined, warnings };
  }
  if (!isGuid(appId)) {
    warnings.push({ code: 'invalid_app_id', path: `${path}.appId`, appId, found: appId });
  }
  const delegated = readPlane(raw, 'delegated', path, appId, warnings);
  const application = readPlane(raw, 'application', path, appId, warnings);
  const unreadablePlanes = (['delegated', 'application'] as const).filter((plane) =>
    plane === 'delegated' ? delegated.unreadable : application.unreadable,
  );
  const grant: Grant = {
    appId,
    delegatedPermissions: delegated.permissions,
    applicationPermissions: application.permissions,
    ...(unreadablePlanes.length > 0 ? { unreadablePlanes } : {}),
  };
  return { value: grant, warnings };
}

/** A list of grants: an array, or a Graph collection `{ "value": [...] }`. Duplicate apps keep the first. */
export function readGrants(raw: unknown, path = 'applicationPermissionGrants'): ReadResult<Grant[]> {
  const items = isObject(raw) && Array.isArray(raw.value) ? raw.value : raw;
  if (!Array.isArray(items)) {
    return {
      value: [],
      warnings:
        items === undefined || items === null
          ? []
          : [{ code: 'not_a_list', path, found: JSON.stringify(items) }],
    };
  }
  const grants: Grant[] = [];
  const warnings: ReadWarning[] = [];
  // A map, not a search of the list so far: files of tens of thousands of apps are read in linear time.
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const read = readGrant(item, `${path}[${index}]`);
    for (const warning of read.warnings) warnings.push(warning);
    const grant = read.value;
    if (grant === undefined) return;
    const key = appIdKey(grant.appId);
    const first = seen.get(key);
    if (first !== undefined) {
      warnings.push({
        code: 'duplicate_app',
        path: `${path}[${index}]`,
        appId: grant.appId,
        found: JSON.stringify(item),
        firstPath: `${path}[${first}]`,
      });
      return;
    }
    seen.set(key, index);
    grants.push(grant);
  });
  return { value: grants, warnings };
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function readDate(raw: JsonObject, key: string, warnings: ReadWarning[]): string | undefined {
  const value = raw[key];
  if (typeof value !== 'string') return undefined;
  if (!ISO_8601.test(value)) warnings.push({ code: 'non_iso_date', path: key, found: value });
  return value;
}

function readString(raw: JsonObject, key: string): string | undefined {
  const value = raw[key];
  return typeof value === 'string' ? value : undefined;
}

/** A registration with its grants (empty when the payload has none inline). */
export function readRegistration(raw: unknown): ReadResult<RegistrationWithGrants> {
  const warnings: ReadWarning[] = [];
  const source: JsonObject = isObject(raw) ? raw : {};
  if (!isObject(raw))
    warnings.push({ code: 'not_an_object', path: '$', found: JSON.stringify(raw) ?? String(raw) });
  const expiration =
    source.expirationDateTime === null ? null : readDate(source, 'expirationDateTime', warnings);
  const registration: Registration = {
    id: readString(source, 'id') ?? '',
    name: readString(source, 'name') ?? '',
    owningAppId: readString(source, 'owningAppId') ?? '',
    billingClassification: readString(source, 'billingClassification'),
    billingStatus: readString(source, 'billingStatus'),
    registeredDateTime: readDate(source, 'registeredDateTime', warnings),
    expirationDateTime: expiration,
    etag: readString(source, 'etag'),
    settings: isObject(source.settings) ? source.settings : undefined,
  };
  const grants = readGrants(source.applicationPermissionGrants);
  return {
    value: { ...registration, applicationPermissionGrants: grants.value },
    warnings: [...warnings, ...grants.warnings],
  };
}

/** The body of a per-app grant PUT. */
export interface WireGrantBody {
  delegatedPermissions: string[];
  applicationPermissions: string[];
}

/** The planes of a grant that cannot be written back exactly; a grant with any is read-only. */
export function unwritablePlanes(grant: Grant): Plane[] {
  return (['delegated', 'application'] as const).filter(
    (plane) =>
      grant.unreadablePlanes?.includes(plane) === true ||
      (plane === 'delegated' ? grant.delegatedPermissions : grant.applicationPermissions).includes(
        UNKNOWN_FUTURE_VALUE,
      ),
  );
}

/**
 * The canonical body of `PUT …/applicationPermissionGrants/{appId}`: both planes, always (the service
 * reportedly resets a plane left out to `none`), and no `appId` (the docs say not to include it).
 * Refuses a grant it cannot write exactly: sending `unknownFutureValue` is refused by the service, and
 * dropping it would revoke the value it stands for.
 */
export function toWireGrantBody(grant: Grant): WireGrantBody {
  if (unwritablePlanes(grant).length > 0) {
    throw new Error(`The grant of ${grant.appId} holds values this tool cannot write back; it is read-only.`);
  }
  return {
    delegatedPermissions: normalisePlane(grant.delegatedPermissions),
    applicationPermissions: normalisePlane(grant.applicationPermissions),
  };
}
