import {
  Body1,
  Button,
  MessageBar,
  MessageBarBody,
  Spinner,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Suspense, useCallback, useMemo, useState } from 'react';
import type { ChangeEvent, ReactElement, SyntheticEvent } from 'react';
import {
  emptyGrant,
  findGrant,
  planeOf,
  removeGrant,
  unknownPermissions,
  upsertGrant,
  withPlane,
} from '../../core/grantList';
import type { Grant, Registration } from '../../core/model';
import { grantsEqual, normalisePlane, sameAppId } from '../../core/normalise';
import { applyPreset, findPreset } from '../../core/presets';
import { unwritablePlanes } from '../../core/readGrants';
import { effectivePermissions, togglePermission } from '../../core/rules';
import type { RegistrationGrants } from '../../core/tenantOverview';
import { planRegistration, planTenantOperation, type TenantPlan } from '../../core/tenantPlan';
import { ApplyDialog } from '../ApplyDialog';
import { useEditorHost } from '../host/EditorHostContext';
import { PermissionMatrix } from '../PermissionMatrix';
import type {
  MatrixColumnChangeData,
  MatrixRowActionData,
  MatrixToggleData,
  RegistrationRows,
} from '../PermissionMatrix';
import type { RegistrationListModel } from '../RegistrationList';
import { appKey, appLabel } from '../session/appLabels';
import { PartBoundary } from '../shared/PartBoundary';
import { loadedTenant } from '../shared/tenantGrants';
import { useAppNames, useAppNamesStatus } from '../shared/useAppNames';
import { useFocusReturn } from '../shared/useFocusReturn';
import { useTenantReadGate } from '../shared/useTenantReadGate';
import { useUntrustedBlockStyles } from '../shared/UntrustedText';
import { useLocalizer } from '../strings';
import { useTenantReview } from '../TenantReviewDialog';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  toolbar: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
  },
});

export interface TenantAppViewProps {
  /** The app shown; it may hold no grant anywhere yet (a guest app being onboarded). */
  readonly appId: string;
  /** The registration list's reads; saves record what they confirm through `model.setGrants`. */
  readonly model: RegistrationListModel;
  readonly onBack: () => void;
  /** Opens that registration's matrix, scrolled to the app. */
  readonly onOpenRegistration: (registration: Registration, appId: string) => void;
}

/** The app's grant on one registration as a matrix row: the row's id is the registration's. */
function rowOf(registration: Registration, grant: Grant | undefined): Grant {
  return { ...(grant ?? emptyGrant(registration.id)), appId: registration.id };
}

/** The registration's grants with the row's value for the app (`null`: the app removed). */
function editedGrants(entry: RegistrationGrants, appId: string, row: Grant | null): readonly Grant[] {
  const current = findGrant(entry.grants, appId);
  if (row === null) return removeGrant(entry.grants, appId);
  const wanted: Grant = { ...row, appId: current?.appId ?? appId };
  // An empty row where the app had no grant stays no grant.
  if (current === undefined && grantsEqual(wanted, emptyGrant(appId))) return entry.grants;
  return upsertGrant(entry.grants, wanted);
}

/**
 * One app's grants on every registration: one matrix row per registration, editable, saved through the
 * review across registrations. The owner's rows (registrations this app owns) are read-only here, as
 * are rows holding values this tool cannot read exactly. "Apply to registrations…" and "Remove from
 * all…" plan the same way.
 */
