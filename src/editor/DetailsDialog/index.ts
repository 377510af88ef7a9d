import { lazy } from 'react';

/** Loaded on first use: the screens show without the dialog's code (SPFx's webpack and Vite split it). */
export const DetailsDialog = lazy(() => import('./DetailsDialog'));
export type { DetailsDialogProps, DetailsField } from './DetailsDialog';
