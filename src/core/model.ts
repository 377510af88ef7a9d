/**
 * The grant model shared by every layer. Shapes follow Graph exactly
 * (`fileStorageContainerTypeAppPermissionGrant`, `fileStorageContainerTypeRegistration`).
 */
import type { GrantablePermission, Permission } from './permissions';

/** Which kind of token a permission list applies to. */
export type Plane = 'delegated' | 'application';

export const PLANES: readonly Plane[] = ['delegated', 'application'];

/** One app's grant on a container type registration, in the canonical Graph shape. */
export interface Grant {
  readonly appId: string;
  /** What the app may do with delegated (user) tokens. `["none"]` when empty. */
  readonly delegatedPermissions: readonly Permission[];
  /** What the app may do with app-only tokens. `["none"]` when empty. */
  readonly applicationPermissions: readonly Permission[];
  /**
   * Planes the service sent in a form this tool cannot write back exactly: `unknownFutureValue` (a
   * value newer than this client's schema) or something that is not a list. The app is read-only:
   * nothing is ever written for it, since any write would replace what the service really holds.
   */
  readonly unreadablePlanes?: readonly Plane[];
}

export type BillingClassification =
  'standard' | 'trial' | 'directToCustomer' | 'unknownFutureValue' | (string & {});
export type BillingStatus = 'invalid' | 'valid' | 'unknownFutureValue' | (string & {});

/** A container type registration in the consuming tenant (grants read separately). */
export interface Registration {
  /** Equals the container type id. */
  readonly id: string;
  readonly name: string;
  readonly owningAppId: string;
  readonly billingClassification?: BillingClassification;
  readonly billingStatus?: BillingStatus;
  /** ISO 8601 when the service sent something parseable; the raw text otherwise. */
  readonly registeredDateTime?: string;
  readonly expirationDateTime?: string | null;
  readonly etag?: string;
  readonly settings?: Readonly<Record<string, unknown>>;
}

/** A registration with its grants, as an editor loads it. */
export interface RegistrationWithGrants extends Registration {
  readonly applicationPermissionGrants: readonly Grant[];
}

/**
 * Something a tolerant read noticed and repaired (or could not repair) in a payload. The UI shows
 * these once; the canonical shape is what gets written back.
 */
export type ReadWarningCode =
  | 'legacy_keys' // `delegated` / `appOnly` instead of `delegatedPermissions` / `applicationPermissions`
  | 'pascal_case' // `ReadContent` instead of `readContent`
  | 'plural_delete_own' // `deleteOwnPermissions` / `DeleteOwnPermissions`
  | 'unknown_permission' // a value the catalog does not know: kept, shown, written back unchanged
  | 'unknown_future_value' // the `unknownFutureValue` sentinel
  | 'invalid_app_id' // not a GUID
  | 'missing_plane' // a list absent from the payload: read as `["none"]` (an import's merge keeps the plane)
  | 'not_a_list' // a plane that is not an array of strings
  | 'non_iso_date' // `08/11/2025` instead of ISO 8601
  | 'duplicate_app' // the same appId twice: the first is kept (an import file is refused)
  | 'not_an_object' // a grant or document entry that is not a JSON object
  | 'missing_app_id'; // a grant without an appId: it cannot be kept

export interface ReadWarning {
  readonly code: ReadWarningCode;
  /** JSON path of the problem, e.g. `applicationPermissionGrants[1].delegated`. */
  readonly path: string;
  readonly appId?: string;
  /** The offending value as found, for display (always rendered as text). */
  readonly found?: string;
  /** What it was read as, when it was repaired. */
  readonly readAs?: string;
  /** The plane it concerns, for `missing_plane`: an import keeps what the matrix holds for it in a merge. */
  readonly plane?: Plane;
  /** For `duplicate_app`: the path of the entry that names the same app first. */
  readonly firstPath?: string;
}

/** The result of a tolerant read: the canonical value plus what was noticed on the way. */
export interface ReadResult<T> {
  readonly value: T;
  readonly warnings: readonly ReadWarning[];
}

/** Permissions added to and removed from one plane, as the admin reads them. */
export interface PlaneChange {
  readonly added: readonly Permission[];
  /** No longer granted at all. */
  readonly removed: readonly Permission[];
  /**
   * Granted before in their own right and still granted, now through a permission added with them
   * (`readContent` once `manageContent` is granted): the wire list drops them, the app keeps them.
   */
  readonly included: readonly PermissionIncluded[];
}

export interface PermissionIncluded {
  readonly permission: GrantablePermission;
  /** The granted permission that now includes it, the most specific one. */
  readonly includedIn: GrantablePermission;
}

/**
 * One app's change between a baseline and an edited set: exactly what a save writes for that app
 * (`added`/`changed` → per-app PUT with both planes, `removed` → per-app DELETE).
 */
export type GrantChange =
  | { readonly type: 'added'; readonly appId: string; readonly after: Grant }
  | { readonly type: 'removed'; readonly appId: string; readonly before: Grant }
  | {
      readonly type: 'changed';
      readonly appId: string;
      readonly before: Grant;
      readonly after: Grant;
      readonly delegated: PlaneChange;
      readonly application: PlaneChange;
    };

/** A conflict: the app's grant changed elsewhere since the editor loaded it. */
export interface GrantConflict {
  readonly appId: string;
  /** What the editor loaded; `undefined` when the app had no grant then. */
  readonly baseline: Grant | undefined;
  /** What the service holds now; `undefined` when someone removed it. */
  readonly theirs: Grant | undefined;
  /** What this admin wants; `undefined` when this admin removes it. */
  readonly mine: Grant | undefined;
}
