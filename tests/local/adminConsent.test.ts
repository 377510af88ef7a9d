/**
 * Admin consent on the local identity provider, as Entra ID answers it (graph-api.md §6, §10): the
 * consent page records consent for the app and scopes, tokens issued after it carry them, an admin
 * who may not grant it, a tenant that refuses it and an unknown app get a clear answer, a consent link
 * without `redirect_uri` ends on the app's registered page, and the control API resets it.
 */
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ADMIN_TOOL_APP_ID,
  BACKUP_APP_ID,
  DEMO_OWNING_APP_ID,
  DEMO_TENANT_ID,
  SCOPE_SELECTED,
} from '../../src/local/demoTenant';
import { REGISTRATIONS } from '../../src/local/stackClient';
import { useTestStack } from '../support/useTestStack';

const stack = useTestStack();

const UNKNOWN_APP_ID = '0d0d0d0d-1111-4222-8333-444444444444';
const DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';
const json = { 'content-type': 'application/json' };

const idp = (path: string): string => `${stack.origin}/idp/${DEMO_TENANT_ID}${path}`;

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

function consentLink(extra: Record<string, string> = {}): string {
  return `${idp('/v2.0/adminconsent')}?${new URLSearchParams({
    client_id: DEMO_OWNING_APP_ID,
    scope: DEFAULT_SCOPE,
    redirect_uri: `${stack.origin}/auth.html`,
    state: 'admin-consent',
    ...extra,
  }).toString()}`;
}

/** The hidden fields of the page's consent form, and the decisions it offers. */
function consentForm(html: string): { fields: URLSearchParams; decisions: string[] } {
  const form = /<form method="post"[^>]*>(.*?)<\/form>/s.exec(html)?.[1] ?? '';
  const fields = new URLSearchParams();
  for (const match of form.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)) {
    const decode = (text: string): string =>
      text.replace(/&#(\d+);/g, (_all, code: string) => String.fromCharCode(Number(code)));
    fields.append(decode(match[1] ?? ''), decode(match[2] ?? ''));
  }
  const decisions = [...form.matchAll(/name="decision" value="(\w+)"/g)].map((match) => match[1] ?? '');
  return { fields, decisions };
}

async function decide(
  fields: URLSearchParams,
  decision: string,
  headers: Record<string, string> = {},
): Promise<Response> {
  const body = new URLSearchParams(fields);
  body.set('decision', decision);
  return fetch(idp('/consent'), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: stack.origin, ...headers },
    body: body.toString(),
    redirect: 'manual',
  });
}

async function grants(): Promise<{ clientId: string; delegatedScopes: string[]; appRoles: string[] }[]> {
  return ((await stack.control('consent')) as { grants: never[] }).grants;
}

async function page(url: string): Promise<{ status: number; html: string }> {
  const response = await fetch(url, { redirect: 'manual' });
  return { status: response.status, html: await response.text() };
}

