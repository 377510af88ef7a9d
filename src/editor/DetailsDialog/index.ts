import { lazyPart } from '../shared/lazyPart';

/** Loaded on first use: the screens show without the dialog's code (SPFx's webpack and Vite split it). */
export const DetailsDialog = lazyPart(() => import('./DetailsDialog'));
export type { DetailsDialogProps, DetailsField } from './DetailsDialog';
