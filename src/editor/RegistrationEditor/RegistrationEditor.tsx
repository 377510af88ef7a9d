import { Body1, Button, Caption1, Spinner, useEventCallback, useId } from '@fluentui/react-components';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ChangeEvent, ReactElement, SyntheticEvent } from 'react';
import { displayText } from '../../core/displayText';
import { planeOf, unknownPermissions } from '../../core/grantList';
import type { ImportMode } from '../../core/importPlan';
import { PLANES } from '../../core/model';
import { sameAppId } from '../../core/normalise';
import type { Grant, ReadResult, Registration, RegistrationWithGrants } from '../../core/model';
import type { PresetId } from '../../core/presets';
import type { SaveReport } from '../../graph/RegistrationRepository';
import { ErrorExplanation } from '../ErrorExplanation';
import { hostNow, useEditorHost } from '../host/EditorHostContext';
import { downloadJson, exportFileName, grantsDocumentJson } from '../shared/exportGrants';
import { PermissionLegend } from '../PermissionLegend';
import { PermissionMatrix } from '../PermissionMatrix';
import type { MatrixColumnChangeData, MatrixRowActionData, MatrixToggleData } from '../PermissionMatrix';
import { appKey, appLabel } from '../session/appLabels';
import { newGrant } from '../session/editingSession';
import type { ConflictResolution } from '../session/editingSession';
import { AddAppDialog } from '../AddAppDialog';
import { AppNamesNotice } from '../AppNamesNotice';
import { CheckAccessDialog } from '../CheckAccessDialog';
import { CopyFromDialog } from '../CopyFromDialog';
import { DetailsDialog } from '../DetailsDialog';
import type { DetailsField } from '../DetailsDialog';
import { ImportDialog } from '../ImportDialog';
import { RegistrationDetailsDialog } from '../RegistrationDetails';
import { PropagationNotice, ReviewDialog } from '../ReviewDialog';
import { ReadWarningList } from '../shared/ReadWarningList';
import { useAppNames, useAppNamesStatus } from '../shared/useAppNames';
import { lazyPart } from '../shared/lazyPart';
import { PartBoundary } from '../shared/PartBoundary';
import { useFocusReturn } from '../shared/useFocusReturn';
import { UntrustedText } from '../shared/UntrustedText';
import { useLocalizer } from '../strings';
import { noticeText } from './noticeText';
import { dialogPart } from './registrationDialogs';
import type { DialogState } from './registrationDialogs';
import { ArrivalNotice, DraftRestoredNotice, ExportNotice } from './RegistrationNotices';
import type { RegistrationArrival } from './RegistrationNotices';
import { RegistrationToolbar } from './RegistrationToolbar';
import { useUndoKeys } from './useUndoKeys';
import { useChangedHere } from './useChangedHere';
import { useEditingSession } from './useEditingSession';
import { useRegistrationEditorStyles } from './useRegistrationEditorStyles.styles';

const LeaveDialog = lazyPart(() => import('./LeaveDialog'));
const CompareDialog = lazyPart(() => import('../CompareDialog/CompareDialog'));

export type { RegistrationArrival } from './RegistrationNotices';

export interface RegistrationEditorProps {
  readonly registration: Registration;
  /** Already loaded (right after registering): shown without reading it again. */
  readonly initial?: ReadResult<RegistrationWithGrants>;
  /** `initial` came from the list: shown at once and read again in the background. */
  readonly refreshInitial?: boolean;
  readonly arrival?: RegistrationArrival;
  /** The app to scroll to and focus once the matrix shows (opened from the overview or the app view). */
  readonly focusAppId?: string;
  /** Goes back to the list; called once unsaved work has been dealt with. */
  readonly onBack: () => void;
  /** Where Back goes, when not to the list (the tenant overview the registration was opened from). */
  readonly backTo?: 'list' | 'overview';
  readonly onGrantsSaved: (registrationId: string, grants: readonly Grant[]) => void;
  /** The registration read again (its settings changed): the list and the overview show it. */
  readonly onRegistrationRead?: (registration: Registration) => void;
  readonly onRegister: (containerTypeId: string) => void;
}

