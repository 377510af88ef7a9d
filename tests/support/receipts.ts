/** Saves as the graph layer reports them, and the schema of their receipts, for the receipt tests. */
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { diffGrants } from '../../src/core/diffGrants';
import type { Grant, GrantChange } from '../../src/core/model';
import type { ReceiptContext, ReceiptSaveRequest } from '../../src/core/receipt';

export const TENANT = 'c0ffee00-0000-4000-8000-000000000001';
export const RECEIPT_ID = '5e1f7a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
export const REG = 'de988700-d700-020e-0a00-0831f3042f00';
export const REG_2 = 'a1a1a1a1-0000-4000-8000-000000000002';
export const OWNER = '71392b2f-1765-406e-86af-5907d9bdb2ab';
export const GUEST = '89ea5c94-7736-4e25-95ad-3fa95f62b6cd';
export const BACKUP = 'b4c6d8e0-2f4a-4c6e-8a0b-1d3f5e7a9c2b';
export const EXPLORER = 'de8bc8b5-d9f9-48b1-a8ad-b748da725064';

export function grant(appId: string, delegated: string[], application: string[]): Grant {
  return { appId, delegatedPermissions: delegated, applicationPermissions: application };
}

export const owner = grant(OWNER, ['full'], ['full']);
export const guestNone = grant(GUEST, ['none'], ['none']);
export const guestRead = grant(GUEST, ['none'], ['readContent']);
export const backup = grant(BACKUP, ['readContent'], ['none']);
export const explorer = grant(EXPLORER, ['read'], ['none']);
/** A grant this tool cannot write back: read-only. */
export const odd = grant(EXPLORER, ['read'], ['unknownFutureValue']);

export const context: ReceiptContext = {
  id: RECEIPT_ID,
  // 12:30 in Rome is 10:30 UTC: the receipt says UTC.
  createdAt: new Date('2026-11-22T12:30:00+02:00'),
  tenantId: TENANT,
  user: {
    userPrincipalName: 'admin@contoso.onmicrosoft.com',
    objectId: '0d8d1c5a-6f0e-4b8b-9d55-2b0e4c1f7a10',
  },
};

/** What a save was asked, and each app's change as the repository reports it. */
export function saveOf(
  registrationId: string,
  baseline: Grant[],
  edited: Grant[],
): { request: ReceiptSaveRequest; change: (appId: string) => GrantChange } {
  const changes = diffGrants(baseline, edited);
  return {
    request: { registrationId, baseline, edited },
    change: (appId) => {
      const found = changes.find((change) => change.appId === appId);
      if (found === undefined) throw new Error(`no change for ${appId}`);
      return found;
    },
  };
}

const schema = JSON.parse(
  readFileSync(new URL('../../docs/schemas/receipt.v1.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const ajv = new Ajv({ allErrors: true });
addFormats(ajv);

/** The committed schema (docs/schemas/receipt.v1.schema.json), compiled. */
export const validateReceipt = ajv.compile(schema);

/** A receipt as a download holds it, validated: returns the schema's complaints (none: `[]`). */
export function schemaErrors(value: unknown): string[] {
  const json = JSON.parse(JSON.stringify(value)) as unknown;
  return validateReceipt(json)
    ? []
    : (validateReceipt.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}
