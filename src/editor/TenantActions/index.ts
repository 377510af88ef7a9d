export { TenantActions } from './TenantActions';
export type { TenantActionsProps } from './TenantActions';
