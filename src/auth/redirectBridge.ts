/**
 * The page MSAL v5 returns to after a popup or redirect sign-in: it hands the response to the window
 * that started the sign-in (popup) or back to the app (redirect). Without it a popup never closes.
 */
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

export async function completeRedirect(): Promise<void> {
  try {
    await broadcastResponseToMainFrame();
  } catch {
    // Opened without a sign-in response (e.g. bookmarked): nothing to hand over.
  }
}
