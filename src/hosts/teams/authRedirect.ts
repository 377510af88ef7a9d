/** Entry of `auth.html`, the redirect URI registered for the tab (see src/auth/redirectBridge.ts). */
import { completeRedirect } from '../../auth/redirectBridge';
import { showConsentOutcome } from './consentOutcome';

// The same page answers the admin-consent link; anything else is MSAL's sign-in response.
void showConsentOutcome(window, navigator.language).then((shown) => {
  if (!shown) void completeRedirect();
});
