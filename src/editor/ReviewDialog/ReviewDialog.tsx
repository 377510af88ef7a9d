import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  DialogActions,
  DialogContent,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactElement } from 'react';
import { diffGrantsOnce } from '../../core/diffGrants';
import type { Grant, Registration } from '../../core/model';
import { detectLockOutRisk, validateGrants } from '../../core/validate';
import type { GraphError } from '../../graph/errors';
import type { ProgressEvent, SaveReport, SaveRequest } from '../../graph/RegistrationRepository';
import { ErrorExplanation, toGraphError } from '../ErrorExplanation';
import { useEditorHost } from '../host/EditorHostContext';
import type { ConflictResolution } from '../session/editingSession';
import { useLocalizer } from '../strings';
import { CHANGES_PER_PAGE, ChangeList } from './ChangeList';
import { SaveOutcomes } from './SaveOutcomes';
import type { Receipt } from '../../core/receipt';
import { ReceiptDownloads, useReceiptKeeper } from '../shared/receipts';
import { ConflictStep, ReviewFrame, SavingStep, lockOutText } from './reviewParts';
import { failedAppIds, resolutionRequest, retryRequest, withoutConflicts } from './saveRequests';
import { WrappingDialogTitle } from '../shared/WrappingDialogTitle';

const useStyles = makeStyles({
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  issues: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
  },
});

export interface ReviewDialogProps {
  readonly registration: Registration;
  readonly baseline: readonly Grant[];
  readonly edited: readonly Grant[];
  readonly labelOf: (appId: string) => string;
  /** Every report, at once: the session takes the confirmed grants as its new baseline. */
  readonly onSaved: (report: SaveReport) => void;
  readonly onConflictsResolved: (resolutions: readonly ConflictResolution[]) => void;
  readonly onClose: () => void;
}

type Step =
  /** `cancelled`: the admin cancelled a save before anything was written. */
  | { readonly kind: 'review'; readonly cancelled?: boolean }
  | { readonly kind: 'saving'; readonly progress?: ProgressEvent }
  | { readonly kind: 'done'; readonly report: SaveReport }
  | { readonly kind: 'failed'; readonly error: GraphError; readonly request: SaveRequest }
  | { readonly kind: 'conflicts'; readonly report: SaveReport };

/**
 * Review → save → outcome, in one dialog: the diff in words, the owning-app lock-out confirmation,
 * progress (throttling included), the result per app, a retry of only the failed apps, and the
 * resolution of conflicts. The repository never receives anything the admin did not review.
 */