export function TenantAppView(props: TenantAppViewProps): ReactElement {
  const { appId, model, onBack, onOpenRegistration } = props;
  const { repository, appNames } = useEditorHost();
  const { strings, format, plural } = useLocalizer();
  const styles = useStyles();
  const untrusted = useUntrustedBlockStyles();
  const names = useAppNames(repository, [appId], useAppNamesStatus(appNames));
  const app = appLabel(appId, names);
  const tenant = loadedTenant(model);
  const { entries } = tenant;
  // "Apply to registrations…" and "Remove from all…" act on every registration: they wait for all of them.
  const gate = useTenantReadGate(tenant);
  // The rows the admin changed, by registration key; `null`: the app's grant removed there.
  const [edits, setEdits] = useState<ReadonlyMap<string, Grant | null>>(new Map());
  const [applying, setApplying] = useState(false);
  const focusReturn = useFocusReturn();
  // Rows whose save landed follow the list again; the others keep the admin's edits.
  const review = useTenantReview(
    model,
    useCallback(() => focusReturn.restore(), [focusReturn]),
  );

  const baseline = useMemo(
    () => entries.map((entry) => rowOf(entry.registration, findGrant(entry.grants, appId))),
    [entries, appId],
  );
  const edited = useMemo(
    () =>
      entries.map((entry, index) => {
        const edit = edits.get(appKey(entry.registration.id));
        return edit === undefined
          ? (baseline[index] ?? rowOf(entry.registration, undefined))
          : rowOf(entry.registration, edit ?? undefined);
      }),
    [entries, edits, baseline],
  );
  const rowNames = useMemo(
    () => new Map(entries.map((entry) => [appKey(entry.registration.id), entry.registration.name])),
    [entries],
  );
  const registrationRows = useMemo<RegistrationRows>(
    () => ({
      gridLabel: format(strings.tenant.gridLabel, { app }),
      lockedRows: new Map(
        entries
          .filter((entry) => sameAppId(entry.registration.owningAppId, appId))
          .map((entry) => [appKey(entry.registration.id), strings.tenant.ownerRowReason]),
      ),
    }),
    [entries, appId, app, format, strings],
  );
  const editable = (row: Grant): boolean =>
    !registrationRows.lockedRows.has(appKey(row.appId)) && unwritablePlanes(row).length === 0;

  const plans = useMemo(
    (): TenantPlan => ({
      registrations: entries.flatMap((entry) => {
        const edit = edits.get(appKey(entry.registration.id));
        if (edit === undefined) return [];
        const plan = planRegistration(entry, editedGrants(entry, appId, edit));
        return plan && plan.changes.length > 0 ? [plan] : [];
      }),
      unplanned: [],
    }),
    [entries, edits, appId],
  );

  const setRow = (row: Grant | null, registrationId: string): void =>
    setEdits((current) => new Map(current).set(appKey(registrationId), row));
  const rowById = (registrationId: string): Grant | undefined =>
    edited.find((row) => sameAppId(row.appId, registrationId));

  const onToggle = (_event: ChangeEvent<HTMLInputElement>, data: MatrixToggleData): void => {
    const row = rowById(data.appId);
    if (!row || !editable(row)) return;
    const result = togglePermission(planeOf(row, data.plane), data.permission, data.checked);
    setRow(withPlane(row, data.plane, result.permissions), data.appId);
  };
  const onColumnChange = (_event: SyntheticEvent, data: MatrixColumnChangeData): void => {
    setEdits((current) => {
      const next = new Map(current);
      for (const row of edited) {
        const has = effectivePermissions(planeOf(row, data.plane)).has(data.permission);
        if (has === data.checked || !editable(row)) continue;
        const result = togglePermission(planeOf(row, data.plane), data.permission, data.checked);
        next.set(appKey(row.appId), withPlane(row, data.plane, result.permissions));
      }
      return next;
    });
  };
  const onRowAction = (_event: SyntheticEvent, data: MatrixRowActionData): void => {
    const row = rowById(data.appId);
    const entry = entries.find((candidate) => sameAppId(candidate.registration.id, data.appId));
    if (!row || !entry) return;
    if (data.type === 'open') {
      onOpenRegistration(entry.registration, appId);
      return;
    }
    if (!editable(row)) return;
    if (data.type === 'applyPreset') setRow(applyPreset(row, findPreset(data.presetId)), data.appId);
    else if (data.type === 'clearPlane')
      // Unknown values stay: the matrix cannot show them as cells, so it never drops them.
      setRow(
        withPlane(row, data.plane, normalisePlane(unknownPermissions(planeOf(row, data.plane)))),
        data.appId,
      );
    else if (data.type === 'remove') setRow(null, data.appId);
  };

  const openReview = (plan: TenantPlan): void => {
    // From "Apply to registrations…", focus returns to the button that opened it.
    if (!applying) focusReturn.remember();
    setApplying(false);
    review.open(plan);
  };
  const closeApply = (): void => {
    setApplying(false);
    focusReturn.restore();
  };
  // After a review, rows that now match the list are done; the others (failed, conflicts) stay edited.
  const settledEdits = useMemo(() => {
    const next = new Map<string, Grant | null>();
    for (const entry of entries) {
      const key = appKey(entry.registration.id);
      const edit = edits.get(key);
      if (edit === undefined) continue;
      const now = findGrant(entry.grants, appId);
      const same =
        edit === null
          ? now === undefined
          : grantsEqual(rowOf(entry.registration, now), rowOf(entry.registration, edit));
      if (!same) next.set(key, edit);
    }
    return next;
  }, [entries, edits, appId]);
  if (settledEdits.size !== edits.size && review.dialog === null) setEdits(settledEdits);

  return (
    <section aria-label={app} className={styles.root}>
      <div>
        <Button onClick={onBack}>{strings.overview.backToOverview}</Button>
      </div>
      <Title2 as="h2" className={untrusted.root}>
        {format(strings.tenant.appTitle, { app })}
      </Title2>
      <Body1>{strings.tenant.appIntro}</Body1>
      {tenant.notRead.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{plural(strings.tenant.notRead, tenant.notRead.length)}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.toolbar}>
        <Button
          appearance="primary"
          disabled={plans.registrations.length === 0}
          onClick={() => openReview(plans)}
        >
          {plural(strings.tenant.reviewEdits, plans.registrations.length)}
        </Button>
        <Button
          {...gate.buttonProps(entries.length > 0)}
          onClick={() => {
            focusReturn.remember();
            setApplying(true);
          }}
        >
          {strings.tenant.apply}
        </Button>
        <Button
          {...gate.buttonProps(entries.length > 0)}
          onClick={() => openReview(planTenantOperation(entries, { type: 'remove', appId }))}
        >
          {strings.tenant.removeAll}
        </Button>
      </div>
      {gate.reason !== undefined && (
        <Spinner size="small" label={{ id: gate.reasonId, children: gate.reason }} />
      )}
      {entries.length > 0 && (
        <PermissionMatrix
          registrationName={app}
          owningAppId=""
          baseline={baseline}
          edited={edited}
          appNames={rowNames}
          onToggle={onToggle}
          onColumnChange={onColumnChange}
          onRowAction={onRowAction}
          registrationRows={registrationRows}
        />
      )}
      <PartBoundary part={strings.tenant.applyTitle} onDismiss={closeApply}>
        <Suspense fallback={null}>
          {applying && (
            <ApplyDialog tenant={tenant} appId={appId} appFixed onReview={openReview} onClose={closeApply} />
          )}
        </Suspense>
      </PartBoundary>
      {review.dialog}
    </section>
  );
}
