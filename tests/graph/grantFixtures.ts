/** Grants and assertions the Graph tests share. */
import type { Grant } from '../../src/core/model';
import { GraphError } from '../../src/graph/errors';
import { BACKUP_APP_ID, GUEST_APP_ID } from '../../src/local/demoTenant';

export function grant(appId: string, delegated: string[], application: string[]): Grant {
  return { appId, delegatedPermissions: delegated, applicationPermissions: application };
}

/** The guest app with app-only readContent: the most common change in these tests. */
export const GUEST_APP_READ = grant(GUEST_APP_ID, ['none'], ['readContent']);
export const BACKUP_APP_READ = grant(BACKUP_APP_ID, ['none'], ['readContent']);

/** The `GraphError` a promise rejects with (fails the test when it resolves or throws something else). */
export async function caughtGraphError(promise: Promise<unknown>): Promise<GraphError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof GraphError) return error;
    throw error;
  }
  throw new Error('expected a GraphError');
}
