/** How the sign-in service sends an answer back to an app's redirect URI (query, fragment or form post). */
import type { ServerResponse } from 'node:http';
import { allowedOrigin, htmlEscape, send, withFrameAncestorsSelf } from '../http';

/** Only this machine's pages may receive codes or consent answers: no open redirect. */
export function isLocalUri(uri: string): boolean {
  return allowedOrigin(uri.replace(/^(https?:\/\/[^/]+).*$/, '$1')) !== undefined;
}

/**
 * Answers with a redirect to `redirectUri` carrying `values`: in its query or fragment, or as an
 * auto-submitted form (`form_post`). `status` 303 after a form post, so the browser follows with a GET.
 */
export function redirectTo(
  response: ServerResponse,
  redirectUri: string,
  mode: string,
  values: Record<string, string>,
  status: 302 | 303 = 302,
): void {
  if (mode === 'form_post') {
    const inputs = Object.entries(values)
      .map(([name, value]) => `<input type="hidden" name="${htmlEscape(name)}" value="${htmlEscape(value)}">`)
      .join('');
    send(response, {
      status: 200,
      headers: withFrameAncestorsSelf({ 'content-type': 'text/html; charset=utf-8' }),
      body: `<!doctype html><form method="post" action="${htmlEscape(redirectUri)}">${inputs}</form><script>document.forms[0].submit()</script>`,
    });
    return;
  }
  const encoded = new URLSearchParams(values).toString();
  const separator = mode === 'fragment' ? '#' : redirectUri.includes('?') ? '&' : '?';
  send(response, {
    status,
    headers: { location: `${redirectUri}${separator}${encoded}`, 'cache-control': 'no-store' },
  });
}
