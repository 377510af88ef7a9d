import { describe, expect, it } from 'vitest';
import { csvField, grantsToCsv, type GrantsCsvHeaders } from '../../src/core/grantsCsv';
import type { Grant, Registration } from '../../src/core/model';
import { FORMULAS, readCsv, runsAsFormula } from '../support/csv';

const OWNER = '71392b2f-1765-406e-86af-5907d9bdb2ab';
const GUEST = '89ea5c94-7736-4e25-95ad-3fa95f62b6cd';
const headers: GrantsCsvHeaders = {
  registrationId: 'Registration id',
  registrationName: 'Registration name',
  appId: 'App id',
  appName: 'App name',
  plane: 'Plane',
  permissions: 'Permissions',
};
const g = (appId: string, delegated: string[], application: string[]): Grant => ({
  appId,
  delegatedPermissions: delegated,
  applicationPermissions: application,
});
const registration = (n: number, name: string): Registration => ({
  id: `a1a1a1a1-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name,
  owningAppId: OWNER,
});

describe('grants as CSV for auditors', () => {
  it('writes one row per registration, app and plane, with the exact permissions and the app name', () => {
    const text = grantsToCsv(
      [
        {
          registration: registration(1, 'Legal'),
          grants: [g(OWNER, ['full'], ['full']), g(GUEST, ['readContent', 'writeContent'], ['none'])],
        },
        { registration: registration(2, 'HR'), grants: [g(GUEST, ['none'], ['unknownFutureValue'])] },
      ],
      { headers, appName: (appId) => (appId === GUEST ? 'Contoso Backup' : undefined) },
    );
    expect(text.endsWith('\r\n')).toBe(true);
    const id1 = registration(1, '').id;
    const id2 = registration(2, '').id;
    expect(readCsv(text)).toEqual([
      ['Registration id', 'Registration name', 'App id', 'App name', 'Plane', 'Permissions'],
      [id1, 'Legal', OWNER, '', 'delegated', 'full'],
      [id1, 'Legal', OWNER, '', 'application', 'full'],
      [id1, 'Legal', GUEST, 'Contoso Backup', 'delegated', 'readContent writeContent'],
      [id1, 'Legal', GUEST, 'Contoso Backup', 'application', 'none'],
      [id2, 'HR', GUEST, 'Contoso Backup', 'delegated', 'none'],
      [id2, 'HR', GUEST, 'Contoso Backup', 'application', 'unknownFutureValue'],
    ]);
  });

  it('quotes commas, quotes and line breaks so names come back exactly', () => {
    const name = 'Legal, "EU"\r\nand UK';
    const text = grantsToCsv(
      [{ registration: registration(1, name), grants: [g(OWNER, ['full'], ['full'])] }],
      {
        headers,
        appName: () => 'Back,up "app"',
      },
    );
    expect(text).toContain('"Legal, ""EU""\r\nand UK"');
    const [, first] = readCsv(text);
    expect(first?.[1]).toBe(name);
    expect(first?.[3]).toBe('Back,up "app"');
  });

  it('makes a cell a spreadsheet would run as a formula plain text, in every form', () => {
    for (const formula of FORMULAS) {
      const text = grantsToCsv(
        [{ registration: registration(1, formula), grants: [g(OWNER, ['full'], ['full'])] }],
        {
          headers,
          appName: () => formula,
        },
      );
      const [, first] = readCsv(text);
      for (const cell of [first?.[1], first?.[3]]) {
        expect(cell?.startsWith(`'`), JSON.stringify(formula)).toBe(true);
        expect(cell?.replace(/'/g, ''), JSON.stringify(formula)).toBe(formula);
      }
    }
    expect(csvField('Legal = HR')).toBe('"Legal = HR"');
    expect(csvField('R&D - EU')).toBe('"R&D - EU"');
    expect(csvField('backup@contoso.com')).toBe('"backup@contoso.com"');
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
  });

  it('quotes every field, so no delimiter a locale uses splits a name into a formula', () => {
    const names = ['Backup;=2+5;x', 'Backup,=2+5,x', 'Backup\t=2+5', 'Backup\r\n=2+5', ...FORMULAS];
    const text = grantsToCsv(
      names.map((name, index) => ({
        registration: registration(index + 1, name),
        grants: [g(OWNER, ['full'], ['full'])],
      })),
      { headers, appName: () => 'Backup;=2+5;x' },
    );
    expect(readCsv(text).every((row) => row.length === 6)).toBe(true);
    for (const delimiter of [',', ';']) {
      const cells = readCsv(text, delimiter).flat();
      expect(cells.filter(runsAsFormula), `split on ${delimiter}`).toEqual([]);
    }
    // Read with the delimiter the file uses, every name comes back, with only guards added.
    const read = readCsv(text).slice(1);
    expect(read.filter((_row, index) => index % 2 === 0).map((row) => row[1]?.replace(/'/g, ''))).toEqual(
      names,
    );
    expect(read[0]?.[1]).toBe("Backup;'=2+5;x");
  });

  it('writes only the registrations given, in their order (a filtered export)', () => {
    const text = grantsToCsv(
      [
        { registration: registration(2, 'HR'), grants: [g(OWNER, ['full'], ['full'])] },
        { registration: registration(1, 'Legal'), grants: [] },
      ],
      { headers },
    );
    expect(
      readCsv(text)
        .slice(1)
        .map((row) => row[1]),
    ).toEqual(['HR', 'HR']);
  });
});
