/**
 * Unsaved edits kept in the host's session storage, so a reload in the same tab loses nothing.
 * Only the changed apps are stored, each with the baseline the edit was made against.
 */
import type { Grant } from '../../core/model';
import { readGrant } from '../../core/readGrants';
import type { DraftStorage, EditorLogger } from '../EditorHost';
import { indexGrants } from '../../core/grantList';
import { appIdKey } from '../../core/normalise';

export interface DraftChange {
  readonly appId: string;
  readonly baseline: Grant | undefined;
  readonly edited: Grant | undefined;
}

export interface Draft {
  readonly changes: readonly DraftChange[];
}

const DRAFT_VERSION = 1;

/** Per tenant and registration, so a draft never lands on another registration or tenant. */
export function draftKey(tenantId: string, registrationId: string): string {
  return `spe-permission-matrix:draft:v${DRAFT_VERSION}:${tenantId.toLowerCase()}:${registrationId.toLowerCase()}`;
}

export function createDraft(
  baseline: readonly Grant[],
  edited: readonly Grant[],
  appIds: readonly string[],
): Draft {
  // Indexed, not searched per app: right after importing a large file every app is in the draft.
  const baselineByApp = indexGrants(baseline);
  const editedByApp = indexGrants(edited);
  return {
    changes: appIds.map((appId) => ({
      appId,
      baseline: baselineByApp.get(appIdKey(appId)),
      edited: editedByApp.get(appIdKey(appId)),
    })),
  };
}

function readOptionalGrant(raw: unknown, path: string): Grant | undefined {
  return raw === null || raw === undefined ? undefined : readGrant(raw, path).value;
}

/** The stored draft, or `undefined` when there is none or it cannot be read (it is then dropped). */
export function readDraft(storage: DraftStorage, key: string, logger: EditorLogger): Draft | undefined {
  let text: string | null;
  try {
    text = storage.getItem(key);
  } catch {
    return undefined;
  }
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as { version?: unknown; changes?: unknown };
    if (parsed.version !== DRAFT_VERSION || !Array.isArray(parsed.changes))
      throw new Error('unexpected shape');
    const changes = parsed.changes.flatMap((raw: unknown, index: number): DraftChange[] => {
      const entry = raw as { appId?: unknown; baseline?: unknown; edited?: unknown };
      if (typeof entry.appId !== 'string') return [];
      return [
        {
          appId: entry.appId,
          baseline: readOptionalGrant(entry.baseline, `changes[${index}].baseline`),
          edited: readOptionalGrant(entry.edited, `changes[${index}].edited`),
        },
      ];
    });
    return { changes };
  } catch {
    logger.warn('Ignoring an unreadable draft', { key });
    clearDraft(storage, key);
    return undefined;
  }
}

/** Stores the draft; `false` when the storage refused it. */
export function writeDraft(storage: DraftStorage, key: string, draft: Draft, logger: EditorLogger): boolean {
  try {
    storage.setItem(
      key,
      JSON.stringify({
        version: DRAFT_VERSION,
        changes: draft.changes.map((change) => ({
          appId: change.appId,
          baseline: change.baseline ?? null,
          edited: change.edited ?? null,
        })),
      }),
    );
    return true;
  } catch {
    // Quota or privacy mode: the edits stay on screen, they just will not survive a reload.
    logger.warn('Could not store the draft', { key });
    return false;
  }
}

/** Whether a draft is stored under `key` (the list marks those registrations). */
export function hasDraft(storage: DraftStorage, key: string): boolean {
  try {
    return Boolean(storage.getItem(key));
  } catch {
    return false;
  }
}

export function clearDraft(storage: DraftStorage, key: string): void {
  try {
    storage.removeItem(key);
  } catch {
    // Nothing to do: a draft that cannot be removed is overwritten or ignored later.
  }
}