describe('the admin consent page', () => {
  it('records consent for the app and its scopes, and every later token for that app carries them', async () => {
    expect(claimsOf(await stack.token('no-scope')).scp).toBe('');
    expect((await stack.graph(REGISTRATIONS, { profile: 'no-scope' })).status).toBe(403);

    await stack.control('profile', { profile: 'global-admin' });
    const { status, html } = await page(consentLink());
    expect(status).toBe(200);
    expect(html).toContain('Contoso Docs');
    expect(html).toContain(`<code>${SCOPE_SELECTED}</code>: delegated`);
    const { fields, decisions } = consentForm(html);
    expect(decisions).toEqual(['accept', 'cancel']);

    const answer = await decide(fields, 'accept');
    expect(answer.status).toBe(303);
    const back = new URL(answer.headers.get('location') ?? '');
    expect(`${back.origin}${back.pathname}`).toBe(`${stack.origin}/auth.html`);
    expect(Object.fromEntries(back.searchParams)).toEqual({
      admin_consent: 'True',
      tenant: DEMO_TENANT_ID,
      scope: DEFAULT_SCOPE,
      state: 'admin-consent',
    });
    expect(await grants()).toMatchObject([
      {
        clientId: DEMO_OWNING_APP_ID,
        delegatedScopes: [SCOPE_SELECTED, 'Application.Read.All'],
        grantedBy: 'alex@contoso.onmicrosoft.com',
      },
    ]);

    // Consent is the tenant's: the user without any consent now gets the scope, for this app only.
    expect(claimsOf(await stack.token('no-scope')).scp).toBe(`${SCOPE_SELECTED} Application.Read.All`);
    expect((await stack.graph(REGISTRATIONS, { profile: 'no-scope' })).status).toBe(200);
    expect(claimsOf(await stack.token('no-scope', { clientId: ADMIN_TOOL_APP_ID })).scp).toBe('');
    // The directory scope the tenant had refused spe-admin is consented too now.
    expect(claimsOf(await stack.token('spe-admin', { scopes: ['Application.Read.All'] })).scp).toBe(
      'Application.Read.All',
    );
  });

  it('gives a refresh token a new access token with the consented scope (“try again”)', async () => {
    await stack.control('profile', { profile: 'no-scope' });
    const verifier = randomBytes(32).toString('base64url');
    const scope = `https://graph.microsoft.com/${SCOPE_SELECTED} openid profile offline_access`;
    const authorize = await fetch(
      `${idp('/oauth2/v2.0/authorize')}?${new URLSearchParams({
        client_id: DEMO_OWNING_APP_ID,
        redirect_uri: `${stack.origin}/auth.html`,
        response_type: 'code',
        scope,
        code_challenge: createHash('sha256').update(verifier).digest('base64url'),
        code_challenge_method: 'S256',
      }).toString()}`,
      { redirect: 'manual' },
    );
    const code = new URL(authorize.headers.get('location') ?? '').searchParams.get('code') ?? '';
    const redeem = (body: Record<string, string>): Promise<Response> =>
      fetch(idp('/oauth2/v2.0/token'), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_id: DEMO_OWNING_APP_ID, scope, ...body }).toString(),
      });
    const first = (await (
      await redeem({
        grant_type: 'authorization_code',
        code,
        redirect_uri: `${stack.origin}/auth.html`,
        code_verifier: verifier,
      })
    ).json()) as { access_token: string; refresh_token: string };
    expect(claimsOf(first.access_token).scp).toBe('');

    await stack.control('consent', { clientId: DEMO_OWNING_APP_ID });
    const again = (await (
      await redeem({ grant_type: 'refresh_token', refresh_token: first.refresh_token })
    ).json()) as { access_token: string };
    expect(String(claimsOf(again.access_token).scp).split(' ')).toContain(SCOPE_SELECTED);
  });

  it('lets only an admin who may grant consent accept it: another account is refused, even with a forged form', async () => {
    await stack.control('profile', { profile: 'spe-admin' });
    const { html } = await page(consentLink());
    expect(html).toContain(
      'Megan Bowen (SharePoint Embedded Administrator) cannot grant consent for the organization: admin consent needs a Global Administrator',
    );
    const { fields, decisions } = consentForm(html);
    expect(decisions).toEqual(['cancel']);
    expect(html).toMatch(/<a href="[^"]*prompt=select_account[^"]*">Use another account<\/a>/);

    const forged = await decide(fields, 'accept');
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain('cannot grant consent for the organization');
    expect(await grants()).toEqual([]);
  });

  it('asks who grants consent when nobody is signed in, and after “Use another account”', async () => {
    const picker = await page(consentLink());
    expect(picker.html).toContain('Choose the administrator who grants consent.');
    expect(picker.html).toContain('<button type="submit" name="profile" value="global-admin">');
    const chosen = await page(consentLink({ profile: 'global-admin' }));
    expect(consentForm(chosen.html).decisions).toEqual(['accept', 'cancel']);
  });

  it('answers a declined consent to the app as Entra does, recording nothing', async () => {
    const { html } = await page(consentLink({ profile: 'global-admin' }));
    const answer = await decide(consentForm(html).fields, 'cancel');
    expect(answer.status).toBe(303);
    const back = new URL(answer.headers.get('location') ?? '');
    expect(back.searchParams.get('admin_consent')).toBe('True');
    expect(back.searchParams.get('error')).toBe('consent_required');
    expect(back.searchParams.get('error_description')).toMatch(/^AADSTS65004: .*declined consent/);
    expect(back.searchParams.get('state')).toBe('admin-consent');
    expect(await grants()).toEqual([]);
  });

  it('says that a tenant refusing consent refuses it, and tells the app so', async () => {
    await stack.control('faults', { idp: { refuseConsent: true } });
    const { html } = await page(consentLink({ profile: 'global-admin' }));
    expect(html).toContain('This tenant refuses consent to Contoso Docs');
    const { fields, decisions } = consentForm(html);
    expect(decisions).toEqual(['cancel']);
    // Even an Accept sent past the page is answered with the refusal.
    const answer = await decide(fields, 'accept');
    const back = new URL(answer.headers.get('location') ?? '');
    expect(back.searchParams.get('error')).toBe('consent_required');
    expect(back.searchParams.get('error_description')).toContain(
      "the tenant's policy refuses consent to Contoso Docs",
    );
    expect(await grants()).toEqual([]);
  });

  it('names an unknown app and the apps the directory knows, instead of a consent page', async () => {
    for (const link of [
      consentLink({ client_id: UNKNOWN_APP_ID, profile: 'global-admin' }),
      `${idp('/v2.0/adminconsent')}?client_id=${UNKNOWN_APP_ID}&scope=${encodeURIComponent(DEFAULT_SCOPE)}`,
    ]) {
      const { status, html } = await page(link);
      expect(status).toBe(400);
      expect(html).toContain(`AADSTS700016: Application with identifier &#39;${UNKNOWN_APP_ID}&#39;`);
      expect(html).toContain(`Fabrikam Backup: <code>${BACKUP_APP_ID}</code>`);
    }
    const missing = await page(`${idp('/v2.0/adminconsent')}?scope=${encodeURIComponent(DEFAULT_SCOPE)}`);
    expect(missing.status).toBe(400);
    expect(missing.html).toContain(
      'AADSTS900144: The request body must contain the following parameter: &#39;client_id&#39;.',
    );
  });

  it('refuses a decision posted from another site, recording nothing', async () => {
    const { html } = await page(consentLink({ profile: 'global-admin' }));
    const answer = await decide(consentForm(html).fields, 'accept', { origin: 'https://evil.example' });
    expect(answer.status).toBe(403);
    expect(answer.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(await grants()).toEqual([]);
  });
});

