import { lazyPart } from '../shared/lazyPart';

/** Loaded on first use: the screens show without the dialog's code (SPFx's webpack and Vite split it). */
export const ImportDialog = lazyPart(() => import('./ImportDialog'));
export type { ImportDialogProps } from './ImportDialog';

/** The tenant-wide import, loaded on first use. */
export const TenantImportDialog = lazyPart(() => import('./TenantImportDialog'));
export type { TenantImportDialogProps } from './TenantImportDialog';
