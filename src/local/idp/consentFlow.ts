/**
 * Admin consent as Entra ID does it: the admin-consent endpoint (graph-api.md §6) and an authorize
 * request for `/.default` that the tenant has not consented to both show the consent page; the admin's
 * decision is posted back here, recorded (TenantConsents), and answered to the app's redirect URI.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { appRegistration, type AppRegistration } from '../appRegistrations';
import { GLOBAL_ADMIN_ROLE_ID, isProfileName, PROFILES, type ProfileName } from '../demoTenant';
import { readBody } from '../http';
import { redirectTarget, type IdpContext } from './context';
import {
  sendAccountPicker,
  sendConsentPage,
  sendErrorPage,
  sendUnknownAppPage,
  type ConsentRefusal,
} from './pages';
import { redirectTo } from './redirect';
import { requestedPermissions, type GraphPermissions } from './TenantConsents';

/** Which request the consent page answers: the admin-consent link, or a sign-in for `/.default`. */
type ConsentFlow = 'adminconsent' | 'authorize';

const FLOW_PATHS: Readonly<Record<ConsentFlow, string>> = {
  adminconsent: '/v2.0/adminconsent',
  authorize: '/oauth2/v2.0/authorize',
};

/** Fields of the consent page's form that are the page's own, not the request it decides. */
const DECISION_FIELDS = ['flow', 'profile', 'decision', 'prompt'];

/** The request a consent page decided, rebuilt from its form. */
function requestUrl(idp: IdpContext, flow: ConsentFlow, form: URLSearchParams): URL {
  const url = new URL(`${idp.base}${FLOW_PATHS[flow]}`);
  for (const [name, value] of form) if (!DECISION_FIELDS.includes(name)) url.searchParams.set(name, value);
  return url;
}

const DECLINED = 'AADSTS65004: The resource owner or authorization server denied the request';

function refusalFor(idp: IdpContext, profile: ProfileName): ConsentRefusal | undefined {
  if (idp.faults.idp.refuseConsent) return 'tenant_refuses';
  // Granting consent for the whole organization is an administrator's privilege; of the demo
  // profiles only the Global Administrator holds it.
  return PROFILES[profile].wids.includes(GLOBAL_ADMIN_ROLE_ID) ? undefined : 'not_an_admin';
}

/** The consent page for `app`, or the account picker when nobody is chosen to grant it. */
export function showConsent(
  idp: IdpContext,
  response: ServerResponse,
  url: URL,
  flow: ConsentFlow,
  app: AppRegistration,
  permissions: GraphPermissions,
  account: ProfileName | undefined,
  status = 200,
): void {
  if (account === undefined || url.searchParams.get('prompt') === 'select_account') {
    sendAccountPicker(response, url, 'Choose the administrator who grants consent.');
    return;
  }
  const fields = Object.fromEntries(
    Array.from(url.searchParams).filter(([name]) => !DECISION_FIELDS.includes(name)),
  );
  const another = new URL(url);
  another.searchParams.delete('profile');
  another.searchParams.set('prompt', 'select_account');
  sendConsentPage(
    response,
    {
      action: `${idp.base}/consent`,
      fields: { ...fields, flow },
      app,
      permissions,
      tenantName: idp.tenantName,
      account: PROFILES[account],
      useAnotherAccount: `${another.pathname}${another.search}`,
      refusal: refusalFor(idp, account),
    },
    status,
  );
}

/** `GET …/v2.0/adminconsent?client_id&scope&redirect_uri&state`. */
export function adminConsent(idp: IdpContext, response: ServerResponse, url: URL, origin: string): void {
  const params = url.searchParams;
  const clientId = params.get('client_id') ?? '';
  const target = redirectTarget(idp, response, clientId, params.get('redirect_uri'), origin);
  if ('sent' in target) return;
  const app = appRegistration(clientId);
  if (app === undefined) {
    sendUnknownAppPage(response, clientId, idp.tenantName);
    return;
  }
  const state = params.get('state');
  const permissions = requestedPermissions(app, params.get('scope') ?? '');
  if ('problem' in permissions) {
    redirectTo(response, target.uri, 'query', {
      admin_consent: 'True',
      error: 'invalid_request',
      error_description: permissions.problem,
      ...(state === null ? {} : { state }),
    });
    return;
  }
  const chosen = params.get('profile');
  showConsent(
    idp,
    response,
    url,
    'adminconsent',
    app,
    permissions,
    isProfileName(chosen) ? chosen : idp.sessions.signedIn,
  );
}

