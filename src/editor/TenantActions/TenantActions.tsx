import { Button, Caption1 } from '@fluentui/react-components';
import { Suspense, useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import type { TenantPlan } from '../../core/tenantPlan';
import { ApplyDialog } from '../ApplyDialog';
import { CompareFileButton } from '../CompareDialog';
import { useEditorHost } from '../host/EditorHostContext';
import { TenantImportDialog } from '../ImportDialog';
import type { RegistrationListModel } from '../RegistrationList';
import { JsonFileButton } from '../shared/JsonFileButton';
import { PartBoundary } from '../shared/PartBoundary';
import { loadedTenant } from '../shared/tenantGrants';
import { useFocusReturn } from '../shared/useFocusReturn';
import { useTenantReadGate } from '../shared/useTenantReadGate';
import { useLocalizer } from '../strings';
import { useTenantReview } from '../TenantReviewDialog';

export interface TenantActionsProps {
  readonly model: RegistrationListModel;
  /** What the overview's filters leave on screen. */
  readonly registrationIds: readonly string[];
  readonly appIds: readonly string[];
}

type Open = { readonly kind: 'apply' } | { readonly kind: 'import'; readonly file: File };

/**
 * The overview's tenant-wide actions: "Apply to registrations…" (prefilled with the app when the
 * filter leaves exactly one) and "Import…" of a tenant export, both ending in the review across
 * registrations; and "Compare with a file…", which writes nothing.
 */
export function TenantActions(props: TenantActionsProps): ReactElement {
  const { model, registrationIds, appIds } = props;
  const { strings } = useLocalizer();
  const [open, setOpen] = useState<Open>();
  const focusReturn = useFocusReturn();
  const review = useTenantReview(model, focusReturn.restore);
  const tenant = loadedTenant(model);
  const { tenantId } = useEditorHost().user;
  // Built again only when the grants are read again: the comparison follows what the page shows.
  const { state, grants } = model;
  const current = useMemo(() => {
    const { entries, notRead } = loadedTenant({ state, grants });
    return { tenantId, entries, notRead };
  }, [state, grants, tenantId]);
  // Both count every registration: they open only once every registration's grants are read.
  const gate = useTenantReadGate(tenant);
  const close = (): void => {
    setOpen(undefined);
    focusReturn.restore();
  };
  const toReview = (plan: TenantPlan): void => {
    setOpen(undefined);
    review.open(plan);
  };
  return (
    <>
      <Button
        {...gate.buttonProps(tenant.entries.length > 0)}
        onClick={() => {
          focusReturn.remember();
          setOpen({ kind: 'apply' });
        }}
      >
        {strings.tenant.apply}
      </Button>
      <JsonFileButton
        label={strings.tenant.import}
        inputLabel={strings.tenant.importFile}
        disabled={!gate.ready || tenant.entries.length === 0}
        reasonId={gate.ready ? undefined : gate.reasonId}
        onOpen={focusReturn.remember}
        onFile={(file) => {
          if (gate.ready) setOpen({ kind: 'import', file });
        }}
      />
      <CompareFileButton
        current={current}
        disabled={!gate.ready}
        reasonId={gate.ready ? undefined : gate.reasonId}
      />
      {gate.reason !== undefined && <Caption1 id={gate.reasonId}>{gate.reason}</Caption1>}
      <PartBoundary
        part={open?.kind === 'import' ? strings.tenant.importTitle : strings.tenant.applyTitle}
        onDismiss={close}
      >
        <Suspense fallback={null}>
          {open?.kind === 'apply' && (
            <ApplyDialog
              tenant={tenant}
              appId={appIds.length === 1 ? appIds[0] : undefined}
              filteredIds={registrationIds}
              onReview={toReview}
              onClose={close}
            />
          )}
          {open?.kind === 'import' && (
            <TenantImportDialog file={open.file} tenant={tenant} onReview={toReview} onClose={close} />
          )}
        </Suspense>
      </PartBoundary>
      {review.dialog}
    </>
  );
}
