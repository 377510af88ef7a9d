import { lazyPart } from '../shared/lazyPart';

/** Loaded on first use: the overview and the app view show without it. */
export const ApplyDialog = lazyPart(() => import('./ApplyDialog'));
export type { ApplyDialogProps } from './ApplyDialog';
