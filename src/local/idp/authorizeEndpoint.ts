/**
 * `GET …/oauth2/v2.0/authorize`: sign-in with an account picker (no password), silent sign-in that can
 * fail on demand, per-scope consent, and the consent page for a `/.default` request the tenant has not
 * consented to (a vendor's onboarding link, which may name no `redirect_uri`: context.ts).
 */
import type { ServerResponse } from 'node:http';
import { appRegistration } from '../appRegistrations';
import { isProfileName, PROFILES, type ProfileName } from '../demoTenant';
import { showConsent } from './consentFlow';
import { clientInfo, redirectTarget, type IdpContext } from './context';
import { asksForDefault, shortGraphScopes } from './graphScopes';
import { sendAccountPicker, sendUnknownAppPage } from './pages';
import { redirectTo } from './redirect';
import { requestedPermissions } from './TenantConsents';

export function authorize(idp: IdpContext, response: ServerResponse, url: URL, origin: string): void {
  const params = url.searchParams;
  const clientId = params.get('client_id') ?? '';
  const target = redirectTarget(idp, response, clientId, params.get('redirect_uri'), origin);
  if ('sent' in target) return;
  const redirectUri = target.uri;
  const responseMode = params.get('response_mode') ?? 'query';
  const state = params.get('state') ?? undefined;
  const redirect = (values: Record<string, string>): void =>
    redirectTo(response, redirectUri, responseMode, {
      ...values,
      ...(state === undefined ? {} : { state }),
    });
  const prompt = params.get('prompt');
  const chosen = params.get('profile');
  const { sessions } = idp;

  if (prompt === 'none') {
    if (idp.faults.idp.failSilent || sessions.signedIn === undefined) {
      redirect({
        error: sessions.signedIn === undefined ? 'login_required' : 'interaction_required',
        error_description:
          'AADSTS50058: A silent sign-in request was sent but no user is signed in, or the user must interact.',
      });
      return;
    }
  }
  let profile: ProfileName | undefined = isProfileName(chosen) ? chosen : undefined;
  if (profile === undefined && prompt !== 'select_account' && prompt !== 'login') profile = sessions.signedIn;
  if (profile === undefined) {
    sendAccountPicker(response, url);
    return;
  }
  const codeChallenge = params.get('code_challenge') ?? undefined;
  if (codeChallenge !== undefined && (params.get('code_challenge_method') ?? 'plain') !== 'S256') {
    redirect({
      error: 'invalid_request',
      error_description: 'AADSTS501491: only S256 code challenges are supported.',
    });
    return;
  }
  const scope = params.get('scope') ?? 'openid';
  if (asksForDefault(scope)) {
    // Every permission of the app's registration: the tenant must have consented to them all.
    const app = appRegistration(clientId);
    if (app === undefined) {
      sendUnknownAppPage(response, clientId, idp.tenantName);
      return;
    }
    const permissions = requestedPermissions(app, scope);
    if ('problem' in permissions) {
      redirect({ error: 'invalid_scope', error_description: permissions.problem });
      return;
    }
    if (!idp.consents.covers(app, permissions)) {
      if (prompt === 'none') {
        redirect({
          error: 'consent_required',
          error_description: `AADSTS65001: The user or administrator has not consented to use the application ${app.displayName}. Send an interactive authorization request for this user and resource.`,
        });
      } else {
        showConsent(idp, response, url, 'authorize', app, permissions, profile);
      }
      return;
    }
  }
  const consent = idp.consents.consentFailure(profile, clientId, shortGraphScopes(scope));
  if (consent !== undefined) {
    // Silent (prompt=none): Entra's `consent_required`. Interactive: the tenant's policy lets no one
    // consent here (an admin grants it in the Entra admin center), so Entra's AADSTS90094 comes back.
    redirect(
      prompt === 'none'
        ? { error: 'consent_required', error_description: consent.error_description }
        : {
            error: 'consent_required',
            error_description:
              'AADSTS90094: An administrator must grant this app the permission it asks for (the local demo tenant has not consented to it).',
          },
    );
    return;
  }
  sessions.signedIn = profile;
  const code = sessions.issueCode({
    clientId,
    redirectUri,
    scope,
    nonce: params.get('nonce') ?? undefined,
    codeChallenge,
    profile,
  });
  redirect({ code, client_info: clientInfo(PROFILES[profile], idp.tenantId) });
}
