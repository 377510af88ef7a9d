import { describe, expect, it } from 'vitest';
import { mergeGrant } from '../../src/core/mergeGrant';
import type { Grant } from '../../src/core/model';
import { grantsEqual } from '../../src/core/normalise';

const B = 'bbbbbbbb-0000-4000-8000-000000000002';
const g = (appId: string, delegated: string[], application: string[] = ['none']): Grant => ({
  appId,
  delegatedPermissions: delegated,
  applicationPermissions: application,
});

describe('merge of a conflict', () => {
  it('replays this admin’s granted and revoked cells on the current value', () => {
    const merged = mergeGrant({
      appId: B,
      baseline: g(B, ['readContent', 'create']),
      theirs: g(B, ['readContent', 'create', 'read']),
      mine: g(B, ['readContent', 'writeContent']),
    });
    expect(grantsEqual(merged, g(B, ['readContent', 'writeContent', 'read']))).toBe(true);
  });

  it('keeps unknown values both sides did not touch and applies this admin’s own', () => {
    const merged = mergeGrant({
      appId: B,
      baseline: g(B, ['readContent', 'futureOne']),
      theirs: g(B, ['readContent', 'futureOne', 'futureTwo']),
      mine: g(B, ['readContent']),
    });
    expect(merged?.delegatedPermissions).toEqual(expect.arrayContaining(['readContent', 'futureTwo']));
    expect(merged?.delegatedPermissions).not.toContain('futureOne');
  });

  it('lets removing the app win, and re-adds mine when they removed it', () => {
    expect(
      mergeGrant({ appId: B, baseline: g(B, ['read']), theirs: g(B, ['write']), mine: undefined }),
    ).toBeUndefined();
    const readded = mergeGrant({
      appId: B,
      baseline: g(B, ['read']),
      theirs: undefined,
      mine: g(B, ['read', 'create']),
    });
    expect(grantsEqual(readded, g(B, ['create']))).toBe(true);
  });
});
