/**
 * The committed JSON Schema of the receipt (docs/schemas/receipt.v1.schema.json) accepts every receipt
 * the code builds, of every outcome, and refuses what a receipt must never be.
 */
import { describe, expect, it } from 'vitest';
import { createReceipt, readReceipt, receiptToJson, type Receipt } from '../../src/core/receipt';
import {
  backup,
  BACKUP,
  context,
  EXPLORER,
  grant,
  GUEST,
  guestNone,
  guestRead,
  odd,
  owner,
  REG,
  REG_2,
  saveOf,
  schemaErrors,
} from '../support/receipts';

/** One receipt holding every outcome, confirmation and reason there is. */
function everyOutcome(): Receipt {
  const first = saveOf(
    REG,
    [owner, guestNone, backup, odd],
    [owner, guestRead, grant(BACKUP, ['full'], ['none']), grant(EXPLORER, ['none'], ['unknownFutureValue'])],
  );
  const second = saveOf(REG_2, [owner, backup], [owner]);
  const third = saveOf('a1a1a1a1-0000-4000-8000-000000000003', [owner], [owner, guestRead]);
  const error = { code: 'invalid_request', status: 400, graphCode: 'invalidRequest', requestId: 'r' };
  return createReceipt(
    { ...context, registrationName: (id) => (id === REG ? 'Legal' : undefined), appName: () => 'App' },
    [
      {
        request: first.request,
        result: {
          type: 'saved',
          report: {
            registrationId: REG,
            outcomes: [
              { appId: GUEST, status: 'failed', change: first.change(GUEST), error, clientRequestId: 'c1' },
              {
                appId: BACKUP,
                status: 'conflict',
                change: first.change(BACKUP),
                conflict: { appId: BACKUP, baseline: backup, theirs: undefined, mine: undefined },
              },
              { appId: EXPLORER, status: 'blocked', change: first.change(EXPLORER) },
            ],
            after: [owner, guestNone, backup, odd],
            unconfirmed: [],
            changedSince: [],
          },
        },
      },
      {
        request: second.request,
        result: {
          type: 'saved',
          report: {
            registrationId: REG_2,
            outcomes: [
              {
                appId: BACKUP,
                status: 'unknown',
                change: second.change(BACKUP),
                error: { code: 'network' },
                clientRequestId: 'c2',
                requestId: 'b',
                requestIdFrom: 'batch',
              },
            ],
            unconfirmed: [],
            changedSince: [],
            savedAt: '2026-11-22T10:29:59.000Z',
          },
        },
      },
      {
        request: third.request,
        result: {
          type: 'not-saved',
          registrationId: third.request.registrationId,
          error: { code: 'timeout' },
        },
      },
    ],
  );
}

describe('the receipt schema', () => {
  const receipt = everyOutcome();

  it('accepts a receipt of every outcome, which reads back unchanged', () => {
    expect(schemaErrors(receipt)).toEqual([]);
    expect(readReceipt(JSON.parse(receiptToJson(receipt)))).toEqual(receipt);
  });

  it('accepts each confirmation of a saved app, and a receipt with no registration or user claim', () => {
    for (const confirmation of [
      'confirmed',
      'not-visible-yet',
      'changed-since',
      'not-read',
      'already-held',
    ]) {
      const saved = {
        ...receipt.registrations[0]?.apps[0],
        outcome: 'saved',
        confirmation,
        reason: undefined,
      };
      const one = { ...receipt, registrations: [{ registrationId: REG, apps: [saved] }] };
      expect(schemaErrors(one), confirmation).toEqual([]);
    }
    expect(schemaErrors({ ...receipt, user: {}, registrations: [] })).toEqual([]);
  });

  const firstApp = (changes: Record<string, unknown>): unknown => ({
    ...receipt,
    registrations: [
      { ...receipt.registrations[0], apps: [{ ...receipt.registrations[0]?.apps[0], ...changes }] },
    ],
  });

  it.each([
    ['another format', { ...receipt, format: 'spe-permission-matrix/grants' }],
    ['a later version', { ...receipt, version: 2 }],
    ['an id that is not a GUID', { ...receipt, id: 'receipt-1' }],
    ['a time that is not UTC', { ...receipt, createdAt: '2026-11-22T12:30:00+02:00' }],
    ['a field for a token', { ...receipt, user: { ...receipt.user, accessToken: 'eyJ0eXAi' } }],
    ['a service message', firstApp({ error: { code: 'x', message: 'text from the service' } })],
    ['a saved app without a confirmation', firstApp({ outcome: 'saved', reason: undefined })],
    ['an app not saved without a reason', firstApp({ reason: undefined })],
    ['a conflict without what the service holds', firstApp({ outcome: 'conflict', reason: undefined })],
    [
      'an unknown outcome without its error',
      firstApp({ outcome: 'unknown', reason: undefined, error: undefined }),
    ],
    ['a write sent with another verb', firstApp({ write: { method: 'PATCH' } })],
    ['a grant without a plane', firstApp({ after: { delegatedPermissions: ['read'] } })],
  ])('refuses %s', (_what, value) => {
    expect(schemaErrors(value)).not.toEqual([]);
  });
});
