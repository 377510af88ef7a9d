import { lazyPart } from '../shared/lazyPart';

/** Loaded on first use: the screens show without the dialog's code (SPFx's webpack and Vite split it). */
export const CopyFromDialog = lazyPart(() => import('./CopyFromDialog'));
export type { CopyFromDialogProps } from './CopyFromDialog';
