import { lazy } from 'react';

/** Loaded on first use: the screens show without the dialog's code (SPFx's webpack and Vite split it). */
export const ReviewDialog = lazy(() => import('./ReviewDialog'));
export type { ReviewDialogProps } from './ReviewDialog';
export { PropagationNotice } from './SaveOutcomes';