/** One registration: loads it, keeps the editing session (and its draft), hosts the matrix and dialogs. */
export function RegistrationEditor(props: RegistrationEditorProps): ReactElement {
  const {
    registration: summary,
    initial,
    refreshInitial,
    arrival,
    focusAppId,
    backTo = 'list',
    onBack,
    onGrantsSaved,
    onRegistrationRead: onRead,
    onRegister,
  } = props;
  const host = useEditorHost();
  const { repository } = host;
  const localizer = useLocalizer();
  const { strings, format } = localizer;
  const styles = useRegistrationEditorStyles();
  const headingId = useId('registration-heading');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const importButtonRef = useRef<HTMLButtonElement>(null);
  const [dialog, setDialog] = useState<DialogState>();
  /** The file name of the last export, or `false` when the browser could not download it. */
  const [exported, setExported] = useState<string | false>();
  const focusReturn = useFocusReturn();
  const { load, session, dispatch, changes, dirty, retryLoad, clearStoredDraft } = useEditingSession(
    summary.id,
    initial,
    refreshInitial,
  );

  // Screen readers and keyboard users start at the registration's name once it is on screen, or at
  // the app they opened it on when the matrix shows that app at once (the matrix focuses its row).
  const startsOnApp = useRef(
    focusAppId !== undefined &&
      (initial?.value.applicationPermissionGrants.some((grant) => sameAppId(grant.appId, focusAppId)) ??
        false),
  );
  useEffect(() => {
    if (!startsOnApp.current) headingRef.current?.focus();
  }, []);

  const baseline = session?.baseline;
  const edited = session?.edited;
  const appIds = useMemo(
    () => [...(baseline ?? []), ...(edited ?? [])].map((grant) => grant.appId),
    [baseline, edited],
  );
  const namesStatus = useAppNamesStatus(host.appNames);
  const names = useAppNames(repository, appIds, namesStatus);
  const namesMissing = appIds.some((appId) => !names.has(appKey(appId)));
  const labelOf = useCallback((appId: string) => appLabel(appId, names), [names]);
  // Compare with a file: the grants as last read (not unsaved edits, as Export), of this registration only.
  const sessionRegistration = session?.registration;
  const tenantId = host.user.tenantId;
  const compareWith = useMemo(
    () => ({
      tenantId,
      entries: sessionRegistration ? [{ registration: sessionRegistration, grants: baseline ?? [] }] : [],
      registrationId: summary.id,
    }),
    [tenantId, sessionRegistration, baseline, summary.id],
  );
  const changedHere = useChangedHere(summary.id, baseline, dialog?.kind === 'review');

  const openDialog = useCallback(
    (next: DialogState, returnTo?: Element | null) => {
      focusReturn.remember(returnTo);
      setDialog(next);
    },
    [focusReturn],
  );
  const closeDialog = useCallback(() => {
    setDialog(undefined);
    focusReturn.restore(() => headingRef.current);
  }, [focusReturn]);

  const onToggle = useCallback(
    (_event: ChangeEvent<HTMLInputElement>, data: MatrixToggleData) => dispatch({ type: 'toggle', ...data }),
    [dispatch],
  );
  const onColumnChange = useCallback(
    (_event: SyntheticEvent, data: MatrixColumnChangeData) => dispatch({ type: 'setColumn', ...data }),
    [dispatch],
  );
  // A row's menu button, to return focus to when its dialog closes.
  const appMenu = (appId: string): HTMLElement | undefined =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-app-menu]')).find(
      (element) => element.dataset.appMenu === appKey(appId),
    );
  const onRowAction = useEventCallback((_event: SyntheticEvent, data: MatrixRowActionData) => {
    switch (data.type) {
      case 'applyPreset':
        dispatch({ type: 'applyPreset', appId: data.appId, presetId: data.presetId });
        break;
      case 'copyFrom':
        openDialog({ kind: 'copyFrom', appId: data.appId }, appMenu(data.appId));
        break;
      case 'clearPlane':
        dispatch({ type: 'clearPlane', appId: data.appId, plane: data.plane });
        break;
      case 'remove':
        dispatch({ type: 'removeApp', appId: data.appId });
        break;
      case 'details':
        openDialog({ kind: 'appDetails', appId: data.appId }, appMenu(data.appId));
        break;
      case 'checkAccess':
        openDialog({ kind: 'checkAccess', appId: data.appId }, appMenu(data.appId));
        break;
    }
  });

  // An app's name, id and the values this tool does not know, each in full.
  const appDetailsFields = (appId: string): DetailsField[] => {
    const grant = session?.edited.find((candidate) => appKey(candidate.appId) === appKey(appId));
    const others = PLANES.flatMap((plane) =>
      (grant ? unknownPermissions(planeOf(grant, plane)) : []).map((value) => ({
        label: format(strings.details.otherValues, { plane: strings.planes[plane] }),
        value,
      })),
    );
    return [
      { label: strings.details.name, value: names.get(appKey(appId)) },
      { label: strings.details.appId, value: appId },
      ...others,
    ];
  };

  const requestBack = (event: SyntheticEvent): void => {
    if (dirty) openDialog({ kind: 'leave' }, event.currentTarget);
    else onBack();
  };

  const onExport = (): void => {
    if (!session) return;
    const json = grantsDocumentJson(
      session.registration,
      session.baseline,
      hostNow(host),
      host.user.tenantId,
    );
    const fileName = exportFileName(session.registration);
    setExported(downloadJson(fileName, json) ? fileName : false);
  };

  const onSaved = useCallback(
    (report: SaveReport) => {
      dispatch({ type: 'saved', report });
      if (report.after) onGrantsSaved(summary.id, report.after);
    },
    [dispatch, onGrantsSaved, summary.id],
  );
  const onRegistrationRead = useCallback(
    (read: Registration) => {
      dispatch({ type: 'registrationRead', registration: read });
      onRead?.(read);
    },
    [dispatch, onRead],
  );
  const onConflictsResolved = useCallback(
    (resolutions: readonly ConflictResolution[]) => dispatch({ type: 'conflictsResolved', resolutions }),
    [dispatch],
  );

  // Closed before any save was reported: the import is cancelled and the matrix is back exactly as it
  // was before it (a reported save ends the pending import in the session).
  const closeReview = (): void => {
    if (session?.beforeImport) dispatch({ type: 'cancelImport' });
    closeDialog();
  };

  const sectionRef = useRef<HTMLElement>(null);
  useUndoKeys(sectionRef, dialog !== undefined, (action) => dispatch({ type: action }));

  const registration = session?.registration ?? summary;
  const notice = session?.notice ? noticeText(session.notice, localizer, labelOf) : '';
  const toolbar = session && (
    <RegistrationToolbar
      dirty={dirty}
      changeCount={changes.length}
      canUndo={session.history.undo.length > 0}
      canRedo={session.history.redo.length > 0}
      fileMenuRef={importButtonRef}
      onOpen={openDialog}
      onUndo={() => dispatch({ type: 'undo' })}
      onRedo={() => dispatch({ type: 'redo' })}
      onExport={onExport}
    />
  );
  const status = (
    <div role="status" aria-live="polite" className={styles.notice}>
      {notice}
    </div>
  );

  return (
    <section ref={sectionRef} className={styles.root} aria-labelledby={headingId}>
      <div>
        <Button appearance="subtle" onClick={requestBack}>
          {backTo === 'overview' ? strings.overview.backToOverview : strings.registration.back}
        </Button>
      </div>
      <div className={styles.heading}>
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className={styles.title}>
          <UntrustedText text={registration.name || registration.id} lines={2} />
        </h2>
        <div className={styles.detailsLine}>
          <Caption1 className={styles.details}>
            {format(strings.registration.details, {
              id: displayText(registration.id),
              owningAppId: displayText(registration.owningAppId),
            })}
          </Caption1>
          <Button
            appearance="transparent"
            size="small"
            onClick={(event) => openDialog({ kind: 'registrationDetails' }, event.currentTarget)}
          >
            {strings.details.open}
          </Button>
        </div>
      </div>
      {arrival && <ArrivalNotice arrival={arrival} />}
      {load.phase === 'loading' && <Spinner label={strings.registration.loading} />}
      {load.phase === 'failed' && (
        <ErrorExplanation error={load.error} onRetry={retryLoad} onRegister={() => onRegister(summary.id)} />
      )}
      {load.phase === 'ready' && session && (
        <>
          {exported !== undefined && <ExportNotice exported={exported} />}
          {session.draftRestored && dirty && (
            <DraftRestoredNotice onDiscard={() => dispatch({ type: 'discardDraft' })} />
          )}
          {session.warnings.length > 0 && !session.warningsDismissed && (
            <ReadWarningList
              title={strings.registration.warningsTitle}
              intro={strings.registration.warningsBody}
              warnings={session.warnings}
              onDismiss={() => dispatch({ type: 'dismissWarnings' })}
            />
          )}
          {session.savedAt && <PropagationNotice savedAt={session.savedAt} />}
          <PermissionLegend />
          {host.appNames && (
            <AppNamesNotice access={host.appNames} status={namesStatus} namesMissing={namesMissing} />
          )}
          {session.edited.length === 0 ? (
            <>
              {toolbar}
              {status}
              <Body1>{strings.registration.noApps}</Body1>
            </>
          ) : (
            <PermissionMatrix
              registrationName={displayText(registration.name || registration.id)}
              owningAppId={registration.owningAppId}
              baseline={session.baseline}
              edited={session.edited}
              appNames={names}
              focusAppId={focusAppId}
              onToggle={onToggle}
              onColumnChange={onColumnChange}
              onRowAction={onRowAction}
              toolbar={toolbar}
              status={status}
              changedHere={changedHere}
            />
          )}
        </>
      )}
      <PartBoundary
        part={dialog && dialogPart(dialog, localizer, labelOf)}
        onDismiss={dialog?.kind === 'review' ? closeReview : closeDialog}
      >
        <Suspense fallback={null}>
          {session && dialog?.kind === 'addApp' && (
            <AddAppDialog
              existingAppIds={session.edited.map((grant) => grant.appId)}
              onAdd={(appId: string, presetId: PresetId | undefined) => {
                dispatch({ type: 'addApp', grant: newGrant(appId, presetId) });
                closeDialog();
              }}
              onClose={closeDialog}
            />
          )}
          {session && dialog?.kind === 'copyFrom' && (
            <CopyFromDialog
              targetLabel={labelOf(dialog.appId)}
              sources={session.edited
                .filter((grant) => appKey(grant.appId) !== appKey(dialog.appId))
                .map((grant) => ({ appId: grant.appId, label: labelOf(grant.appId) }))}
              onCopy={(fromAppId: string) => {
                dispatch({ type: 'copyFrom', appId: dialog.appId, fromAppId });
                closeDialog();
              }}
              onClose={closeDialog}
            />
          )}
          {session && dialog?.kind === 'review' && (
            <ReviewDialog
              registration={session.registration}
              baseline={session.baseline}
              edited={session.edited}
              labelOf={labelOf}
              onSaved={onSaved}
              onConflictsResolved={onConflictsResolved}
              onClose={closeReview}
            />
          )}
          {session && dialog?.kind === 'import' && (
            <ImportDialog
              file={dialog.file}
              registration={session.registration}
              current={session.edited}
              labelOf={labelOf}
              onContinue={(grants: readonly Grant[], mode: ImportMode, fileName: string) => {
                dispatch({ type: 'import', grants, mode, fileName });
                // Same focus return target: the review closes back onto the import button.
                setDialog({ kind: 'review' });
              }}
              onClose={closeDialog}
            />
          )}
          {session && dialog?.kind === 'compare' && (
            <CompareDialog file={dialog.file} current={compareWith} onClose={closeDialog} />
          )}
          {dialog?.kind === 'appDetails' && (
            <DetailsDialog
              title={strings.details.appTitle}
              fields={appDetailsFields(dialog.appId)}
              onClose={closeDialog}
            />
          )}
          {dialog?.kind === 'checkAccess' && (
            <CheckAccessDialog
              registration={registration}
              appId={dialog.appId}
              label={labelOf(dialog.appId)}
              onClose={closeDialog}
            />
          )}
          {dialog?.kind === 'registrationDetails' && (
            <RegistrationDetailsDialog
              registration={registration}
              onRead={onRegistrationRead}
              onClose={closeDialog}
            />
          )}
          {dialog?.kind === 'leave' && (
            <LeaveDialog
              changedApps={changes.length}
              onStay={closeDialog}
              onLeave={onBack}
              onDiscardAndLeave={() => {
                clearStoredDraft();
                onBack();
              }}
            />
          )}
        </Suspense>
      </PartBoundary>
    </section>
  );
}
