/**
 * Admin consent (graph-api.md §6) and a guest backup app's onboarding link, built for the right cloud.
 * Every value goes through URLSearchParams: nothing typed by an admin is pasted into a URL raw.
 */
import { cloudEndpoints, type CloudName } from './clouds';

/** The `state` of the tool's own admin-consent link: the redirect page knows its answer by it. */
export const ADMIN_CONSENT_STATE = 'admin-consent';

export interface AdminConsentRequest {
  readonly cloud: CloudName;
  readonly localOrigin?: string;
  /** The consuming tenant: id or domain, or `organizations`; never `common`. */
  readonly tenant: string;
  readonly clientId: string;
  /** Must exactly match a redirect URI registered for the app. */
  readonly redirectUri: string;
  readonly state: string;
}

export function buildAdminConsentUrl(request: AdminConsentRequest): string {
  if (request.tenant === 'common' || request.tenant === 'consumers') {
    throw new Error(
      'Admin consent needs the consuming tenant (id, domain or "organizations"), not "common".',
    );
  }
  const { loginHost, graphResource } = cloudEndpoints(request.cloud, request.localOrigin);
  const query = new URLSearchParams({
    client_id: request.clientId,
    scope: `${graphResource}/.default`,
    redirect_uri: request.redirectUri,
    state: request.state,
  });
  return `${loginHost}/${encodeURIComponent(request.tenant)}/v2.0/adminconsent?${query.toString()}`;
}

export type AdminConsentOutcome =
  | { readonly outcome: 'granted'; readonly tenant: string | undefined }
  | { readonly outcome: 'denied'; readonly error: string; readonly description: string }
  | { readonly outcome: 'state_mismatch' }
  | { readonly outcome: 'not_a_consent_response' };

/**
 * Reads the redirect back from the consent page. The returned `tenant` is for display only: never
 * trust it for authorisation (the service decides with the next token).
 */
export function parseAdminConsentRedirect(url: string, expectedState: string): AdminConsentOutcome {
  const params = new URL(url).searchParams;
  const error = params.get('error');
  if (params.get('admin_consent') === null && error === null) return { outcome: 'not_a_consent_response' };
  if (params.get('state') !== expectedState) return { outcome: 'state_mismatch' };
  if (error !== null) return { outcome: 'denied', error, description: params.get('error_description') ?? '' };
  return params.get('admin_consent')?.toLowerCase() === 'true'
    ? { outcome: 'granted', tenant: params.get('tenant') ?? undefined }
    : { outcome: 'not_a_consent_response' };
}

export interface BackupOnboardingRequest {
  readonly cloud: CloudName;
  readonly localOrigin?: string;
  /** The backup (guest) app's client id. */
  readonly clientId: string;
  /**
   * One of the guest app's own reply URLs. Left out, Entra sends the admin to the app's registered
   * one, which is what a link built for a vendor's app (whose URLs this tool cannot know) needs.
   */
  readonly redirectUri?: string;
  readonly state?: string;
}

/** The Microsoft 365 Backup Storage style onboarding link: the admin consents to the backup app. */
export function buildBackupOnboardingUrl(request: BackupOnboardingRequest): string {
  const { loginHost, graphResource } = cloudEndpoints(request.cloud, request.localOrigin);
  const query = new URLSearchParams({
    client_id: request.clientId,
    response_type: 'code',
    scope: `${graphResource}/.default`,
  });
  if (request.redirectUri !== undefined) query.set('redirect_uri', request.redirectUri);
  if (request.state !== undefined) query.set('state', request.state);
  return `${loginHost}/common/oauth2/v2.0/authorize?${query.toString()}`;
}
