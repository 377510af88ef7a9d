import { lazyPart } from '../shared/lazyPart';

/** Loaded on first use: the screens show without the dialog's code (SPFx's webpack and Vite split it). */
export const RegisterDialog = lazyPart(() => import('./RegisterDialog'));
export type { RegisterDialogProps } from './RegisterDialog';