describe('a vendor’s consent link without redirect_uri', () => {
  const vendorLink = (clientId: string): string =>
    `${stack.origin}/idp/common/oauth2/v2.0/authorize?${new URLSearchParams({
      client_id: clientId,
      response_type: 'code',
      scope: DEFAULT_SCOPE,
    }).toString()}`;

  it('ends on the vendor app’s registered page, which says the vendor received consent', async () => {
    await stack.control('profile', { profile: 'global-admin' });
    const consent = await page(vendorLink(BACKUP_APP_ID));
    expect(consent.status).toBe(200);
    expect(consent.html).toContain('Fabrikam Backup');
    expect(consent.html).toContain('<code>FileStorageContainer.Selected</code>: application');

    const accepted = await decide(consentForm(consent.html).fields, 'accept');
    expect(accepted.status).toBe(303);
    // The sign-in goes on, now consented, and answers on the app's registered redirect URI.
    const signIn = await fetch(new URL(accepted.headers.get('location') ?? '', stack.origin), {
      redirect: 'manual',
    });
    expect(signIn.status).toBe(302);
    const landing = new URL(signIn.headers.get('location') ?? '');
    expect(`${landing.origin}${landing.pathname}`).toBe(`${stack.origin}/vendor/${BACKUP_APP_ID}/`);
    expect(landing.searchParams.get('code')).toBeTruthy();

    const vendor = await page(landing.toString());
    expect(vendor.status).toBe(200);
    expect(vendor.html).toContain('<h1>Fabrikam Backup received consent</h1>');
    expect(await grants()).toMatchObject([
      { clientId: BACKUP_APP_ID, appRoles: ['FileStorageContainer.Selected'] },
    ]);

    // Consented once, the same link signs in without asking again.
    const again = await fetch(vendorLink(BACKUP_APP_ID), { redirect: 'manual' });
    expect(again.status).toBe(302);
  });

  it('tells the vendor page a declined consent, and the page says so', async () => {
    const consent = await page(`${vendorLink(BACKUP_APP_ID)}&profile=global-admin`);
    const declined = await decide(consentForm(consent.html).fields, 'cancel');
    const landing = new URL(declined.headers.get('location') ?? '');
    expect(landing.pathname).toBe(`/vendor/${BACKUP_APP_ID}/`);
    expect(landing.searchParams.get('error')).toBe('access_denied');
    const vendor = await page(landing.toString());
    expect(vendor.html).toContain('<h1>Fabrikam Backup did not receive consent</h1>');
    expect(vendor.html).toContain('declined consent');
  });

  it('names an unknown app instead of AADSTS50011', async () => {
    await stack.control('profile', { profile: 'global-admin' });
    const { status, html } = await page(vendorLink(UNKNOWN_APP_ID));
    expect(status).toBe(400);
    expect(html).toContain('AADSTS700016');
    expect(html).not.toContain('AADSTS50011');
  });

  it('serves a vendor page only for a registered guest app', async () => {
    expect((await page(`${stack.origin}/vendor/${BACKUP_APP_ID}/`)).html).toContain(
      'Fabrikam Backup has not received consent',
    );
    expect((await page(`${stack.origin}/vendor/${DEMO_OWNING_APP_ID}/`)).status).toBe(404);
    expect((await page(`${stack.origin}/vendor/${UNKNOWN_APP_ID}/`)).status).toBe(404);
  });
});

