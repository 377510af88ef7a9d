import { Suspense, useCallback, useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import type { TenantPlan } from '../../core/tenantPlan';
import { useEditorHost } from '../host/EditorHostContext';
import type { RegistrationListModel } from '../RegistrationList';
import { appLabel } from '../session/appLabels';
import { lazyPart } from '../shared/lazyPart';
import { PartBoundary } from '../shared/PartBoundary';
import { useAppNames } from '../shared/useAppNames';
import { useLocalizer } from '../strings';

/** Loaded on first use, as the one-registration review is. */
const TenantReviewDialog = lazyPart(() => import('./TenantReviewDialog'));

export interface TenantReview {
  /** Shows the review of a plan; its save records what it confirms in the list. */
  readonly open: (plan: TenantPlan) => void;
  /** The dialog while a review is open (render it anywhere). */
  readonly dialog: ReactElement | null;
}

/** The review across registrations as the app view and the overview's actions open it. */
export function useTenantReview(model: RegistrationListModel, onClosed?: () => void): TenantReview {
  const { repository } = useEditorHost();
  const { strings } = useLocalizer();
  const [plan, setPlan] = useState<TenantPlan>();
  const appIds = useMemo(
    () =>
      plan?.registrations.flatMap((entry) => [
        ...entry.changes.map((change) => change.appId),
        ...entry.skipped.map((skip) => skip.appId),
        entry.registration.owningAppId,
      ]) ?? [],
    [plan],
  );
  const names = useAppNames(repository, appIds);
  const labelOf = useCallback((appId: string) => appLabel(appId, names), [names]);
  const close = useCallback(() => {
    setPlan(undefined);
    onClosed?.();
  }, [onClosed]);
  return {
    open: setPlan,
    dialog: plan ? (
      <PartBoundary part={strings.tenant.reviewTitle} onDismiss={close}>
        <Suspense fallback={null}>
          <TenantReviewDialog plan={plan} labelOf={labelOf} onSaved={model.setGrantsOfMany} onClose={close} />
        </Suspense>
      </PartBoundary>
    ) : null,
  };
}
