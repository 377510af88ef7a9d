import { describe, expect, it } from 'vitest';
import { OWN_WRITE_WINDOW_MS } from '../../src/core/ownWrites';
import { createReceipt } from '../../src/core/receipt';
import { registrationsToVerify, verifyReceipt } from '../../src/core/receiptVerify';
import {
  BACKUP,
  GUEST,
  REG,
  REG_2,
  backup,
  context,
  grant,
  guestNone,
  guestRead,
  owner,
  saveOf,
} from '../support/receipts';

/** A receipt of one save: the guest granted readContent (saved), the backup app removed (saved). */
function receipt() {
  const { request, change } = saveOf(REG, [owner, guestNone, backup], [owner, guestRead]);
  return createReceipt(context, [
    {
      request,
      result: {
        type: 'saved',
        report: {
          registrationId: REG,
          outcomes: [
            { appId: GUEST, status: 'applied', change: change(GUEST), clientRequestId: 'c1' },
            { appId: BACKUP, status: 'applied', change: change(BACKUP), clientRequestId: 'c2' },
          ],
          after: [owner, guestRead],
          unconfirmed: [],
          changedSince: [],
          savedAt: context.createdAt.toISOString(),
        },
      },
    },
  ]);
}

const soon = new Date(context.createdAt.getTime() + 10 * 60 * 1000);
const muchLater = new Date(context.createdAt.getTime() + OWN_WRITE_WINDOW_MS + 60 * 1000);

describe('verifying a receipt against what the service shows now', () => {
  it('reads only the registrations the receipt wrote to', () => {
    expect(registrationsToVerify(receipt())).toEqual([REG]);
  });

  it('confirms writes the service shows, a removal included', () => {
    const [verified] = verifyReceipt(receipt(), () => [owner, guestRead], soon);
    expect(verified).toMatchObject({
      type: 'read',
      registrationId: REG,
      apps: [
        { appId: GUEST, verdict: 'confirmed' },
        { appId: BACKUP, verdict: 'confirmed', shows: null },
      ],
    });
  });

  it('says "not visible yet" for the value from before inside the propagation window, and "still before" long after', () => {
    const before = (): ReturnType<typeof grant>[] => [owner, guestNone, backup];
    expect(verifyReceipt(receipt(), before, soon)[0]).toMatchObject({
      apps: [
        { appId: GUEST, verdict: 'not-visible-yet' },
        { appId: BACKUP, verdict: 'not-visible-yet' },
      ],
    });
    expect(verifyReceipt(receipt(), before, muchLater)[0]).toMatchObject({
      apps: [
        { appId: GUEST, verdict: 'still-before' },
        { appId: BACKUP, verdict: 'still-before' },
      ],
    });
  });

  it('says "changed since" with what the service shows when it is neither value', () => {
    const other = grant(GUEST, ['none'], ['readContent', 'read']);
    expect(verifyReceipt(receipt(), () => [owner, other], soon)[0]).toMatchObject({
      apps: [
        {
          appId: GUEST,
          verdict: 'changed-since',
          shows: { delegatedPermissions: ['none'], applicationPermissions: ['readContent', 'read'] },
        },
        { appId: BACKUP, verdict: 'confirmed' },
      ],
    });
  });

  it('judges nothing on a registration whose grants could not be read', () => {
    expect(verifyReceipt(receipt(), () => undefined, soon)).toEqual([
      { type: 'failed', registrationId: REG },
    ]);
    expect(verifyReceipt(receipt(), (id) => (id === REG_2 ? [] : undefined), soon)[0]?.type).toBe('failed');
  });
});
