export { PermissionMatrix } from './PermissionMatrix';
export type {
  MatrixColumnChangeData,
  MatrixRowActionData,
  MatrixToggleData,
  PermissionMatrixProps,
} from './PermissionMatrix.types';
export { cellLabel } from './matrixColumns';
