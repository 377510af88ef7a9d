/**
 * The tenant overview as data: apps × registrations, each cell the app's grant on that registration
 * with its access level per plane and its risks, built once from the grants the tenant's reads
 * returned and indexed both ways, so a view of 300 registrations × 200 apps filters and finds a cell
 * without searching lists. The UI builds it once per load (`buildTenantOverview`), then asks:
 *
 * - `overviewCell(overview, registrationId, appId)`: one cell (`undefined` when the app has no grant);
 * - `appCells(overview, appId)`: the app on every registration, in registration order (the app view);
 * - `filterOverview(overview, filter)`: the rows and columns to show for the admin's filters.
 */
import { grantAccess, meetsLevel, type LevelFilter } from './accessLevels';
import { appMatches, queryTerms, registrationMatches } from './appSearch';
import { planeOf, unknownPermissions } from './grantList';
import { PLANES, type Grant, type Plane, type Registration } from './model';
import { appIdKey, sameAppId } from './normalise';
import type { AccessLevel } from './permissions';
import { unwritablePlanes } from './readGrants';
import { readSettings, SETTINGS_QUESTIONS, type SettingsQuestion } from './registrationSettings';
import { grantRisks, type GrantRisk } from './risks';

/** One registration with the grants a read returned for it. */
export interface RegistrationGrants {
  readonly registration: Registration;
  readonly grants: readonly Grant[];
}

export interface OverviewCell {
  readonly registrationId: string;
  readonly appId: string;
  /** The grant as read: the exact permissions for the cell's tooltip and accessible name. */
  readonly grant: Grant;
  /** The app owns this registration's container type: its grant is protected. */
  readonly owner: boolean;
  readonly levels: Readonly<Record<Plane, AccessLevel>>;
  /** Planes holding values the catalog does not know (shown, not counted in the level). */
  readonly unknownValues: readonly Plane[];
  /** The grant cannot be written back exactly (read-only, see `Grant.unreadablePlanes`). */
  readonly readOnly: boolean;
  readonly risks: readonly GrantRisk[];
}

export interface TenantOverview {
  readonly registrations: readonly Registration[];
  /** Every app with a grant anywhere, in the order first met (registration by registration). */
  readonly appIds: readonly string[];
  /** Cells by `appIdKey`, then by registration id key. */
  readonly cells: ReadonlyMap<string, ReadonlyMap<string, OverviewCell>>;
}

function registrationKey(id: string): string {
  return id.trim().toLowerCase();
}

export function buildTenantOverview(entries: readonly RegistrationGrants[]): TenantOverview {
  const cells = new Map<string, Map<string, OverviewCell>>();
  const appIds: string[] = [];
  for (const { registration, grants } of entries) {
    for (const grant of grants) {
      const key = appIdKey(grant.appId);
      let row = cells.get(key);
      if (row === undefined) {
        row = new Map();
        cells.set(key, row);
        appIds.push(grant.appId);
      }
      row.set(registrationKey(registration.id), {
        registrationId: registration.id,
        appId: grant.appId,
        grant,
        owner: sameAppId(grant.appId, registration.owningAppId),
        levels: grantAccess(grant),
        unknownValues: PLANES.filter((plane) => unknownPermissions(planeOf(grant, plane)).length > 0),
        readOnly: unwritablePlanes(grant).length > 0,
        risks: grantRisks(grant, registration.owningAppId),
      });
    }
  }
  return { registrations: entries.map((entry) => entry.registration), appIds, cells };
}

export function overviewCell(
  overview: TenantOverview,
  registrationId: string,
  appId: string,
): OverviewCell | undefined {
  return overview.cells.get(appIdKey(appId))?.get(registrationKey(registrationId));
}

/** The app's cells in registration order; registrations where it has no grant are left out. */
export function appCells(overview: TenantOverview, appId: string): OverviewCell[] {
  const row = overview.cells.get(appIdKey(appId));
  if (row === undefined) return [];
  return overview.registrations.flatMap((registration) => {
    const cell = row.get(registrationKey(registration.id));
    return cell === undefined ? [] : [cell];
  });
}

export interface OverviewFilter {
  /** Part of an app's name or id (`appMatches`). */
  readonly app?: string;
  /** The names lookups found, by `appIdKey`. */
  readonly names?: ReadonlyMap<string, string>;
  /** Part of a registration's name or id. */
  readonly registration?: string;
  /** Only apps that reach this level on at least one shown registration ("who can write content?"). */
  readonly level?: LevelFilter;
  /** Only apps with a risky grant on at least one shown registration. */
  readonly risky?: boolean;
  /** Only registrations whose settings answer this question ("allow sharing with anyone"). */
  readonly settings?: SettingsQuestion;
}

export interface OverviewSelection {
  /** The rows to show, in overview order. */
  readonly appIds: readonly string[];
  /** The columns to show, in overview order. */
  readonly registrationIds: readonly string[];
}

/** A cell the level and risk filters accept (the UI highlights these within the shown rows). */
export function cellMatches(cell: OverviewCell, filter: OverviewFilter): boolean {
  if (filter.level !== undefined && !meetsLevel(cell.grant, filter.level)) return false;
  return filter.risky !== true || cell.risks.length > 0;
}

/** Linear in the number of cells shown: the filters never search a list per cell. */
export function filterOverview(overview: TenantOverview, filter: OverviewFilter): OverviewSelection {
  const registrationTerms = queryTerms(filter.registration ?? '');
  const question = filter.settings === undefined ? undefined : SETTINGS_QUESTIONS[filter.settings];
  const registrationIds = overview.registrations
    .filter(
      (registration) =>
        registrationMatches(registrationTerms, registration) &&
        (question === undefined || question(readSettings(registration.settings))),
    )
    .map((registration) => registration.id);
  const appTerms = queryTerms(filter.app ?? '');
  const byCell = filter.level !== undefined || filter.risky === true;
  // Narrowed to some registrations, an app with no grant on any of them is an empty row: left out.
  const needsCell = byCell || registrationTerms.length > 0 || question !== undefined;
  const appIds = overview.appIds.filter((appId) => {
    if (!appMatches(appTerms, appId, filter.names?.get(appIdKey(appId)))) return false;
    if (!needsCell) return true;
    const row = overview.cells.get(appIdKey(appId));
    return registrationIds.some((id) => {
      const cell = row?.get(registrationKey(id));
      return cell !== undefined && (!byCell || cellMatches(cell, filter));
    });
  });
  return { appIds, registrationIds };
}