describe('consent in the control API', () => {
  it('records, lists and resets consent, for one app or all; a stack reset forgets it too', async () => {
    await stack.control('consent', { clientId: DEMO_OWNING_APP_ID, scopes: [SCOPE_SELECTED] });
    await stack.control('consent', { clientId: BACKUP_APP_ID });
    expect((await grants()).map((grant) => grant.clientId)).toEqual([DEMO_OWNING_APP_ID, BACKUP_APP_ID]);
    expect(await stack.control('consent/reset', { clientId: BACKUP_APP_ID })).toEqual({
      reset: [BACKUP_APP_ID],
    });
    expect(claimsOf(await stack.token('no-scope')).scp).toBe(SCOPE_SELECTED);
    expect(await stack.control('consent/reset', {})).toEqual({ reset: [DEMO_OWNING_APP_ID] });
    expect(claimsOf(await stack.token('no-scope')).scp).toBe('');

    await stack.control('consent', { clientId: DEMO_OWNING_APP_ID });
    await stack.control('reset', {});
    expect(await grants()).toEqual([]);
  });

  it.each([
    [
      'consent',
      { clientId: DEMO_OWNING_APP_ID, scope: 'x' },
      /Unknown field "scope": use clientId, scopes or appRoles/,
    ],
    ['consent', { clientId: UNKNOWN_APP_ID }, /"clientId" must be an app of the demo directory/],
    [
      'consent',
      { clientId: DEMO_OWNING_APP_ID, scopes: 'FileStorageContainerTypeReg.Selected' },
      /"scopes" must be a list/,
    ],
    ['consent/reset', { app: DEMO_OWNING_APP_ID }, /Unknown field "app": use clientId/],
    ['consent/reset', { clientId: 42 }, /"clientId" must be an app \(client\) id/],
    ['faults', { idp: { refuseConsent: 'yes' } }, /"idp.refuseConsent" must be true or false/],
  ])('answers /__local/%s with a bad body with 400 saying why', async (endpoint, body, message) => {
    const response = await fetch(`${stack.origin}/__local/${endpoint}`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(message);
    expect(await grants()).toEqual([]);
    expect(await stack.control('faults')).toMatchObject({ idp: { refuseConsent: false } });
  });

  it('changes consent only for this machine: JSON only, from its own origin', async () => {
    const foreign = await fetch(`${stack.origin}/__local/consent`, {
      method: 'POST',
      headers: { ...json, origin: 'https://evil.example' },
      body: JSON.stringify({ clientId: DEMO_OWNING_APP_ID }),
    });
    expect(foreign.status).toBe(403);
    const form = await fetch(`${stack.origin}/__local/consent/reset`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'clientId=x',
    });
    expect(form.status).toBe(415);
    expect(await grants()).toEqual([]);
  });
});
