export { PermissionMatrix } from './PermissionMatrix';
export type {
  MatrixColumnChangeData,
  MatrixRowActionData,
  MatrixToggleData,
  PermissionMatrixProps,
  RegistrationRows,
} from './PermissionMatrix.types';
export { cellLabel } from './matrixColumns';
