/** The tab's redirect page after the admin-consent link (issue 15 §4): never blank. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { showConsentOutcome } from '../../../src/hosts/teams/consentOutcome';

function pageAt(query: string, opener: unknown = null): Window & { close: ReturnType<typeof vi.fn> } {
  document.body.replaceChildren();
  return {
    location: { href: `https://tab.contoso.com/auth.html?${query}` },
    document,
    opener,
    close: vi.fn(),
  } as unknown as Window & { close: ReturnType<typeof vi.fn> };
}

const heading = (): string | null => document.querySelector('h1')?.textContent ?? null;
const text = (): string | null => document.querySelector('p')?.textContent ?? null;

afterEach(() => document.body.replaceChildren());

describe('the redirect page after admin consent', () => {
  it('says consent was granted and that the admin can return to the tool', async () => {
    const page = pageAt('admin_consent=True&tenant=contoso&state=admin-consent');
    expect(await showConsentOutcome(page, 'en-US')).toBe(true);
    expect(heading()).toBe('Admin consent granted');
    expect(text()).toContain('return to the SharePoint Embedded permission matrix');
    expect(text()).toContain('I’ve granted consent, try again');
    expect(document.title).toBe('Admin consent granted');
    expect(page.close).not.toHaveBeenCalled();
  });

  it('closes itself when it is a popup', async () => {
    const page = pageAt('admin_consent=True&tenant=contoso&state=admin-consent', {});
    await showConsentOutcome(page, 'en-US');
    expect(page.close).toHaveBeenCalledOnce();
  });

  it('shows a refusal as text in the admin’s language and stays open', async () => {
    const page = pageAt(
      'error=access_denied&error_description=%3Cb%3EAADSTS65004%3C%2Fb%3E&state=admin-consent',
      {},
    );
    await showConsentOutcome(page, 'it-IT');
    expect(heading()).toBe('Il consenso amministratore non è stato concesso');
    expect(text()).toBe('La pagina di consenso ha risposto: <b>AADSTS65004</b>');
    expect(document.querySelector('b')).toBeNull();
    expect(page.close).not.toHaveBeenCalled();
  });

  it('does not trust an answer with another state', async () => {
    await showConsentOutcome(pageAt('admin_consent=True&state=forged', {}), 'ru-RU');
    expect(heading()).toBe('Согласие администратора не предоставлено');
  });

  it('leaves sign-in responses to MSAL, failed ones included', async () => {
    expect(await showConsentOutcome(pageAt('code=abc&state=xyz'), 'en-US')).toBe(false);
    expect(
      await showConsentOutcome(
        pageAt('error=interaction_required&error_description=x&state=msal-state'),
        'en-US',
      ),
    ).toBe(false);
    expect(heading()).toBeNull();
  });
});
