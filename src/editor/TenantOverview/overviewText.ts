/** How an overview cell is worded: the compact summary it shows, and its full accessible name. */
import { levelGroup } from '../../core/accessLevels';
import type { LevelFilter } from '../../core/accessLevels';
import { displayText } from '../../core/displayText';
import { planeOf } from '../../core/grantList';
import { PLANES } from '../../core/model';
import type { Plane } from '../../core/model';
import type { OverviewCell } from '../../core/tenantOverview';
import { SETTINGS_QUESTIONS } from '../../core/registrationSettings';
import type { SettingsQuestion } from '../../core/registrationSettings';
import type { Localizer } from '../strings';

/** The level questions the overview offers, in the order the filter lists them. */
export const LEVEL_FILTERS = {
  any: undefined,
  readContent: { atLeast: 'read', group: 'content' },
  writeContent: { atLeast: 'write', group: 'content' },
  manageMembership: { atLeast: 'manage', group: 'membership' },
  applicationWrite: { atLeast: 'write', plane: 'application' },
  full: { atLeast: 'full' },
} as const satisfies Readonly<Record<string, LevelFilter | undefined>>;

export type LevelFilterKey = keyof typeof LEVEL_FILTERS;

export const LEVEL_FILTER_KEYS = Object.keys(LEVEL_FILTERS) as LevelFilterKey[];

/** The settings questions the overview offers, after "any settings". */
export const SETTINGS_FILTER_KEYS = ['any', ...Object.keys(SETTINGS_QUESTIONS)] as (
  SettingsQuestion | 'any'
)[];

/** "content: write", "containers: read", "full": a plane's level and what it is about. */
function levelText(cell: OverviewCell, plane: Plane, localizer: Localizer): string {
  const { strings, format } = localizer;
  const level = strings.overview.levels[cell.levels[plane]];
  const group = levelGroup(planeOf(cell.grant, plane));
  return group === undefined ? level : format(strings.overview.groupLevels[group], { level });
}

/** "D: content: write", "A: containers: read": each plane's level, short, one line each. */
export function cellSummary(cell: OverviewCell, localizer: Localizer): string[] {
  const { strings, format } = localizer;
  return PLANES.map((plane) =>
    format(strings.overview.planeSummary, {
      plane: strings.overview.planeShort[plane],
      level: levelText(cell, plane, localizer),
    }),
  );
}

/** The plane's exact values, as read (Graph's text, bounded and with hidden characters shown). */
export function planeValues(cell: OverviewCell, plane: Plane, localizer: Localizer): string {
  const values = planeOf(cell.grant, plane).filter((value) => value !== 'none');
  return values.length === 0
    ? localizer.strings.overview.noPermissions
    : values.map((value) => displayText(value)).join(', ');
}

/** One line per plane: its name, level and exact permissions (the tooltip's lines). */
export function planeLines(cell: OverviewCell, localizer: Localizer): string[] {
  const { strings, format } = localizer;
  return PLANES.map((plane) =>
    format(strings.overview.planeLabel, {
      plane: strings.planes[plane],
      level: levelText(cell, plane, localizer),
      permissions: planeValues(cell, plane, localizer),
    }),
  );
}

/** What the cell's risks and owner mark say, as words. */
export function cellNotes(cell: OverviewCell, localizer: Localizer): string[] {
  const { strings } = localizer;
  return [
    ...(cell.owner ? [strings.overview.ownerLabel] : []),
    ...cell.risks.map((risk) => `${strings.overview.riskMark}: ${strings.overview.risks[risk]}`),
  ];
}

/** The cell's accessible name: app, registration, each plane's level and exact permissions, risks. */
export function cellName(
  cell: OverviewCell | undefined,
  app: string,
  registration: string,
  localizer: Localizer,
): string {
  const { strings, format } = localizer;
  if (cell === undefined) return format(strings.overview.noGrant, { app, registration });
  const planes = [...planeLines(cell, localizer), ...cellNotes(cell, localizer)].join('; ');
  return format(strings.overview.cellLabel, { app, registration, planes });
}
