export { TenantAppView } from './TenantAppView';
export type { TenantAppViewProps } from './TenantAppView';
