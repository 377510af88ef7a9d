import type { ChangeEvent, SyntheticEvent } from 'react';
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
  | { readonly type: 'details'; readonly appId: string };

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
}

/** Which planes have values the catalog does not know (each gets an "Other" column). */
export interface OtherColumns {
  readonly delegated: boolean;
  readonly application: boolean;
}
