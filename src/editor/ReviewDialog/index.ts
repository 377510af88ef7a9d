import { lazyPart } from '../shared/lazyPart';

/** Loaded on first use: the screens show without the dialog's code (SPFx's webpack and Vite split it). */
export const ReviewDialog = lazyPart(() => import('./ReviewDialog'));
export type { ReviewDialogProps } from './ReviewDialog';
export { PropagationNotice } from './SaveOutcomes';
