export { PermissionMatrixApp } from './PermissionMatrixApp';
export type { PermissionMatrixAppProps } from './PermissionMatrixApp';