export default function ReviewDialog(props: ReviewDialogProps): ReactElement {
  const { registration, baseline, edited, labelOf, onSaved, onConflictsResolved, onClose } = props;
  const { repository, logger } = useEditorHost();
  const localizer = useLocalizer();
  const { strings, format, plural } = localizer;
  const styles = useStyles();
  const [step, setStep] = useState<Step>({ kind: 'review' });
  const running = useRef<AbortController>();
  const [lockOutConfirmed, setLockOutConfirmed] = useState(false);

  const changes = useMemo(() => diffGrantsOnce(baseline, edited), [baseline, edited]);
  // A review of more changes than a page shows its frame at once and its content in the next task:
  // after a big import, the import's own work and these checks in one task blocked the page too long.
  const [contentShown, setContentShown] = useState(() => changes.length <= CHANGES_PER_PAGE);
  useEffect(() => {
    if (contentShown) return undefined;
    const timer = setTimeout(() => setContentShown(true), 0);
    return () => clearTimeout(timer);
  }, [contentShown]);
  const lockOut = useMemo(
    () => detectLockOutRisk(baseline, edited, registration.owningAppId),
    [baseline, edited, registration.owningAppId],
  );
  const issues = useMemo(
    () =>
      contentShown
        ? validateGrants(edited, registration.owningAppId).filter(
            // The lock-out warning already says this, with its consequence.
            (issue) => !(lockOut && issue.code === 'owning_app_missing'),
          )
        : [],
    [contentShown, edited, registration.owningAppId, lockOut],
  );

  // The receipt of the latest save: each save (a retry, a resolution) gets its own.
  const [receipt, setReceipt] = useState<Receipt>();
  const keepReceipt = useReceiptKeeper({
    registrationName: () => registration.name || undefined,
    appName: (appId) => (labelOf(appId) === appId ? undefined : labelOf(appId)),
  });

  const save = async (request: SaveRequest): Promise<void> => {
    const controller = new AbortController();
    running.current = controller;
    setStep({ kind: 'saving' });
    try {
      const report = await repository.saveGrants(request, {
        signal: controller.signal,
        onProgress: (progress) => setStep({ kind: 'saving', progress }),
      });
      onSaved(report);
      setReceipt(keepReceipt([{ request, result: { type: 'saved', report } }]));
      setStep({ kind: 'done', report });
    } catch (error) {
      const graphError = toGraphError(error);
      if (graphError.code === 'cancelled') {
        // Cancelled before any write went out: back to the review, the edits untouched.
        setStep({ kind: 'review', cancelled: true });
        return;
      }
      logger.warn('Saving grants failed', { code: graphError.code, requestId: graphError.requestId });
      setStep({ kind: 'failed', error: graphError, request });
    } finally {
      running.current = undefined;
    }
  };
  // Stops waiting and sends nothing more; what is already on its way is still settled and reported.
  const cancelSave = (): void => running.current?.abort();

  const saveAll = (): Promise<void> => save({ registrationId: registration.id, baseline, edited });

  const retryFailed = (report: SaveReport): Promise<void> =>
    save(retryRequest(registration.id, { baseline, edited }, report));

  const resolve = async (resolutions: readonly ConflictResolution[], report: SaveReport): Promise<void> => {
    onConflictsResolved(resolutions);
    const { request } = resolutionRequest(registration.id, { baseline, edited }, resolutions);
    if (request === undefined) setStep({ kind: 'done', report: withoutConflicts(report) });
    else await save(request);
  };

  const busy = step.kind === 'saving';
  const lockOutMessage = lockOut ? lockOutText(lockOut, registration, labelOf, localizer) : undefined;

  let body: ReactElement;
  if (step.kind === 'review') {
    body = (
      <>
        <WrappingDialogTitle>{strings.review.title}</WrappingDialogTitle>
        <DialogContent className={styles.content}>
          {step.cancelled && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{strings.review.cancelled}</MessageBarBody>
            </MessageBar>
          )}
          {!contentShown ? (
            <Spinner size="small" label={strings.review.preparing} />
          ) : changes.length === 0 ? (
            <Body1>{strings.review.nothing}</Body1>
          ) : (
            <>
              <Body1>{plural(strings.review.intro, changes.length)}</Body1>
              <ChangeList changes={changes} labelOf={labelOf} />
              <Caption1>{strings.review.concurrency}</Caption1>
            </>
          )}
          {issues.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{strings.review.issuesTitle}</MessageBarTitle>
                <ul className={styles.issues}>
                  {issues.map((issue, index) => (
                    <li key={`${issue.code}:${issue.appId ?? index}`}>
                      {format(strings.review.issues[issue.code], {
                        app: issue.appId ? labelOf(issue.appId) : '',
                      })}
                    </li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          {contentShown && lockOutMessage && (
            <>
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{strings.review.lockOutTitle}</MessageBarTitle>
                  {lockOutMessage}
                </MessageBarBody>
              </MessageBar>
              <Checkbox
                checked={lockOutConfirmed}
                onChange={(_event, data) => setLockOutConfirmed(data.checked === true)}
                label={strings.review.lockOutConfirm}
              />
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button appearance="secondary" onClick={onClose}>
            {strings.common.cancel}
          </Button>
          <Button
            appearance="primary"
            disabled={!contentShown || changes.length === 0 || (lockOut !== undefined && !lockOutConfirmed)}
            onClick={() => void saveAll()}
          >
            {strings.review.save}
          </Button>
        </DialogActions>
      </>
    );
  } else if (step.kind === 'saving') {
    body = (
      <SavingStep
        title={strings.review.title}
        className={styles.content}
        progress={step.progress}
        onCancel={cancelSave}
      />
    );
  } else if (step.kind === 'failed') {
    body = (
      <>
        <WrappingDialogTitle>{strings.review.saveFailedTitle}</WrappingDialogTitle>
        <DialogContent className={styles.content}>
          <ErrorExplanation error={step.error} onRetry={() => void save(step.request)} />
          <Body1>{strings.review.editsKept}</Body1>
        </DialogContent>
        <DialogActions>
          <Button appearance="secondary" onClick={onClose}>
            {strings.common.close}
          </Button>
        </DialogActions>
      </>
    );
  } else if (step.kind === 'conflicts') {
    const { report } = step;
    body = (
      <ConflictStep
        report={report}
        labelOf={labelOf}
        onApply={(resolutions) => void resolve(resolutions, report)}
        onCancel={() => setStep({ kind: 'done', report })}
      />
    );
  } else {
    const { report } = step;
    const failedCount = failedAppIds(report).length;
    const conflictCount = report.outcomes.filter((outcome) => outcome.status === 'conflict').length;
    body = (
      <>
        <WrappingDialogTitle>{strings.review.outcomeTitle}</WrappingDialogTitle>
        <DialogContent className={styles.content}>
          <SaveOutcomes report={report} labelOf={labelOf} />
          {failedCount + conflictCount > 0 && <Body1>{strings.review.editsKept}</Body1>}
          {receipt && <ReceiptDownloads receipt={receipt} />}
        </DialogContent>
        <DialogActions>
          {failedCount > 0 && (
            <Button onClick={() => void retryFailed(report)}>
              {plural(strings.review.retryFailed, failedCount)}
            </Button>
          )}
          {conflictCount > 0 && (
            <Button appearance="primary" onClick={() => setStep({ kind: 'conflicts', report })}>
              {strings.review.resolveConflicts}
            </Button>
          )}
          <Button appearance={failedCount + conflictCount > 0 ? 'secondary' : 'primary'} onClick={onClose}>
            {strings.common.close}
          </Button>
        </DialogActions>
      </>
    );
  }

  return (
    <ReviewFrame busy={busy} step={step} onClose={onClose} onCancelSave={cancelSave}>
      {body}
    </ReviewFrame>
  );
}
