import { lazyPart } from '../shared/lazyPart';

/** Loaded on first use, like the other dialogs (SPFx's webpack and Vite split it). */
export const RegistrationDetailsDialog = lazyPart(() => import('./RegistrationDetailsDialog'));
export type { RegistrationDetailsDialogProps } from './RegistrationDetailsDialog';
