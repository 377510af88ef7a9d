import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  useEventCallback,
  useId,
} from '@fluentui/react-components';
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
import { lastSavedWrites, readReceipts, receiptsKey } from '../../core/receiptLog';
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
import { FileMenu } from '../shared/FileMenu';
import { lazyPart } from '../shared/lazyPart';
import { PartBoundary } from '../shared/PartBoundary';
import { useFocusReturn } from '../shared/useFocusReturn';
import { UntrustedText } from '../shared/UntrustedText';
import { useLocalizer } from '../strings';
import { noticeText } from './noticeText';
import { useEditingSession } from './useEditingSession';
import { useRegistrationEditorStyles } from './useRegistrationEditorStyles.styles';

const LeaveDialog = lazyPart(() => import('./LeaveDialog'));
const CompareDialog = lazyPart(() => import('../CompareDialog/CompareDialog'));

/** How the admin got here when it needs saying: right after registering it, or finding it registered. */
export type RegistrationArrival = 'registered' | 'registeredUnread' | 'alreadyRegistered';

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

type DialogState =
  | { readonly kind: 'addApp' }
  | { readonly kind: 'copyFrom'; readonly appId: string }
  | { readonly kind: 'review' }
  | { readonly kind: 'import'; readonly file: File }
  | { readonly kind: 'compare'; readonly file: File }
  | { readonly kind: 'appDetails'; readonly appId: string }
  | { readonly kind: 'checkAccess'; readonly appId: string }
  | { readonly kind: 'registrationDetails' }
  | { readonly kind: 'leave' };

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
  const { strings, format, plural } = localizer;
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
  // "Changed here 15:39" on the rows whose grant this browser last saved (its receipts). A save keeps its
  // receipt as its results show: read when the review closes, and when the saved grants change.
  const { receiptStorage } = host;
  const { formatDate, formatTime } = localizer;
  const [changedHere, setChangedHere] = useState<ReadonlyMap<string, string>>();
  const reviewOpen = dialog?.kind === 'review';
  useEffect(() => {
    if (receiptStorage === undefined || baseline === undefined || reviewOpen) return;
    const saved = lastSavedWrites(readReceipts(receiptStorage, receiptsKey(tenantId)), summary.id);
    const today = hostNow(host).toDateString();
    const words = new Map<string, string>();
    for (const grant of baseline) {
      const at = saved.get(appKey(grant.appId));
      if (at !== undefined)
        words.set(
          appKey(grant.appId),
          new Date(at).toDateString() === today ? formatTime(at) : formatDate(at),
        );
    }
    setChangedHere(words);
  }, [host, receiptStorage, tenantId, summary.id, baseline, reviewOpen, formatDate, formatTime]);

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

  // Ctrl+Z / Ctrl+Y (or Ctrl+Shift+Z) step through unsaved changes, as the Undo and Redo buttons do.
  // A text box keeps its own undo, and a dialog's keys are its own. Listened to on the editor's element:
  // the keys are shortcuts of the whole screen, not of one control.
  const sectionRef = useRef<HTMLElement>(null);
  const onUndoKeys = useEventCallback((event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || dialog !== undefined) return;
    if (isTextEntry(event.target)) return;
    const key = event.key.toLowerCase();
    const action = key === 'y' || (key === 'z' && event.shiftKey) ? 'redo' : key === 'z' ? 'undo' : undefined;
    if (action === undefined) return;
    event.preventDefault();
    dispatch({ type: action });
  });
  useEffect(() => {
    const section = sectionRef.current;
    section?.addEventListener('keydown', onUndoKeys);
    return () => section?.removeEventListener('keydown', onUndoKeys);
  }, [onUndoKeys]);

  const registration = session?.registration ?? summary;
  const notice = session?.notice ? noticeText(session.notice, localizer, labelOf) : '';
  // What the failure message names when a dialog cannot load or show (PartBoundary).
  const dialogPart = (open: DialogState): string => {
    switch (open.kind) {
      case 'addApp':
        return strings.addApp.title;
      case 'copyFrom':
        return format(strings.copyFrom.title, { app: labelOf(open.appId) });
      case 'review':
        return strings.review.title;
      case 'import':
        return strings.importExport.title;
      case 'compare':
        return strings.compare.title;
      case 'appDetails':
        return strings.details.appTitle;
      case 'checkAccess':
        return strings.checkAccess.open;
      case 'registrationDetails':
        return strings.details.registrationTitle;
      case 'leave':
        return strings.registration.leaveTitle;
    }
  };

  // On one row with the plane switch (PermissionMatrix), so the first app shows on a Teams tab's first screen.
  const toolbar = session && (
    <div className={styles.toolbar}>
      <Button onClick={(event) => openDialog({ kind: 'addApp' }, event.currentTarget)}>
        {strings.registration.addApp}
      </Button>
      <Button
        appearance="primary"
        disabledFocusable={!dirty}
        onClick={(event) => openDialog({ kind: 'review' }, event.currentTarget)}
      >
        {plural(strings.registration.review, changes.length)}
      </Button>
      <Button
        disabledFocusable={session.history.undo.length === 0}
        aria-keyshortcuts="Control+Z"
        onClick={() => dispatch({ type: 'undo' })}
      >
        {strings.registration.undo}
      </Button>
      <Button
        disabledFocusable={session.history.redo.length === 0}
        aria-keyshortcuts="Control+Y Control+Shift+Z"
        onClick={() => dispatch({ type: 'redo' })}
      >
        {strings.registration.redo}
      </Button>
      <FileMenu
        ref={importButtonRef}
        label={strings.registration.fileMenu}
        items={[
          { kind: 'action', label: strings.registration.export, onClick: onExport },
          {
            kind: 'pickJson',
            label: strings.registration.import,
            inputLabel: strings.registration.importFileLabel,
            onFile: (file) => openDialog({ kind: 'import', file }, importButtonRef.current),
          },
          {
            kind: 'pickJson',
            label: strings.compare.open,
            inputLabel: strings.compare.fileLabel,
            onFile: (file) => openDialog({ kind: 'compare', file }, importButtonRef.current),
          },
        ]}
      />
    </div>
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
      {arrival && (
        <MessageBar intent={arrival === 'registered' ? 'success' : 'info'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>
              {arrival === 'alreadyRegistered'
                ? strings.register.alreadyTitle
                : strings.register.registeredTitle}
            </MessageBarTitle>
            {arrival === 'alreadyRegistered'
              ? strings.register.alreadyBody
              : arrival === 'registered'
                ? strings.register.registeredBody
                : strings.register.registeredUnreadBody}
          </MessageBarBody>
        </MessageBar>
      )}
      {load.phase === 'loading' && <Spinner label={strings.registration.loading} />}
      {load.phase === 'failed' && (
        <ErrorExplanation error={load.error} onRetry={retryLoad} onRegister={() => onRegister(summary.id)} />
      )}
      {load.phase === 'ready' && session && (
        <>
          {exported !== undefined && (
            <MessageBar
              intent={exported === false ? 'error' : 'success'}
              layout="multiline"
              politeness="polite"
            >
              <MessageBarBody>
                {exported === false
                  ? strings.registration.exportFailed
                  : format(strings.registration.exported, { file: exported })}
              </MessageBarBody>
            </MessageBar>
          )}
          {session.draftRestored && dirty && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{strings.registration.draftRestoredTitle}</MessageBarTitle>
                {strings.registration.draftRestoredBody}
              </MessageBarBody>
              <MessageBarActions>
                <Button onClick={() => dispatch({ type: 'discardDraft' })}>
                  {strings.registration.discardDraft}
                </Button>
              </MessageBarActions>
            </MessageBar>
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
        part={dialog && dialogPart(dialog)}
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

/** A text box, where Ctrl+Z undoes typing, not the matrix. */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return (
    target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type)
  );
}
