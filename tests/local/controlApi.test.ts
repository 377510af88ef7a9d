/**
 * The control API and the simulator belong to this machine: another site cannot change the stack's
 * state (a cross-site form, a `no-cors` fetch), a field the control API does not know is refused, and
 * no other site can frame the Teams host simulator or the identity provider's pages.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_OWNING_APP_ID, DEMO_TENANT_ID } from '../../src/local/demoTenant';
import { productMounts } from '../../src/local/productMounts';
import { useTestStack } from '../support/useTestStack';

const stack = useTestStack({ staticMounts: productMounts(resolve(__dirname, '../../release/teams-tab')) });

const EVIL = 'https://evil.example';
const json = { 'content-type': 'application/json' };

interface ControlError {
  readonly error: { readonly code: string; readonly message: string };
}

async function errorOf(response: Response, status: number): Promise<ControlError['error']> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  return ((await response.json()) as ControlError).error;
}

function post(path: string, init: { headers?: Record<string, string>; body?: string }): Promise<Response> {
  return fetch(`${stack.origin}/__local/${path}`, { method: 'POST', ...init });
}

/** A changed setting that a reset would undo. */
async function changeSomething(): Promise<void> {
  await stack.control('settings', { pageSize: 7 });
}

async function pageSize(): Promise<unknown> {
  return ((await stack.control('settings')) as { pageSize: unknown }).pageSize;
}

