/**
 * A guest app's vendor page at `/vendor/<appId>/`: the redirect URI registered for the app, where the
 * sign-in service sends an admin after a consent link that names no `redirect_uri` (graph-api.md §10).
 * It stands in for the vendor's own site and says what the tenant shows: consent recorded or not.
 */
import type { ServerResponse } from 'node:http';
import { appRegistration, VENDOR_PAGE_PREFIX } from './appRegistrations';
import { htmlEscape, send, withFrameAncestorsSelf } from './http';
import type { LocalIdentityProvider } from './idp';

function permissionList(delegatedScopes: readonly string[], appRoles: readonly string[]): string {
  return [
    ...appRoles.map((role) => `<li><code>${htmlEscape(role)}</code> (application)</li>`),
    ...delegatedScopes.map((scope) => `<li><code>${htmlEscape(scope)}</code> (delegated)</li>`),
  ].join('');
}

/** Answers `/vendor/<appId>/` for an app the demo directory registers a vendor page for. */
export function vendorPage(idp: LocalIdentityProvider, response: ServerResponse, url: URL): boolean {
  if (!url.pathname.startsWith(VENDOR_PAGE_PREFIX)) return false;
  const appId = url.pathname.slice(VENDOR_PAGE_PREFIX.length).replace(/\/$/, '');
  const app = appRegistration(appId);
  if (app === undefined || !app.vendorPage || appId.includes('/')) return false;
  const name = htmlEscape(app.displayName);
  const error = url.searchParams.get('error');
  const grant = idp.consents.grantOf(app.appId);
  let title: string;
  let body: string;
  if (error !== null) {
    title = `${app.displayName} did not receive consent`;
    body = `<p role="alert">The sign-in service answered: ${htmlEscape(url.searchParams.get('error_description') ?? error)}</p><p>Nothing was granted to ${name} in your tenant. When you are ready, open its consent page again from the permission matrix (Add app, then “Onboarding a backup vendor”).</p>`;
  } else if (grant !== undefined) {
    title = `${app.displayName} received consent`;
    body = `<p role="status">An administrator of ${htmlEscape(idp.tenantName)} (${htmlEscape(grant.grantedBy)}) consented to these Microsoft Graph permissions of ${name}:</p><ul>${permissionList(grant.delegatedScopes, grant.appRoles)}</ul><p>The vendor would now go on with onboarding. Back in the permission matrix, add the app (client id <code>${htmlEscape(app.appId)}</code>) to the container types it needs, with the permissions its vendor asks for, and save.</p>`;
  } else {
    title = `${app.displayName} has not received consent`;
    body = `<p>Microsoft Entra sends administrators here after they consent to ${name}. The local demo tenant has no consent recorded for it.</p>`;
  }
  send(response, {
    status: 200,
    headers: withFrameAncestorsSelf({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      // The address may carry an authorization code: it must not leave in a Referer.
      'referrer-policy': 'no-referrer',
    }),
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${htmlEscape(title)}</title><style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.4}</style></head><body><header><p>${name}: vendor site (local stand-in)</p></header><main><h1>${htmlEscape(title)}</h1>${body}</main></body></html>`,
  });
  return true;
}
