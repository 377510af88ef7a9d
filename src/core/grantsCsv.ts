/**
 * Grants as CSV for auditors: one row per registration, app and plane, with the exact permission
 * names, in RFC 4180 form (comma-separated, CRLF line ends, a field quoted when it holds a comma, a
 * quote or a line break, quotes doubled). Export the whole tenant or the filtered registrations: the
 * rows follow `entries` as given. The JSON export of the same entries is `createGrantsDocument`.
 *
 * Names come from the service and from the directory, so anyone who can name an app or a container
 * type can put text in this file: a cell that a spreadsheet would run as a formula (starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'`, which spreadsheets show as
 * text. The header row's labels are the caller's, in the admin's language.
 */
import type { Grant, Plane, Registration } from './model';
import { PLANES } from './model';

/** The header row, worded by the caller (the editor's strings). */
export interface GrantsCsvHeaders {
  readonly registrationId: string;
  readonly registrationName: string;
  readonly appId: string;
  readonly appName: string;
  readonly plane: string;
  readonly permissions: string;
}

export interface GrantsCsvOptions {
  readonly headers: GrantsCsvHeaders;
  /** The app's display name when known (the name cache); an empty cell otherwise. */
  readonly appName?: (appId: string) => string | undefined;
}

/** Permissions inside their cell, in the order read. */
const PERMISSION_SEPARATOR = ' ';

function neutralised(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV field: neutralised against formulas, then quoted per RFC 4180 when it needs to be. */
export function csvField(value: string): string {
  const safe = neutralised(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvRow(cells: readonly string[]): string {
  return cells.map(csvField).join(',');
}

function planePermissions(grant: Grant, plane: Plane): readonly string[] {
  return plane === 'delegated' ? grant.delegatedPermissions : grant.applicationPermissions;
}

/** The CSV text of `entries` (no byte order mark; the download adds one if it wants). */
export function grantsToCsv(
  entries: readonly { readonly registration: Registration; readonly grants: readonly Grant[] }[],
  options: GrantsCsvOptions,
): string {
  const { headers } = options;
  const rows = [
    csvRow([
      headers.registrationId,
      headers.registrationName,
      headers.appId,
      headers.appName,
      headers.plane,
      headers.permissions,
    ]),
  ];
  for (const { registration, grants } of entries) {
    for (const grant of grants) {
      const appName = options.appName?.(grant.appId) ?? '';
      for (const plane of PLANES) {
        rows.push(
          csvRow([
            registration.id,
            registration.name,
            grant.appId,
            appName,
            plane,
            planePermissions(grant, plane).join(PERMISSION_SEPARATOR),
          ]),
        );
      }
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}