describe('state-changing control calls', () => {
  it('refuses a cross-site form POST to /__local/reset with 403, resetting nothing', async () => {
    await changeSomething();
    const error = await errorOf(
      await post('reset', {
        headers: { origin: EVIL, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'a=b',
      }),
      403,
    );
    expect(error.message).toContain(EVIL);
    expect(error.message).toContain(stack.origin);
    expect(await pageSize()).toBe(7);
  });

  it('refuses JSON from another origin too (a text/plain form body shaped as JSON included)', async () => {
    await changeSomething();
    await errorOf(await post('reset', { headers: { ...json, origin: EVIL }, body: '{}' }), 403);
    await errorOf(
      await post('settings', {
        headers: { origin: EVIL, 'content-type': 'text/plain' },
        body: '{"tenant": "hostile", "x": "="}',
      }),
      403,
    );
    // A sandboxed frame or a privacy-minded redirect sends `Origin: null`: not this stack either.
    await errorOf(await post('reset', { headers: { ...json, origin: 'null' }, body: '{}' }), 403);
    expect(await stack.control('settings')).toMatchObject({ pageSize: 7, tenant: 'demo' });
  });

  it.each([
    ['a form', 'application/x-www-form-urlencoded', 'a=b'],
    ['multipart form data', 'multipart/form-data; boundary=x', '--x--'],
    ['plain text', 'text/plain', '{}'],
  ])('refuses %s with 415, even without an Origin, resetting nothing', async (_what, type, body) => {
    await changeSomething();
    const error = await errorOf(await post('reset', { headers: { 'content-type': type }, body }), 415);
    expect(error.message).toContain('application/json');
    expect(await pageSize()).toBe(7);
  });

  it('refuses a POST without a content type with 415', async () => {
    await changeSomething();
    await errorOf(await post('reset', {}), 415);
    expect(await pageSize()).toBe(7);
  });

  it('accepts JSON from the same origin or from a tool that sends no Origin', async () => {
    await changeSomething();
    const sameOrigin = await post('reset', {
      headers: { 'content-type': 'application/json; charset=utf-8', origin: stack.origin },
      body: '{}',
    });
    expect(sameOrigin.status).toBe(200);
    expect(await sameOrigin.json()).toEqual({ reset: true });
    expect(await pageSize()).toBe(100);

    await changeSomething();
    const tool = await post('reset', { headers: json, body: '' });
    expect(tool.status).toBe(200);
    expect(await pageSize()).toBe(100);
  });

  it('leaves reads as they were: a GET from another origin still answers', async () => {
    const response = await fetch(`${stack.origin}/__local/settings`, { headers: { origin: EVIL } });
    expect(response.status).toBe(200);
  });
});

describe('unknown fields in control bodies', () => {
  it.each([
    ['profile', { profile: 'spe-admin', user: 'x' }, 'user', ['profile']],
    ['token', { profile: 'spe-admin', resource: 'x' }, 'resource', ['clientId', 'scopes', 'nonce']],
    ['faults', { latencyMs: 50, latency: 50 }, 'latency', ['latencyMs', 'propagationDelayMs', 'idp']],
    ['faults', { idp: { failSilently: true } }, 'failSilently', ['failSilent']],
    ['reset', { tenant: 'hostile' }, 'tenant', []],
    ['settings', { pagesize: 10 }, 'pagesize', ['pageSize', 'tenant']],
  ])(
    'answers /__local/%s with an unknown field with 400 naming it and the accepted ones',
    async (endpoint, body, field, accepted) => {
      await changeSomething();
      const error = await errorOf(await post(endpoint, { headers: json, body: JSON.stringify(body) }), 400);
      expect(error.message).toContain(`"${field}"`);
      for (const name of accepted) expect(error.message).toContain(name);
      // Nothing changed: no fault armed, no reset, no profile chosen.
      expect(await stack.control('faults')).not.toHaveProperty('latencyMs');
      expect(await stack.control('faults')).toMatchObject({ idp: { failSilent: false } });
      expect(await pageSize()).toBe(7);
    },
  );

  it('makes the test client throw, so a misspelt field cannot pass unnoticed', async () => {
    await expect(stack.control('faults', { latencyMS: 50 })).rejects.toThrow(
      /refused faults: 400 .*latencyMS/,
    );
  });

  it('leaves the IdP signing in no one after a refused profile', async () => {
    await errorOf(
      await post('profile', { headers: json, body: JSON.stringify({ profile: 'spe-admin', extra: 1 }) }),
      400,
    );
    const params = new URLSearchParams({
      client_id: DEMO_OWNING_APP_ID,
      redirect_uri: `${stack.origin}/auth.html`,
      response_type: 'code',
    });
    const page = await fetch(
      `${stack.origin}/idp/${DEMO_TENANT_ID}/oauth2/v2.0/authorize?${params.toString()}`,
      { redirect: 'manual' },
    );
    // The account picker, not a code for spe-admin.
    expect(page.status).toBe(200);
  });
});

describe('framing', () => {
  const frameAncestorsSelf = /(^|;)\s*frame-ancestors 'self'\s*(;|$)/;

  it('keeps other sites from framing the Teams host simulator', async () => {
    for (const path of ['/host', '/host/', '/host/index.html']) {
      const response = await fetch(`${stack.origin}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('content-security-policy')).toMatch(frameAncestorsSelf);
    }
  });

  it("keeps other sites from framing the identity provider's pages", async () => {
    const idp = `${stack.origin}/idp/${DEMO_TENANT_ID}`;
    const picker = new URLSearchParams({
      client_id: DEMO_OWNING_APP_ID,
      redirect_uri: `${stack.origin}/auth.html`,
      response_type: 'code',
      prompt: 'select_account',
    });
    const consent = new URLSearchParams({
      client_id: DEMO_OWNING_APP_ID,
      redirect_uri: `${stack.origin}/auth.html`,
      scope: 'https://graph.microsoft.com/.default',
    });
    const refused = new URLSearchParams({ client_id: DEMO_OWNING_APP_ID, redirect_uri: `${EVIL}/` });
    for (const url of [
      `${idp}/oauth2/v2.0/authorize?${picker.toString()}`,
      `${idp}/v2.0/adminconsent?${consent.toString()}`,
      `${idp}/oauth2/v2.0/authorize?${refused.toString()}`,
      `${idp}/oauth2/v2.0/logout`,
    ]) {
      const response = await fetch(url, { redirect: 'manual' });
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      expect(response.headers.get('content-security-policy')).toMatch(frameAncestorsSelf);
    }
  });
});
