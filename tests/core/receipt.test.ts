import { describe, expect, it } from 'vitest';
import {
  createReceipt,
  createRegistrationReceipt,
  readReceipt,
  receiptsToCsv,
  receiptToJson,
  type Receipt,
  type ReceiptCsvHeaders,
  type ReceiptReportSource,
} from '../../src/core/receipt';
import { FORMULAS, readCsv, runsAsFormula } from '../support/csv';
import {
  backup,
  BACKUP,
  context,
  explorer,
  EXPLORER,
  grant,
  GUEST,
  guestNone,
  guestRead,
  odd,
  owner,
  RECEIPT_ID,
  REG,
  REG_2,
  saveOf,
  TENANT,
} from '../support/receipts';

/** A JWT-shaped text: what must never reach a receipt. */
const TOKEN = 'eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl';

/** The error a failed write reports (a `GraphError`'s fields, a message the receipt must not keep). */
const refused = {
  code: 'invalid_request',
  status: 400,
  graphCode: 'invalidRequest',
  requestId: 'refused-1',
  date: '2026-11-22T10:30:00',
  serviceMessage: `Bearer ${TOKEN} is not allowed`,
  message: `invalid_request: Bearer ${TOKEN}`,
};

const headers: ReceiptCsvHeaders = {
  receiptId: 'Receipt',
  createdAt: 'Saved at (UTC)',
  tenantId: 'Tenant',
  userPrincipalName: 'Saved by',
  userObjectId: 'User object id',
  registrationId: 'Registration id',
  registrationName: 'Registration',
  appId: 'App id',
  appName: 'App',
  change: 'Change',
  plane: 'Plane',
  before: 'Before',
  after: 'After',
  outcome: 'Outcome',
  detail: 'Detail',
  errorCode: 'Error',
  httpStatus: 'HTTP status',
  requestId: 'request-id',
  clientRequestId: 'client-request-id',
};

const LATE = 'f0f0f0f0-0000-4000-8000-000000000001';

/** Four apps saved, each ending differently once read back. */
function savedEverywayReport(): {
  request: ReturnType<typeof saveOf>['request'];
  report: ReceiptReportSource;
} {
  const save = saveOf(
    REG,
    [owner, guestNone, backup, explorer],
    [
      owner,
      guestRead,
      grant(BACKUP, ['readContent'], ['readContent']),
      grant(EXPLORER, ['read', 'write'], ['none']),
      grant(LATE, ['read'], ['none']),
    ],
  );
  const theirs = grant(EXPLORER, ['full'], ['none']);
  return {
    request: save.request,
    report: {
      registrationId: REG,
      outcomes: [
        {
          appId: GUEST,
          status: 'applied',
          change: save.change(GUEST),
          clientRequestId: 'crid-guest',
          requestId: 'rid-guest',
          requestIdFrom: 'write',
        },
        {
          appId: BACKUP,
          status: 'applied',
          change: save.change(BACKUP),
          clientRequestId: 'crid-backup',
          requestId: 'rid-batch',
          requestIdFrom: 'batch',
        },
        {
          appId: EXPLORER,
          status: 'applied',
          change: save.change(EXPLORER),
          clientRequestId: 'crid-explorer',
        },
        // The service held it already: nothing was written.
        { appId: LATE, status: 'applied', change: save.change(LATE) },
      ],
      after: [owner, guestRead, backup, theirs],
      unconfirmed: [BACKUP.toUpperCase()],
      changedSince: [{ appId: EXPLORER, shown: theirs }],
      savedAt: '2026-11-22T10:29:59.000Z',
    },
  };
}

