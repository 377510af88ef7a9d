/** Actions across registrations wait until every registration's grants are read. */
import { useId } from '@fluentui/react-components';
import { useLocalizer } from '../strings';
import type { LoadedTenant } from './tenantGrants';

/** What a bulk action's button takes: disabled while reading, yet focusable and saying why. */
export interface GatedButtonProps {
  readonly disabled?: boolean;
  readonly disabledFocusable?: boolean;
  readonly 'aria-describedby'?: string;
}

export interface TenantReadGate {
  /** Every registration's grants have been read (or failed to be): a bulk action may count them. */
  readonly ready: boolean;
  /** "Reading grants: 160 of 300. …" while reading; render it with `reasonId` as its id. */
  readonly reason: string | undefined;
  readonly reasonId: string;
  /** The props of a bulk action's button; `enabled` says whether it has anything to act on. */
  readonly buttonProps: (enabled: boolean) => GatedButtonProps;
}

/**
 * Apply to registrations…, Remove from all… and Import… count the registrations they act on. Offered
 * while grants are still arriving, the count would be of the registrations read so far and the review
 * of more (or fewer) than the dialog said, so they wait, naming how far reading has come.
 */
export function useTenantReadGate(tenant: LoadedTenant): TenantReadGate {
  const { strings, format, formatNumber } = useLocalizer();
  const reasonId = useId('tenant-reading');
  const ready = !tenant.loading;
  const read = tenant.entries.length + tenant.notRead.length;
  const reason = ready
    ? undefined
    : tenant.total === 0
      ? strings.tenant.loadingGrants
      : format(strings.tenant.readingGrants, {
          read: formatNumber(read),
          total: formatNumber(tenant.total),
        });
  return {
    ready,
    reason,
    reasonId,
    buttonProps: (enabled) =>
      ready ? { disabled: !enabled } : { disabledFocusable: true, 'aria-describedby': reasonId },
  };
}