/** `POST …/consent`: the admin's decision on the consent page (a form of this origin only). */
export async function consentDecision(
  idp: IdpContext,
  request: IncomingMessage,
  response: ServerResponse,
  origin: string,
): Promise<void> {
  const body = await readBody(request);
  // A decision grants permissions for the whole tenant: another site's form must not make it.
  const from = request.headers.origin;
  if (from !== undefined && from !== origin) {
    sendErrorPage(
      response,
      403,
      'Consent refused',
      `Consent is decided on this sign-in service's own page (${origin}), not from ${from}.`,
    );
    return;
  }
  if ('tooLarge' in body) {
    sendErrorPage(response, 413, 'Sign-in error', 'AADSTS90014: The request body is too large.');
    return;
  }
  const form = new URLSearchParams(body.text);
  const flow = form.get('flow');
  const decision = form.get('decision');
  const profile = form.get('profile');
  if ((flow !== 'adminconsent' && flow !== 'authorize') || (decision !== 'accept' && decision !== 'cancel')) {
    sendErrorPage(response, 400, 'Sign-in error', 'AADSTS90015: The consent page sent no decision it knows.');
    return;
  }
  if (!isProfileName(profile)) {
    sendErrorPage(response, 400, 'Sign-in error', 'AADSTS90015: The consent page named no account.');
    return;
  }
  const clientId = form.get('client_id') ?? '';
  const target = redirectTarget(idp, response, clientId, form.get('redirect_uri'), origin);
  if ('sent' in target) return;
  const app = appRegistration(clientId);
  if (app === undefined) {
    sendUnknownAppPage(response, clientId, idp.tenantName);
    return;
  }
  const scope = form.get('scope') ?? '';
  const permissions = requestedPermissions(app, scope);
  const state = form.get('state');
  const answer = (values: Record<string, string>): void =>
    redirectTo(
      response,
      target.uri,
      flow === 'authorize' ? (form.get('response_mode') ?? 'query') : 'query',
      {
        ...(flow === 'adminconsent' ? { admin_consent: 'True' } : {}),
        ...values,
        ...(state === null ? {} : { state }),
      },
      303,
    );
  const refusal = refusalFor(idp, profile);
  if ('problem' in permissions) {
    answer({ error: 'invalid_request', error_description: permissions.problem });
  } else if (refusal === 'tenant_refuses' || decision === 'cancel') {
    const why =
      refusal === 'tenant_refuses'
        ? `the tenant's policy refuses consent to ${app.displayName} (local demo tenant).`
        : 'the administrator declined consent.';
    answer({
      error: flow === 'adminconsent' ? 'consent_required' : 'access_denied',
      error_description: `${DECLINED}: ${why}`,
    });
  } else if (refusal === 'not_an_admin') {
    // An Accept this account could not press (a forged form): the page again, saying why.
    showConsent(idp, response, requestUrl(idp, flow, form), flow, app, permissions, profile, 403);
  } else {
    idp.consents.grant(app, permissions, PROFILES[profile].upn);
    if (flow === 'adminconsent') {
      answer({ tenant: idp.tenantId, scope });
      return;
    }
    // The sign-in goes on where it stopped, now that the tenant has consented, as the admin who did.
    const again = requestUrl(idp, 'authorize', form);
    again.searchParams.set('profile', profile);
    response.writeHead(303, { location: `${again.pathname}${again.search}`, 'cache-control': 'no-store' });
    response.end();
  }
}
