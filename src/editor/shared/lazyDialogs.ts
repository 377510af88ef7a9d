/**
 * Dialogs load on first use: the matrix shows without their code (React.lazy works in React 17
 * under Suspense; SPFx's webpack splits them into chunks).
 */
import { lazy } from 'react';

export const AddAppDialog = lazy(() => import('../AddAppDialog/AddAppDialog'));
export const CopyFromDialog = lazy(() => import('../CopyFromDialog/CopyFromDialog'));
export const ReviewDialog = lazy(() => import('../ReviewDialog/ReviewDialog'));
export const ImportDialog = lazy(() => import('../ImportExport/ImportDialog'));
export const RegisterDialog = lazy(() => import('../RegisterDialog/RegisterDialog'));
export const LeaveDialog = lazy(() => import('../RegistrationEditor/LeaveDialog'));
