import { lazy } from 'react';

/** Loaded on first use: the overview and the app view show without it. */
export const ApplyDialog = lazy(() => import('./ApplyDialog'));
export type { ApplyDialogProps } from './ApplyDialog';
