export { PermissionLegend, PERMISSIONS_DOCS_URL } from './PermissionLegend';
