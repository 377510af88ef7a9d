/**
 * Grants as CSV for auditors: one row per registration, app and plane, with the exact permission
 * names, in RFC 4180 form (comma-separated, CRLF line ends, every field quoted, quotes doubled). Every
 * field is quoted because spreadsheets in many locales (Italian and Russian among them) split on `;`:
 * an unquoted `Backup;=2+5;x` would become three cells there, one of them a formula. Export the
 * whole tenant or the filtered registrations: the rows follow `entries` as given. The JSON export of
 * the same entries is `createGrantsDocument`.
 *
 * Names come from the service and from the directory, so anyone who can name an app or a container
 * type can put text in this file: a cell that a spreadsheet could run as a formula is prefixed with
 * `'`, which spreadsheets show as text. That is a cell starting with a tab or a carriage return, or
 * whose first character other than white space is `=`, `+`, `-` or `@` once Unicode-normalised (NFKC),
 * so full-width `＝` and small `﹦` count too: spreadsheets trim, and some fold those forms. Quotes do
 * not protect a file opened with another delimiter than its own (a `;` spreadsheet reads `"a","b;c"`
 * as `"a","b` and `c"`), so the text after any `,`, `;`, tab or line break inside a field gets the same
 * guard. The CSV is for reading; the JSON export keeps every name exactly. The header row's labels
 * are the caller's, in the admin's language.
 */
import { planeOf } from './grantList';
import type { Grant, Registration } from './model';
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

/** One plane's permissions as one cell's text (the receipt CSV writes them the same way). */
export function permissionsText(permissions: readonly string[]): string {
  return permissions.join(PERMISSION_SEPARATOR);
}

function couldRunAsFormula(value: string): boolean {
  return /^[\t\r]|^\s*[=+\-@]/u.test(value.normalize('NFKC'));
}

const guarded = (text: string): string => (couldRunAsFormula(text) ? `'${text}` : text);

/** One CSV field: neutralised against formulas, where it starts and after every delimiter, then quoted. */
export function csvField(value: string): string {
  const safe = guarded(value)
    .split(/([,;\t\r\n])/)
    .map((part, index) => (index > 0 && index % 2 === 0 ? guarded(part) : part))
    .join('');
  return `"${safe.replace(/"/g, '""')}"`;
}

function csvRow(cells: readonly string[]): string {
  return cells.map(csvField).join(',');
}

/**
 * The CSV text of rows of cells, the header row first: every cell through `csvField`, CRLF after each
 * row (no byte order mark; the download adds one if it wants). Every CSV this tool writes goes here.
 */
export function csvText(rows: readonly (readonly string[])[]): string {
  return `${rows.map(csvRow).join('\r\n')}\r\n`;
}

/** The CSV text of `entries` (no byte order mark; the download adds one if it wants). */
export function grantsToCsv(
  entries: readonly { readonly registration: Registration; readonly grants: readonly Grant[] }[],
  options: GrantsCsvOptions,
): string {
  const { headers } = options;
  const rows: string[][] = [
    [
      headers.registrationId,
      headers.registrationName,
      headers.appId,
      headers.appName,
      headers.plane,
      headers.permissions,
    ],
  ];
  for (const { registration, grants } of entries) {
    for (const grant of grants) {
      const appName = options.appName?.(grant.appId) ?? '';
      for (const plane of PLANES) {
        rows.push([
          registration.id,
          registration.name,
          grant.appId,
          appName,
          plane,
          permissionsText(planeOf(grant, plane)),
        ]);
      }
    }
  }
  return csvText(rows);
}
