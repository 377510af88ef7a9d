import type { ChangeEvent, ReactNode, SyntheticEvent } from 'react';
import type { Grant, Plane } from '../../core/model';
import type { GrantablePermission } from '../../core/permissions';
import type { PresetId } from '../../core/presets';

export interface MatrixToggleData {
  readonly appId: string;
  readonly plane: Plane;
  readonly permission: GrantablePermission;
  readonly checked: boolean;
}

export interface MatrixColumnChangeData {
  readonly plane: Plane;
  readonly permission: GrantablePermission;
  readonly checked: boolean;
}

export type MatrixRowActionData =
  | { readonly type: 'applyPreset'; readonly appId: string; readonly presetId: PresetId }
  | { readonly type: 'copyFrom'; readonly appId: string }
  | { readonly type: 'clearPlane'; readonly appId: string; readonly plane: Plane }
  | { readonly type: 'remove'; readonly appId: string }
  /** Show the app's name and id in full. */
  | { readonly type: 'details'; readonly appId: string }
  /** What the app may do on this registration, and what a 403 most likely means. */
  | { readonly type: 'checkAccess'; readonly appId: string }
  /** Registration rows: open that registration's own matrix (`appId` is then the registration id). */
  | { readonly type: 'open'; readonly appId: string };

export interface PermissionMatrixProps {
  readonly registrationName: string;
  readonly owningAppId: string;
  readonly baseline: readonly Grant[];
  readonly edited: readonly Grant[];
  /** Display names by lower-cased appId, as far as they are known. */
  readonly appNames: ReadonlyMap<string, string>;
  /** The app whose row header takes focus (scrolled into view) once it is shown, once per mount. */
  readonly focusAppId?: string;
  readonly onToggle: (event: ChangeEvent<HTMLInputElement>, data: MatrixToggleData) => void;
  readonly onColumnChange: (event: SyntheticEvent, data: MatrixColumnChangeData) => void;
  readonly onRowAction: (event: SyntheticEvent, data: MatrixRowActionData) => void;
  /**
   * Rows that are registrations, not apps (the app view: one app on every registration): row ids are
   * registration ids and `appNames` holds their names. The grid is named `gridLabel`, the row actions
   * about another app (copy from, details) are left out, and `lockedRows` (row id → why) are read-only.
   */
  readonly registrationRows?: RegistrationRows;
  /**
   * The editor's actions, on one row with the plane switch, then what an action did (a live region): the
   * first row of apps then stays on the first screen of a 620 px Teams tab.
   */
  readonly toolbar?: ReactNode;
  /** When this browser last saved a change of an app's grant, in words, by `appIdKey` (its receipts). */
  readonly changedHere?: ReadonlyMap<string, string>;
  readonly status?: ReactNode;
}

export interface RegistrationRows {
  readonly gridLabel: string;
  readonly lockedRows: ReadonlyMap<string, string>;
}

/** Which planes have values the catalog does not know (each gets an "Other" column). */
export interface OtherColumns {
  readonly delegated: boolean;
  readonly application: boolean;
}