describe('a receipt of one registration’s save', () => {
  it('says who saved, when in UTC and where, and for each app what the read after saving showed', () => {
    const { request, report } = savedEverywayReport();
    const receipt = createRegistrationReceipt(
      {
        ...context,
        registrationName: () => 'Legal',
        appName: (appId) => (appId === GUEST ? 'Contoso Backup' : undefined),
      },
      request,
      report,
    );
    expect(receipt).toMatchObject({
      format: 'spe-permission-matrix/receipt',
      version: 1,
      id: RECEIPT_ID,
      createdAt: '2026-11-22T10:30:00.000Z',
      tenantId: TENANT,
      user: context.user,
    });
    const [registration] = receipt.registrations;
    expect(registration).toMatchObject({
      registrationId: REG,
      name: 'Legal',
      savedAt: '2026-11-22T10:29:59.000Z',
    });
    expect(registration?.apps[0]).toEqual({
      appId: GUEST,
      appName: 'Contoso Backup',
      change: 'changed',
      before: { delegatedPermissions: ['none'], applicationPermissions: ['none'] },
      after: { delegatedPermissions: ['none'], applicationPermissions: ['readContent'] },
      outcome: 'saved',
      confirmation: 'confirmed',
      write: { method: 'PUT', clientRequestId: 'crid-guest', requestId: 'rid-guest', requestIdFrom: 'write' },
    });
    expect(registration?.apps.map((app) => [app.appId, app.outcome, app.confirmation])).toEqual([
      [GUEST, 'saved', 'confirmed'],
      // Listed as not visible yet (app ids compare without regard to case).
      [BACKUP, 'saved', 'not-visible-yet'],
      [EXPLORER, 'saved', 'changed-since'],
      [LATE, 'saved', 'already-held'],
    ]);
    expect(registration?.apps[2]?.serviceShows).toEqual({
      delegatedPermissions: ['full'],
      applicationPermissions: ['none'],
    });
    expect(registration?.apps[1]?.write).toEqual({
      method: 'PUT',
      clientRequestId: 'crid-backup',
      requestId: 'rid-batch',
      requestIdFrom: 'batch',
    });
    // A write whose answer named no request-id still has the id this tool sent.
    expect(registration?.apps[2]?.write).toEqual({ method: 'PUT', clientRequestId: 'crid-explorer' });
    expect(registration?.apps[3]).not.toHaveProperty('write');
  });

  it('says "not read" for a write the read after saving could not confirm, and nothing for what is unknown', () => {
    const { request, report } = savedEverywayReport();
    const receipt = createRegistrationReceipt(context, request, {
      ...report,
      after: undefined,
      unconfirmed: [],
      changedSince: [],
    });
    expect(receipt.registrations[0]?.apps.map((app) => app.confirmation)).toEqual([
      'not-read',
      'not-read',
      'not-read',
      'already-held',
    ]);
    // No name known, no user claim: the fields are left out, never written as empty or undefined.
    const bare = createRegistrationReceipt({ ...context, user: {} }, request, report);
    expect(bare.user).toEqual({});
    expect(Object.keys(bare.registrations[0] ?? {})).toEqual(['registrationId', 'savedAt', 'apps']);
    expect(bare.registrations[0]?.apps[0]).not.toHaveProperty('appName');
  });

  it('records a refused write as not saved, with its error code and ids but not the service’s text', () => {
    const save = saveOf(REG, [owner, guestNone], [owner, guestRead]);
    const receipt = createRegistrationReceipt(context, save.request, {
      registrationId: REG,
      outcomes: [
        {
          appId: GUEST,
          status: 'failed',
          change: save.change(GUEST),
          error: refused,
          clientRequestId: 'crid-1',
          requestId: 'refused-1',
          requestIdFrom: 'write',
        },
      ],
      after: [owner, guestNone],
      unconfirmed: [],
      changedSince: [],
    });
    expect(receipt.registrations[0]?.apps[0]).toMatchObject({
      outcome: 'not-saved',
      reason: 'failed',
      error: {
        code: 'invalid_request',
        status: 400,
        graphCode: 'invalidRequest',
        requestId: 'refused-1',
        date: '2026-11-22T10:30:00',
      },
      write: { method: 'PUT', clientRequestId: 'crid-1', requestId: 'refused-1' },
    });
    expect(receipt.registrations[0]).not.toHaveProperty('savedAt');
    expect(receiptToJson(receipt)).not.toContain('eyJ');
    expect(receiptToJson(receipt)).not.toContain('Bearer');
  });

  it('records a write without an answer as "outcome unknown", a conflict with theirs, and a read-only app as not saved', () => {
    const theirs = grant(BACKUP, ['full'], ['none']);
    const save = saveOf(
      REG,
      [owner, guestNone, backup, odd],
      [
        owner,
        guestRead,
        grant(BACKUP, ['none'], ['none']),
        grant(EXPLORER, ['none'], ['unknownFutureValue']),
      ],
    );
    const receipt = createRegistrationReceipt(context, save.request, {
      registrationId: REG,
      outcomes: [
        {
          appId: GUEST,
          status: 'unknown',
          change: save.change(GUEST),
          error: { code: 'network' },
          clientRequestId: 'crid-lost',
        },
        {
          appId: BACKUP,
          status: 'conflict',
          change: save.change(BACKUP),
          conflict: { appId: BACKUP, baseline: backup, theirs, mine: grant(BACKUP, ['none'], ['none']) },
        },
        { appId: EXPLORER, status: 'blocked', change: save.change(EXPLORER) },
      ],
      unconfirmed: [],
      changedSince: [],
    });
    const apps = receipt.registrations[0]?.apps ?? [];
    expect(apps[0]).toMatchObject({
      outcome: 'unknown',
      error: { code: 'network' },
      write: { method: 'PUT', clientRequestId: 'crid-lost' },
    });
    expect(apps[1]).toMatchObject({
      outcome: 'conflict',
      serviceShows: { delegatedPermissions: ['full'], applicationPermissions: ['none'] },
    });
    expect(apps[1]).not.toHaveProperty('write');
    expect(apps[2]).toMatchObject({ outcome: 'not-saved', reason: 'read-only' });
  });

  it('records an added app with no grant before, and a removed one with no grant after and a DELETE', () => {
    const save = saveOf(REG, [owner, backup], [owner, guestRead]);
    const receipt = createRegistrationReceipt(context, save.request, {
      registrationId: REG,
      outcomes: [
        { appId: GUEST, status: 'applied', change: save.change(GUEST), clientRequestId: 'a' },
        { appId: BACKUP, status: 'applied', change: save.change(BACKUP), clientRequestId: 'b' },
      ],
      after: [owner, guestRead],
      unconfirmed: [],
      changedSince: [],
    });
    const [added, removed] = receipt.registrations[0]?.apps ?? [];
    expect(added).toMatchObject({ change: 'added', before: null, write: { method: 'PUT' } });
    expect(removed).toMatchObject({ change: 'removed', after: null, write: { method: 'DELETE' } });
  });
});

