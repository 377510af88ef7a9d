import { Button, makeStyles } from '@fluentui/react-components';
import { Suspense, useRef, useState } from 'react';
import type { ChangeEvent, ReactElement } from 'react';
import type { TenantPlan } from '../../core/tenantPlan';
import { ApplyDialog } from '../ApplyDialog';
import { TenantImportDialog } from '../ImportDialog';
import type { RegistrationListModel } from '../RegistrationList';
import { loadedTenant } from '../shared/tenantGrants';
import { useFocusReturn } from '../shared/useFocusReturn';
import { useLocalizer } from '../strings';
import { useTenantReview } from '../TenantReviewDialog';

const useStyles = makeStyles({
  // Chosen through its button; kept out of sight and out of the tab order, as the matrix's import is.
  fileInput: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

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
 * registrations.
 */
export function TenantActions(props: TenantActionsProps): ReactElement {
  const { model, registrationIds, appIds } = props;
  const { strings } = useLocalizer();
  const styles = useStyles();
  const [open, setOpen] = useState<Open>();
  const fileInputRef = useRef<HTMLInputElement>(null);
  const focusReturn = useFocusReturn();
  const review = useTenantReview(model, focusReturn.restore);
  const tenant = loadedTenant(model);
  const close = (): void => {
    setOpen(undefined);
    focusReturn.restore();
  };
  const toReview = (plan: TenantPlan): void => {
    setOpen(undefined);
    review.open(plan);
  };
  const onFileChosen = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.currentTarget.files?.[0];
    // The same file may be chosen again after a cancelled import.
    event.currentTarget.value = '';
    if (file) setOpen({ kind: 'import', file });
  };

  return (
    <>
      <Button
        disabled={tenant.entries.length === 0}
        onClick={() => {
          focusReturn.remember();
          setOpen({ kind: 'apply' });
        }}
      >
        {strings.tenant.apply}
      </Button>
      <Button
        disabled={tenant.entries.length === 0}
        onClick={() => {
          focusReturn.remember();
          fileInputRef.current?.click();
        }}
      >
        {strings.tenant.import}
      </Button>
      <input
        ref={fileInputRef}
        type="file"
        accept="application/json,.json"
        aria-label={strings.tenant.importFile}
        className={styles.fileInput}
        tabIndex={-1}
        onChange={onFileChosen}
      />
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
      {review.dialog}
    </>
  );
}
