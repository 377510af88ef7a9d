import type { Localizer } from '../strings';

/** The dialog the registration editor shows, if any, with what it needs. */
export type DialogState =
  | { readonly kind: 'addApp' }
  | { readonly kind: 'copyFrom'; readonly appId: string }
  | { readonly kind: 'review' }
  | { readonly kind: 'import'; readonly file: File }
  | { readonly kind: 'compare'; readonly file: File }
  | { readonly kind: 'appDetails'; readonly appId: string }
  | { readonly kind: 'checkAccess'; readonly appId: string }
  | { readonly kind: 'registrationDetails' }
  | { readonly kind: 'leave' };

/** What the failure message names when a dialog cannot load or show (PartBoundary). */
export function dialogPart(
  open: DialogState,
  localizer: Localizer,
  labelOf: (appId: string) => string,
): string {
  const { strings, format } = localizer;
  switch (open.kind) {
    case 'addApp':
      return strings.addApp.title;
    case 'copyFrom':
      return format(strings.copyFrom.title, { app: labelOf(open.appId) });
    case 'review':
      return strings.review.title;
    case 'import':
      return strings.importExport.title;
    case 'compare':
      return strings.compare.title;
    case 'appDetails':
      return strings.details.appTitle;
    case 'checkAccess':
      return strings.checkAccess.open;
    case 'registrationDetails':
      return strings.details.registrationTitle;
    case 'leave':
      return strings.registration.leaveTitle;
  }
}
