/**
 * The redirect page's answer to the tool's admin-consent link (graph-api.md §6): Entra sends the admin
 * back to the tab's redirect URI, which would otherwise stay blank.
 */
import { ADMIN_CONSENT_STATE, parseAdminConsentRedirect } from '../../auth';
import { loadLocalizer } from '../../editor/strings';

/**
 * Shows whether consent was granted, and closes the page when it is a popup the tool opened.
 * Settles `false` when the address is not a consent answer (then it is MSAL's sign-in response), and
 * `true` once the outcome is on the page in the admin's language.
 */
export async function showConsentOutcome(win: Window, locale: string): Promise<boolean> {
  // Only the tool's own consent link (its state) or a consent answer: MSAL's sign-in errors carry
  // `error` too, with MSAL's state, and must reach the window waiting for them.
  const params = new URL(win.location.href).searchParams;
  if (params.get('admin_consent') === null && params.get('state') !== ADMIN_CONSENT_STATE) return false;
  const outcome = parseAdminConsentRedirect(win.location.href, ADMIN_CONSENT_STATE);
  if (outcome.outcome === 'not_a_consent_response') return false;
  const { strings, format, language } = await loadLocalizer(locale);
  const { title, body } =
    outcome.outcome === 'granted'
      ? { title: strings.startup.consentGrantedTitle, body: strings.startup.consentGrantedBody }
      : outcome.outcome === 'denied'
        ? {
            title: strings.startup.consentDeniedTitle,
            // Entra's own words, shown as text.
            body: format(strings.startup.consentDeniedBody, {
              description: outcome.description || outcome.error,
            }),
          }
        : { title: strings.startup.consentDeniedTitle, body: strings.startup.consentUnexpected };

  const doc = win.document;
  doc.title = title;
  doc.documentElement.lang = language;
  const main = doc.createElement('main');
  const heading = doc.createElement('h1');
  heading.textContent = title;
  const paragraph = doc.createElement('p');
  paragraph.textContent = body;
  main.append(heading, paragraph);
  doc.body.replaceChildren(main);

  // A popup goes away by itself; a tab or the same window keeps the message (a script may not close it).
  if (outcome.outcome === 'granted' && win.opener !== null) win.close();
  return true;
}
