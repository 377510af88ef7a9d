/**
 * The sign-in service's own pages: the account picker, the consent page and error pages. Every value
 * from a request is escaped; the pages send `frame-ancestors 'self'` (see http.ts).
 */
import type { ServerResponse } from 'node:http';
import { APP_REGISTRATIONS, type AppRegistration } from '../appRegistrations';
import { PROFILES, type Profile, type ProfileName } from '../demoTenant';
import { htmlEscape, send, withFrameAncestorsSelf } from '../http';
import type { GraphPermissions } from './TenantConsents';

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;line-height:1.4}' +
  'ul.accounts{list-style:none;padding:0}button{padding:.5rem 1rem;margin:.25rem .5rem .25rem 0;min-width:9rem}' +
  '[role=alert]{border-left:4px solid #c50f1f;padding-left:.75rem}';

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${htmlEscape(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

export function sendPage(response: ServerResponse, status: number, title: string, body: string): void {
  send(response, {
    status,
    headers: withFrameAncestorsSelf({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    }),
    body: page(title, body),
  });
}

function hiddenFields(fields: Iterable<[string, string]>): string {
  return Array.from(fields)
    .map(([name, value]) => `<input type="hidden" name="${htmlEscape(name)}" value="${htmlEscape(value)}">`)
    .join('');
}

/** An error the sign-in service shows itself (it has nowhere safe to send the admin back to). */
export function sendErrorPage(
  response: ServerResponse,
  status: number,
  title: string,
  message: string,
): void {
  sendPage(
    response,
    status,
    title,
    `<h1>${htmlEscape(title)}</h1><p role="alert">${htmlEscape(message)}</p>`,
  );
}

/** Entra's answer to a client id its directory does not know (AADSTS700016), with the ids it knows. */
export function sendUnknownAppPage(response: ServerResponse, clientId: string, tenantName: string): void {
  const known = APP_REGISTRATIONS.map(
    (app) => `<li>${htmlEscape(app.displayName)}: <code>${htmlEscape(app.appId)}</code></li>`,
  ).join('');
  sendPage(
    response,
    400,
    'The app is not known in this tenant',
    `<h1>The app is not known in this tenant</h1><p role="alert">${htmlEscape(
      `AADSTS700016: Application with identifier '${clientId}' was not found in the directory '${tenantName}'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. Check the client id in the link.`,
    )}</p><p>The local demo directory knows these apps:</p><ul>${known}</ul>`,
  );
}

/** One submit button per profile; the original request travels along as hidden fields. */
export function accountPicker(
  url: URL,
  intro = 'Local demo tenant: no password, choose who signs in.',
): string {
  const hidden = hiddenFields(
    Array.from(url.searchParams).filter(([name]) => name !== 'profile' && name !== 'prompt'),
  );
  const buttons = (Object.keys(PROFILES) as ProfileName[])
    .map(
      (name) =>
        `<li><button type="submit" name="profile" value="${htmlEscape(name)}">${htmlEscape(name)}</button> <span>${htmlEscape(PROFILES[name].displayName)}</span></li>`,
    )
    .join('');
  return page(
    'Pick an account',
    `<h1>Pick an account</h1><p>${htmlEscape(intro)}</p><form method="get" action="${htmlEscape(url.pathname)}">${hidden}<ul class="accounts">${buttons}</ul></form>`,
  );
}

export function sendAccountPicker(response: ServerResponse, url: URL, intro?: string): void {
  send(response, {
    status: 200,
    headers: withFrameAncestorsSelf({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    }),
    body: accountPicker(url, intro),
  });
}

/** Why the consent page offers no Accept button. */
export type ConsentRefusal = 'tenant_refuses' | 'not_an_admin';

export interface ConsentPageModel {
  /** Where the decision is posted, and the request it decides (hidden fields). */
  readonly action: string;
  readonly fields: Readonly<Record<string, string>>;
  readonly app: AppRegistration;
  readonly permissions: GraphPermissions;
  readonly tenantName: string;
  readonly account: Profile;
  readonly useAnotherAccount: string;
  readonly refusal?: ConsentRefusal;
}

export function consentPage(model: ConsentPageModel): string {
  const { app, account, permissions } = model;
  const items = [
    ...permissions.delegatedScopes.map(
      (scope) => `<li><code>${htmlEscape(scope)}</code>: delegated (on behalf of the signed-in user)</li>`,
    ),
    ...permissions.appRoles.map(
      (role) => `<li><code>${htmlEscape(role)}</code>: application (app-only, without a user)</li>`,
    ),
  ].join('');
  const refusal =
    model.refusal === 'tenant_refuses'
      ? `<p role="alert">This tenant refuses consent to ${htmlEscape(app.displayName)}: its policy lets no one grant it from this page (the local demo tenant is set to refuse consent). Going back tells the app that consent was not granted.</p>`
      : model.refusal === 'not_an_admin'
        ? `<p role="alert">${htmlEscape(account.displayName)} cannot grant consent for the organization: admin consent needs a Global Administrator (in this demo tenant: global-admin). Use another account, or cancel.</p>`
        : '<p>Accepting grants these permissions for the whole organization (admin consent).</p>';
  const buttons =
    model.refusal === 'tenant_refuses'
      ? '<button type="submit" name="decision" value="cancel">Back to the app</button>'
      : `${model.refusal === undefined ? '<button type="submit" name="decision" value="accept">Accept</button>' : ''}<button type="submit" name="decision" value="cancel">Cancel</button>`;
  return page(
    'Permissions requested',
    `<h1>Permissions requested</h1><p><strong>${htmlEscape(app.displayName)}</strong> (client id <code>${htmlEscape(app.appId)}</code>) asks for these Microsoft Graph permissions in ${htmlEscape(model.tenantName)} (local demo tenant):</p><ul>${items}</ul><p>Signed in as ${htmlEscape(account.displayName)} (${htmlEscape(account.upn)}). <a href="${htmlEscape(model.useAnotherAccount)}">Use another account</a></p>${refusal}<form method="post" action="${htmlEscape(model.action)}">${hiddenFields(Object.entries({ ...model.fields, profile: account.name }))}${buttons}</form>`,
  );
}

export function sendConsentPage(response: ServerResponse, model: ConsentPageModel, status = 200): void {
  send(response, {
    status,
    headers: withFrameAncestorsSelf({
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    }),
    body: consentPage(model),
  });
}
