/**
 * Verify: what the service shows now for each write a receipt records. Grants have no etag and a
 * change can take an hour or more to show in reads (graph-api.md, "Propagation"), so this is how an
 * admin learns, later, that a change really took, and how a save that could not be confirmed is
 * settled. Judged against the service's own read, never one seen through this browser's writes.
 */
import type { Grant } from './model';
import { appIdKey, grantsEqual } from './normalise';
import { OWN_WRITE_WINDOW_MS } from './ownWrites';
import type { Receipt, ReceiptApp, ReceiptGrant } from './receipt';

/**
 * `confirmed`: the service shows what was written. `not-visible-yet`: it still shows the value from
 * before, inside the propagation window. `still-before`: still the value from before, long after it
 * (the write did not take effect, or was undone). `changed-since`: another value (`shows`).
 */
export type VerifyVerdict = 'confirmed' | 'not-visible-yet' | 'still-before' | 'changed-since';

export interface AppVerification {
  readonly appId: string;
  readonly appName?: string;
  readonly verdict: VerifyVerdict;
  /** What the service shows now; `null`: no grant. */
  readonly shows: ReceiptGrant | null;
}

export type RegistrationVerification =
  | {
      readonly type: 'read';
      readonly registrationId: string;
      readonly name?: string;
      readonly apps: readonly AppVerification[];
    }
  /** The registration's grants could not be read: nothing about it is judged. */
  | { readonly type: 'failed'; readonly registrationId: string; readonly name?: string };

/** A registration's grants as the service shows them now, or `undefined` when they could not be read. */
export type ServiceGrants = (registrationId: string) => readonly Grant[] | undefined;

/** The writes worth checking: saved, or sent with an unknown outcome. */
function written(app: ReceiptApp): boolean {
  return app.outcome === 'saved' || app.outcome === 'unknown';
}

/** The registrations a receipt wrote to (what Verify reads). */
export function registrationsToVerify(receipt: Receipt): string[] {
  return receipt.registrations
    .filter((registration) => registration.apps.some(written))
    .map((registration) => registration.registrationId);
}

function asGrant(appId: string, grant: ReceiptGrant | null): Grant | undefined {
  return grant === null ? undefined : { appId, ...grant };
}

export function verifyReceipt(
  receipt: Receipt,
  serviceGrants: ServiceGrants,
  now: Date,
): RegistrationVerification[] {
  const insideWindow = now.getTime() - Date.parse(receipt.createdAt) <= OWN_WRITE_WINDOW_MS;
  return receipt.registrations.flatMap((registration): RegistrationVerification[] => {
    const apps = registration.apps.filter(written);
    if (apps.length === 0) return [];
    const { registrationId, name } = registration;
    const grants = serviceGrants(registrationId);
    if (grants === undefined)
      return [{ type: 'failed', registrationId, ...(name === undefined ? {} : { name }) }];
    const byApp = new Map(grants.map((grant) => [appIdKey(grant.appId), grant]));
    return [
      {
        type: 'read',
        registrationId,
        ...(name === undefined ? {} : { name }),
        apps: apps.map((app) => {
          const shown = byApp.get(appIdKey(app.appId));
          const verdict: VerifyVerdict = grantsEqual(shown, asGrant(app.appId, app.after))
            ? 'confirmed'
            : grantsEqual(shown, asGrant(app.appId, app.before))
              ? insideWindow
                ? 'not-visible-yet'
                : 'still-before'
              : 'changed-since';
          return {
            appId: app.appId,
            ...(app.appName === undefined ? {} : { appName: app.appName }),
            verdict,
            shows:
              shown === undefined
                ? null
                : {
                    delegatedPermissions: shown.delegatedPermissions,
                    applicationPermissions: shown.applicationPermissions,
                  },
          };
        }),
      },
    ];
  });
}
