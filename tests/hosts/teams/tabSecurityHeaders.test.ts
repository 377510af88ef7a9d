import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOUD_NAMES, cloudEndpoints, type CloudName } from '../../../src/auth/clouds';
import {
  EMPTY_STYLE_ELEMENT_HASH,
  TEAMS_JS_VALID_DOMAINS_URL,
  tabContentSecurityPolicy,
  tabPageOf,
  tabSecurityHeaders,
} from '../../../src/hosts/teams/tabSecurityHeaders';

const LOCAL = 'https://localhost:4443';
const PRODUCTION_CLOUDS = CLOUD_NAMES.filter((cloud) => cloud !== 'local');

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split('; ').map((directive) => {
      const [name = '', ...sources] = directive.split(' ');
      return [name, sources];
    }),
  );
}

const policyOf = (cloud: CloudName, page: 'app' | 'redirectBridge' = 'app'): string =>
  tabContentSecurityPolicy(cloud, page, cloud === 'local' ? LOCAL : undefined);

describe('the tab’s Content Security Policy', () => {
  it('is, for the global cloud, exactly this', () => {
    expect(policyOf('global')).toBe(
      [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self' 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
        "img-src 'self'",
        'connect-src https://login.microsoftonline.com https://graph.microsoft.com https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json',
        "frame-src https://login.microsoftonline.com 'self'",
        'frame-ancestors https://*.cloud.microsoft https://teams.microsoft.com https://*.teams.microsoft.com https://*.microsoft365.com https://*.office.com https://outlook.office.com https://outlook.office365.com https://outlook-sdf.office.com https://outlook-sdf.office365.com',
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; '),
    );
  });

  it('differs between the clouds and the local stack only in the cloud’s hosts', () => {
    const hostsOf = (cloud: CloudName): string[] => {
      const { loginHost, graphHost, appHosts } = cloudEndpoints(cloud, cloud === 'local' ? LOCAL : undefined);
      return [loginHost, `${loginHost}/`, graphHost, `${graphHost}/`, ...appHosts];
    };
    // The policy with the cloud's own hosts taken out is the same everywhere.
    const shape = (cloud: CloudName): [string, string[]][] =>
      [...directives(policyOf(cloud))].map(([name, sources]) => [
        name,
        sources.filter((source) => !hostsOf(cloud).includes(source)),
      ]);
    for (const cloud of CLOUD_NAMES) expect(shape(cloud), cloud).toEqual(shape('global'));
    expect(shape('global')).toEqual([
      ['default-src', ["'none'"]],
      ['script-src', ["'self'"]],
      ['style-src', ["'self'", EMPTY_STYLE_ELEMENT_HASH]],
      ['img-src', ["'self'"]],
      ['connect-src', [TEAMS_JS_VALID_DOMAINS_URL]],
      ['frame-src', ["'self'"]],
      ['frame-ancestors', []],
      ['base-uri', ["'none'"]],
      ['form-action', ["'none'"]],
    ]);
  });

  it.each(PRODUCTION_CLOUDS)(
    'lets the %s tab reach only its sign-in and Graph hosts and be framed only by its clients',
    (cloud) => {
      const { loginHost, graphHost, appHosts } = cloudEndpoints(cloud);
      const policy = directives(policyOf(cloud));
      expect(policy.get('connect-src')).toEqual([loginHost, graphHost, TEAMS_JS_VALID_DOMAINS_URL]);
      expect(policy.get('frame-ancestors')).toEqual(appHosts);
      expect(appHosts.length).toBeGreaterThan(0);
      expect(policyOf(cloud)).not.toMatch(/localhost|unsafe-|\*(?!\.)/);
    },
  );

  it('names each cloud’s own Teams client among the hosts that may frame the tab', () => {
    expect(cloudEndpoints('usGovL4').appHosts).toContain('https://gov.teams.microsoft.us');
    expect(cloudEndpoints('usGovL5').appHosts).toContain('https://dod.teams.microsoft.us');
    expect(cloudEndpoints('china').appHosts).toEqual(['https://teams.microsoftonline.cn']);
  });

  it('locally, lets only the host simulator’s origin frame the tab, and scopes requests to /idp and /graph', () => {
    const policy = directives(policyOf('local'));
    expect(policy.get('frame-ancestors')).toEqual([LOCAL]);
    expect(policy.get('connect-src')).toEqual([
      `${LOCAL}/idp/`,
      `${LOCAL}/graph/`,
      TEAMS_JS_VALID_DOMAINS_URL,
    ]);
    for (const cloud of PRODUCTION_CLOUDS) expect(policyOf(cloud)).not.toContain(LOCAL);
  });

  it('lets the tab itself frame only the redirect bridge (MSAL’s hidden sign-in frame)', () => {
    for (const cloud of CLOUD_NAMES) {
      const app = directives(policyOf(cloud, 'app'));
      const bridge = directives(policyOf(cloud, 'redirectBridge'));
      expect(app.get('frame-ancestors')).not.toContain("'self'");
      expect(bridge.get('frame-ancestors')).toEqual(["'self'", ...(app.get('frame-ancestors') ?? [])]);
      expect(new Map([...bridge].filter(([name]) => name !== 'frame-ancestors'))).toEqual(
        new Map([...app].filter(([name]) => name !== 'frame-ancestors')),
      );
    }
  });

  it('admits exactly the empty style element: its hash is the SHA-256 of nothing', () => {
    expect(EMPTY_STYLE_ELEMENT_HASH).toBe(`'sha256-${createHash('sha256').update('').digest('base64')}'`);
  });
});

describe('the tab’s headers', () => {
  it('carry the policy, nosniff and no referrer', () => {
    expect(tabSecurityHeaders('china', 'app')).toEqual({
      'Content-Security-Policy': policyOf('china'),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
  });

  it.each([
    ['auth.html', 'redirectBridge'],
    ['index.html', 'app'],
    ['assets/auth-BCKlMV7D.js', 'app'],
    ['assets/index-DsmQjlat.css', 'app'],
  ] as const)('serves %s with the %s policy', (file, page) => {
    expect(tabPageOf(file)).toBe(page);
  });
});

describe('the README', () => {
  it('gives, for each cloud, exactly the headers the tab is served with', () => {
    const readme = readFileSync(resolve(__dirname, '../../../README.md'), 'utf8');
    for (const cloud of PRODUCTION_CLOUDS) {
      const lines = Object.entries(tabSecurityHeaders(cloud, 'app')).map(
        ([name, value]) => `${name}: ${value}`,
      );
      expect(readme, cloud).toContain(['```http', ...lines, '```'].join('\n'));
    }
  });
});
