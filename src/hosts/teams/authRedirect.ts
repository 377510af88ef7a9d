/** Entry of `auth.html`, the redirect URI registered for the tab (see src/auth/redirectBridge.ts). */
import { completeRedirect } from '../../auth/redirectBridge';

void completeRedirect();
