/**
 * The local stack on a free port, with the calls its users make: a token from the IdP, a Graph request,
 * the real Graph client, the control API. The contract, integration and browser tests and the
 * benchmarks all drive the stack through this one client.
 */
import { Client } from '@microsoft/microsoft-graph-client';
import type { ProfileName } from './demoTenant';
import { startStack, type LocalStack, type StackOptions } from './stack';

/** A started stack plus the calls every test and benchmark makes. */
export interface TestStack extends LocalStack {
  token(profile: ProfileName, extra?: Record<string, unknown>): Promise<string>;
  graph(path: string, init?: RequestInit & { profile?: ProfileName; token?: string }): Promise<Response>;
  client(profile: ProfileName): Client;
  control(path: string, body?: unknown): Promise<unknown>;
}

export async function startTestStack(options: StackOptions = {}): Promise<TestStack> {
  const stack = await startStack({ ...options, port: 0 });
  const token = async (profile: ProfileName, extra: Record<string, unknown> = {}): Promise<string> => {
    const response = await fetch(`${stack.origin}/__local/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ profile, ...extra }),
    });
    const body = (await response.json()) as { access_token?: string; error?: string; suberror?: string };
    if (!response.ok || body.access_token === undefined) {
      throw new Error(
        `The local IdP refused a token: ${body.error ?? response.status} ${body.suberror ?? ''}`,
      );
    }
    return body.access_token;
  };
  return {
    ...stack,
    token,
    async graph(path, init = {}) {
      const { profile = 'spe-admin', token: given, ...rest } = init;
      const bearer = given ?? (await token(profile));
      const headers = new Headers(rest.headers);
      if (!headers.has('authorization') && bearer !== '') headers.set('authorization', `Bearer ${bearer}`);
      return fetch(`${stack.origin}/graph${path}`, { ...rest, headers });
    },
    client(profile) {
      return Client.init({
        baseUrl: `${stack.origin}/graph`,
        customHosts: new Set(['localhost']),
        authProvider: (done) => {
          token(profile).then(
            (value) => done(null, value),
            (error: unknown) => done(error, null),
          );
        },
      });
    },
    async control(path, body) {
      const response = await fetch(
        `${stack.origin}/__local/${path}`,
        body === undefined
          ? {}
          : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
      );
      const answer = (await response.json()) as unknown;
      // A refused call (an unknown field, a bad value) must fail the test that made it, not pass unnoticed.
      if (!response.ok) {
        throw new Error(`The control API refused ${path}: ${response.status} ${JSON.stringify(answer)}`);
      }
      return answer;
    },
  };
}

export const REGISTRATIONS = '/v1.0/storage/fileStorage/containerTypeRegistrations';
