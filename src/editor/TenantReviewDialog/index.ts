export { useTenantReview } from './useTenantReview';
export type { TenantReview } from './useTenantReview';
export type { TenantReviewDialogProps } from './TenantReviewDialog';
