import { describe, expect, it } from 'vitest';
import { accessAdvice } from '../../src/core/accessAdvice';
import type { Grant } from '../../src/core/model';
import { OWN_WRITE_WINDOW_MS } from '../../src/core/ownWrites';

const APP = '89ea5c94-7736-4e25-95ad-3fa95f62b6aa';
const grant = (delegated: string[], application: string[]): Grant => ({
  appId: APP,
  delegatedPermissions: delegated,
  applicationPermissions: application,
});
const now = new Date('2026-12-07T12:00:00Z');

describe('what a 403 most likely means', () => {
  it('for no grant: every call refused, and the Graph permission still needed', () => {
    expect(accessAdvice(undefined, now)).toEqual(['no-grant', 'needs-graph-permission']);
  });

  it('for app-only access without delegated: no calls on behalf of a user', () => {
    expect(accessAdvice(grant(['none'], ['readContent', 'read']), now)).toEqual([
      'no-delegated',
      'needs-graph-permission',
    ]);
  });

  it('for delegated access: no app-only calls, and the user’s own role counts too', () => {
    expect(accessAdvice(grant(['full'], ['none']), now)).toEqual([
      'no-app-only',
      'delegated-needs-user-role',
      'needs-graph-permission',
    ]);
  });

  it('says when a plane reaches container properties but not files (no readContent, nothing including it)', () => {
    expect(accessAdvice(grant(['read', 'write'], ['manageContent']), now)).toEqual([
      'delegated-needs-user-role',
      'no-content-read',
      'needs-graph-permission',
    ]);
  });

  it('puts a change this browser made inside the propagation window first, and not after it', () => {
    const recent = new Date(now.getTime() - 10 * 60 * 1000);
    const old = new Date(now.getTime() - OWN_WRITE_WINDOW_MS - 1);
    expect(accessAdvice(grant(['full'], ['full']), now, recent)[0]).toBe('recent-change');
    expect(accessAdvice(grant(['full'], ['full']), now, old)).not.toContain('recent-change');
  });
});
