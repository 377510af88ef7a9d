/** What the sign-in service's endpoints share: the tenant, its state, and where an answer goes back to. */
import type { ServerResponse } from 'node:http';
import { appRegistration } from '../appRegistrations';
import type { Profile } from '../demoTenant';
import type { FaultSettings } from '../faults';
import { sendErrorPage, sendUnknownAppPage } from './pages';
import { isLocalUri } from './redirect';
import type { SignInSessions } from './SignInSessions';
import type { TenantConsents } from './TenantConsents';

export interface IdpContext {
  readonly tenantId: string;
  /** The tenant's name as Entra shows it on its pages (the demo tenant's domain). */
  readonly tenantName: string;
  readonly faults: FaultSettings;
  readonly sessions: SignInSessions;
  readonly consents: TenantConsents;
  /** `{origin}/idp/{tenant}`: the endpoints' base. */
  readonly base: string;
}

/** MSAL's `client_info`: whose account the answer is for. */
export function clientInfo(profile: Profile, tenantId: string): string {
  return Buffer.from(JSON.stringify({ uid: profile.oid, utid: tenantId })).toString('base64url');
}

/** Where an answer for `clientId` goes, or the error page already sent when there is nowhere safe. */
export type RedirectTarget = { readonly uri: string } | { readonly sent: true };

/**
 * The redirect URI of a request: the one it names (only this machine's pages), or, when it names none,
 * the first one registered for the app, as Entra does (graph-api.md §10). A link for an app the
 * directory does not know, or one with no redirect URI registered, ends on an error page here.
 */
export function redirectTarget(
  idp: IdpContext,
  response: ServerResponse,
  clientId: string,
  given: string | null,
  origin: string,
): RedirectTarget {
  if (clientId.trim() === '') {
    sendErrorPage(
      response,
      400,
      'Sign-in error',
      "AADSTS900144: The request body must contain the following parameter: 'client_id'.",
    );
    return { sent: true };
  }
  if (given !== null && given !== '') {
    if (isLocalUri(given)) return { uri: given };
    sendErrorPage(
      response,
      400,
      'Sign-in error',
      'AADSTS50011: the redirect URI is not registered for this app (the local stack answers only pages of this machine).',
    );
    return { sent: true };
  }
  const app = appRegistration(clientId);
  if (app === undefined) {
    sendUnknownAppPage(response, clientId, idp.tenantName);
    return { sent: true };
  }
  const path = app.redirectPaths[0];
  if (path === undefined) {
    sendErrorPage(
      response,
      400,
      'Sign-in error',
      `AADSTS500113: No reply address is registered for the application ${app.displayName} (${app.appId}).`,
    );
    return { sent: true };
  }
  return { uri: `${origin}${path}` };
}
