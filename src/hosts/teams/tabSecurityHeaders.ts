/**
 * The HTTP headers the tab's files are served with, by a static host in production and by the local
 * stack alike. The Content Security Policy is built from the cloud table (src/auth/clouds.ts), so the
 * policies of the clouds and of the local stack differ only in their hosts.
 */
import { cloudEndpoints, type CloudName } from '../../auth/clouds';

/**
 * teams-js fetches Microsoft's current list of host origins from here when it loads, and again when a
 * message comes from a host its built-in list lacks. It gives up after 1.5 s and uses its built-in list,
 * so a failed or blocked fetch costs nothing on a host it knows (bench figure 7); allowing it keeps
 * hosts Microsoft adds later working.
 */
export const TEAMS_JS_VALID_DOMAINS_URL =
  'https://res.cdn.office.net/teams-js/validDomains/json/validDomains.json';

/**
 * The SHA-256 of the empty string. Griffel (Fluent UI's styling engine) and FluentProvider add empty
 * `<style>` elements and fill them through CSSOM (`sheet.insertRule`), which CSP does not govern. The
 * empty element itself counts as inline style: without this hash it is blocked, gets no sheet, and Fluent
 * renders unstyled. The hash admits empty style elements only; style text and style attributes that
 * markup could inject stay blocked.
 *
 * Why not a nonce: Griffel takes one (`createDOMRenderer(document, { styleElementAttributes: { nonce } })`,
 * and FluentProvider copies the renderer's attributes to its theme's style element), but a nonce must be
 * new in every response, and a static host sends the same bytes to everyone. A nonce fixed in the build
 * is public and admits any injected style element, as `'unsafe-inline'` would; this hash admits none.
 */
export const EMPTY_STYLE_ELEMENT_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

/** The tab's documents: the app (index.html) and MSAL's redirect bridge (auth.html). */
export type TabPage = 'app' | 'redirectBridge';

/** Which policy a file of the tab gets: the bridge's for auth.html, the app's for everything else. */
export function tabPageOf(path: string): TabPage {
  return /(^|\/)auth\.html$/.test(path) ? 'redirectBridge' : 'app';
}

/** A CSP source for a host that may carry a path (the local stack's `/idp`, `/graph`). */
function sourceOf(host: string): string {
  const url = new URL(host);
  // A source path matches exactly unless it ends with `/`; with it, it matches everything below.
  return url.pathname === '/' ? url.origin : `${url.origin}${url.pathname.replace(/\/?$/, '/')}`;
}

/**
 * The policy of one page of the tab in one cloud (`localOrigin` for the local stack).
 * - Scripts, the one stylesheet and the favicon come from the tab's own origin; nothing else loads
 *   (`default-src 'none'`).
 * - Requests go to the cloud's sign-in and Graph hosts, and to teams-js's list of hosts.
 * - Frames: MSAL's hidden sign-in frame opens the sign-in host, which sends it back to auth.html.
 * - Framed only by the cloud's Teams, Outlook and Microsoft 365 clients. The redirect bridge is also
 *   framed by the tab itself (that hidden frame), hence `'self'` there only.
 */
export function tabContentSecurityPolicy(cloud: CloudName, page: TabPage, localOrigin?: string): string {
  const { loginHost, graphHost, appHosts } = cloudEndpoints(cloud, localOrigin);
  const directives: readonly (readonly string[])[] = [
    ['default-src', "'none'"],
    ['script-src', "'self'"],
    ['style-src', "'self'", EMPTY_STYLE_ELEMENT_HASH],
    // The favicon, a file of the tab's own.
    ['img-src', "'self'"],
    ['connect-src', sourceOf(loginHost), sourceOf(graphHost), TEAMS_JS_VALID_DOMAINS_URL],
    ['frame-src', sourceOf(loginHost), "'self'"],
    ['frame-ancestors', ...(page === 'redirectBridge' ? ["'self'"] : []), ...appHosts],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
  ];
  return directives.map((directive) => directive.join(' ')).join('; ');
}

/** Every header a file of the tab is served with. */
export function tabSecurityHeaders(
  cloud: CloudName,
  page: TabPage,
  localOrigin?: string,
): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': tabContentSecurityPolicy(cloud, page, localOrigin),
    'X-Content-Type-Options': 'nosniff',
    // As the pages' own <meta name="referrer">: no URL of the tab leaves with a request.
    'Referrer-Policy': 'no-referrer',
  };
}
