import { lazyPart } from '../shared/lazyPart';

/** Loaded on first use, as every dialog is. */
export const CheckAccessDialog = lazyPart(() => import('./CheckAccessDialog'));
export type { CheckAccessDialogProps } from './CheckAccessDialog';
