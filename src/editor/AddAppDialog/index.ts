import { lazyPart } from '../shared/lazyPart';

/** Loaded on first use: the screens show without the dialog's code (SPFx's webpack and Vite split it). */
export const AddAppDialog = lazyPart(() => import('./AddAppDialog'));
export type { AddAppDialogProps } from './AddAppDialog';