describe('a receipt of a save across registrations', () => {
  it('lists each registration in order; one whose fresh read failed is not saved, change by change', () => {
    const first = saveOf(REG, [owner, guestNone], [owner, guestRead]);
    const second = saveOf(REG_2, [owner, backup], [owner, guestRead]);
    const receipt = createReceipt(context, [
      {
        request: first.request,
        result: {
          type: 'saved',
          report: {
            registrationId: REG,
            outcomes: [
              { appId: GUEST, status: 'applied', change: first.change(GUEST), clientRequestId: 'c1' },
            ],
            after: [owner, guestRead],
            unconfirmed: [],
            changedSince: [],
            savedAt: '2026-11-22T10:29:59.000Z',
          },
        },
      },
      {
        request: second.request,
        result: {
          type: 'not-saved',
          registrationId: REG_2,
          error: { ...refused, code: 'unavailable', status: 503 },
        },
      },
    ]);
    expect(receipt.registrations.map((registration) => registration.registrationId)).toEqual([REG, REG_2]);
    const notSaved = receipt.registrations[1];
    expect(notSaved?.error).toMatchObject({ code: 'unavailable', status: 503 });
    expect(notSaved?.apps.map((app) => [app.appId, app.change, app.outcome, app.reason])).toEqual([
      [GUEST, 'added', 'not-saved', 'not-checked'],
      [BACKUP, 'removed', 'not-saved', 'not-checked'],
    ]);
    expect(notSaved?.apps.every((app) => app.write === undefined)).toBe(true);
  });
});

describe('reading a receipt back', () => {
  const { request, report } = savedEverywayReport();
  const receipt = createRegistrationReceipt({ ...context, registrationName: () => 'Legal' }, request, report);
  const stored = JSON.parse(receiptToJson(receipt)) as Record<string, unknown>;

  it('reads back exactly what it wrote', () => {
    expect(readReceipt(stored)).toEqual(receipt);
  });

  it('keeps only the fields it knows', () => {
    const read = readReceipt({ ...stored, token: TOKEN, user: { ...context.user, accessToken: TOKEN } });
    expect(JSON.stringify(read)).not.toContain(TOKEN);
    expect(read).toEqual(receipt);
  });

  const app = (changes: Record<string, unknown>): unknown => {
    const registrations = stored.registrations as { apps: Record<string, unknown>[] }[];
    const [first] = registrations;
    return {
      ...stored,
      registrations: [{ ...first, apps: [{ ...first?.apps[0], ...changes }] }],
    };
  };

  it.each([
    ['another format', { ...stored, format: 'spe-permission-matrix/grants' }],
    ['a later version', { ...stored, version: 2 }],
    ['no user', { ...stored, user: undefined }],
    ['a list', [stored]],
    ['an outcome it does not know', app({ outcome: 'done' })],
    [
      'a permission that is not text',
      app({ after: { delegatedPermissions: [1], applicationPermissions: [] } }),
    ],
    ['a plane missing', app({ before: { delegatedPermissions: ['none'] } })],
    ['a status that is not a whole number', app({ error: { code: 'x', status: '400' } })],
    ['a write sent with another verb', app({ write: { method: 'POST' } })],
  ])('refuses %s, rather than guess', (_what, value) => {
    expect(readReceipt(value)).toBeUndefined();
  });
});

