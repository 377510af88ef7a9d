import { lazyPart } from '../shared/lazyPart';

/** Loaded on first use, as every dialog is. */
export const ChangesDialog = lazyPart(() => import('./ChangesDialog'));
export type { ChangesDialogProps } from './ChangesDialog';
