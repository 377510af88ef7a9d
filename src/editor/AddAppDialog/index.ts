import { lazy } from 'react';

/** Loaded on first use: the screens show without the dialog's code (SPFx's webpack and Vite split it). */
export const AddAppDialog = lazy(() => import('./AddAppDialog'));
export type { AddAppDialogProps } from './AddAppDialog';