describe('receipts as CSV for auditors', () => {
  it('writes one complete row per registration, app and plane', () => {
    const { request, report } = savedEverywayReport();
    const receipt = createRegistrationReceipt(
      { ...context, registrationName: () => 'Legal', appName: () => 'Contoso Backup' },
      request,
      report,
    );
    const rows = readCsv(receiptsToCsv([receipt], { headers }));
    expect(rows[0]).toEqual(Object.values(headers));
    expect(rows).toHaveLength(1 + 4 * 2);
    expect(rows[1]).toEqual([
      RECEIPT_ID,
      '2026-11-22T10:30:00.000Z',
      TENANT,
      'admin@contoso.onmicrosoft.com',
      context.user.objectId,
      REG,
      'Legal',
      GUEST,
      'Contoso Backup',
      'changed',
      'delegated',
      'none',
      'none',
      'saved',
      'confirmed',
      '',
      '',
      'rid-guest',
      'crid-guest',
    ]);
    expect(rows[2]?.slice(10, 13)).toEqual(['application', 'none', 'readContent']);
  });

  it('leaves "before" empty for an added app and gives a refused write its error and ids', () => {
    const save = saveOf(REG, [owner], [owner, guestRead]);
    const receipt = createRegistrationReceipt(context, save.request, {
      registrationId: REG,
      outcomes: [{ appId: GUEST, status: 'failed', change: save.change(GUEST), error: refused }],
      unconfirmed: [],
      changedSince: [],
    });
    const [, delegated] = readCsv(receiptsToCsv([receipt], { headers }));
    expect(delegated?.slice(9)).toEqual([
      'added',
      'delegated',
      '',
      'none',
      'not-saved',
      'failed',
      'invalid_request',
      '400',
      'refused-1',
      '',
    ]);
  });

  it('neutralises every cell a spreadsheet could run, whatever delimiter it splits on', () => {
    const names = ['Backup;=2+5;x', 'Backup,=2+5,x', 'Backup\t=2+5', 'Backup\r\n=2+5', ...FORMULAS];
    const receipts: Receipt[] = names.map((name, index) => {
      const save = saveOf(REG, [owner], [owner, guestRead]);
      return createRegistrationReceipt(
        {
          ...context,
          id: `${RECEIPT_ID.slice(0, -2)}${String(index).padStart(2, '0')}`,
          registrationName: () => name,
          appName: () => name,
          user: { userPrincipalName: name },
        },
        save.request,
        {
          registrationId: REG,
          outcomes: [{ appId: GUEST, status: 'applied', change: save.change(GUEST), clientRequestId: 'c' }],
          after: [owner, guestRead],
          unconfirmed: [],
          changedSince: [],
        },
      );
    });
    const text = receiptsToCsv(receipts, { headers });
    expect(readCsv(text).every((row) => row.length === 19)).toBe(true);
    for (const delimiter of [',', ';']) {
      const cells = readCsv(text, delimiter).flat();
      expect(cells.filter(runsAsFormula), `split on ${delimiter}`).toEqual([]);
    }
    // Read with the file's own delimiter, every name comes back with only the guards added.
    const delegatedRows = readCsv(text)
      .slice(1)
      .filter((_row, index) => index % 2 === 0);
    expect(delegatedRows.map((row) => row[6]?.replace(/'/g, ''))).toEqual(names);
    expect(delegatedRows.map((row) => row[8]?.replace(/'/g, ''))).toEqual(names);
    expect(delegatedRows.map((row) => row[3]?.replace(/'/g, ''))).toEqual(names);
    expect(delegatedRows[0]?.[6]).toBe("Backup;'=2+5;x");
  });
});
