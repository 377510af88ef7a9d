export { TenantOverview } from './TenantOverview';
export type { OverviewSelectionIds, TenantOverviewProps } from './TenantOverview';
