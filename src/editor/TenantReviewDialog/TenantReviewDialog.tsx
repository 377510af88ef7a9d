import {
  Body1,
  Button,
  Checkbox,
  DialogActions,
  DialogContent,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { ReactElement } from 'react';
import { unstable_batchedUpdates } from 'react-dom';
import { displayText } from '../../core/displayText';
import type { Registration } from '../../core/model';
import { rebaseAfterSave, type GrantVersions } from '../../core/savePlan';
import type { PlanSkip, RegistrationPlan, TenantPlan } from '../../core/tenantPlan';
import type {
  ProgressEvent,
  RegistrationSaveResult,
  SaveReport,
  SaveRequest,
} from '../../graph/RegistrationRepository';
import { ErrorExplanation, toGraphError } from '../ErrorExplanation';
import { useEditorHost } from '../host/EditorHostContext';
import { ChangeList } from '../ReviewDialog/ChangeList';
import { PropagationNotice, SaveOutcomes } from '../ReviewDialog/SaveOutcomes';
import { ConflictStep, ReviewFrame, SavingStep, lockOutText } from '../ReviewDialog/reviewParts';
import {
  failedAppIds,
  resolutionRequest,
  retryRequest,
  withoutConflicts,
} from '../ReviewDialog/saveRequests';
import type { SavedGrants } from '../RegistrationList';
import { useLocalizer } from '../strings';
import { PagedList } from '../shared/PagedList';
import type { Receipt } from '../../core/receipt';
import { ReceiptDownloads, useReceiptKeeper } from '../shared/receipts';
import { WrappingDialogTitle } from '../shared/WrappingDialogTitle';

const useStyles = makeStyles({
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  registration: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
  },
  results: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
});

/** Registrations whose outcome shows at once; more are a page away (a tenant has a thousand). */
const RESULTS_PER_PAGE = 50;

export interface TenantReviewDialogProps {
  /** What the operation changes, registration by registration (`planTenantOperation`). */
  readonly plan: TenantPlan;
  readonly labelOf: (appId: string) => string;
  /** Every registration a save confirmed grants on, at once (the overview is derived again once). */
  readonly onSaved: (saved: readonly SavedGrants[]) => void;
  readonly onClose: () => void;
}

/** One registration's latest result, outcomes of earlier attempts kept for apps not sent again. */
type Result = RegistrationSaveResult;

type Step =
  | { readonly kind: 'review'; readonly cancelled?: boolean }
  | { readonly kind: 'saving'; readonly progress?: ProgressEvent }
  | { readonly kind: 'done' }
  | { readonly kind: 'conflicts'; readonly registration: Registration; readonly report: SaveReport };

const key = (registrationId: string): string => registrationId.toLowerCase();

/** A retry's report on top of the earlier one: apps sent again take their new outcome. */
function mergeReports(earlier: SaveReport | undefined, later: SaveReport): SaveReport {
  if (earlier === undefined) return later;
  const again = new Set(later.outcomes.map((outcome) => outcome.appId.toLowerCase()));
  const kept = (appId: string): boolean => !again.has(appId.toLowerCase());
  return {
    ...later,
    outcomes: [...earlier.outcomes.filter((outcome) => kept(outcome.appId)), ...later.outcomes],
    unconfirmed: [...earlier.unconfirmed.filter(kept), ...later.unconfirmed],
    changedSince: [...earlier.changedSince.filter((entry) => kept(entry.appId)), ...later.changedSince],
    savedAt: later.savedAt ?? earlier.savedAt,
  };
}

function answerRegistrationId(answer: RegistrationSaveResult): string {
  return answer.type === 'saved' ? answer.report.registrationId : answer.registrationId;
}

function needsRetry(result: Result | undefined): boolean {
  if (result === undefined) return false;
  return result.type === 'not-saved' || failedAppIds(result.report).length > 0;
}

function appliedCount(result: Result | undefined): number {
  if (result?.type !== 'saved') return 0;
  return result.report.outcomes.filter((outcome) => outcome.status === 'applied').length;
}

function conflictCount(result: Result | undefined): number {
  if (result?.type !== 'saved') return 0;
  return result.report.outcomes.filter((outcome) => outcome.status === 'conflict').length;
}

/** Apps saved, then changed by someone else: never counted as a plain "saved". */
function changedSinceCount(result: Result | undefined): number {
  return result?.type === 'saved' ? result.report.changedSince.length : 0;
}

/**
 * The review and save of one operation across registrations: per registration what each write sends
 * and each removal takes away (the one-registration review's words), what is skipped and why, the
 * owning-app lock-out confirmation; then one `saveGrantsOfMany`, the outcome per registration and per
 * app, a retry of only what failed, and conflicts resolved registration by registration.
 */
export default function TenantReviewDialog(props: TenantReviewDialogProps): ReactElement {
  const { plan, labelOf, onSaved, onClose } = props;
  const { repository, logger } = useEditorHost();
  const localizer = useLocalizer();
  const { strings, format, plural, formatNumber } = localizer;
  const styles = useStyles();
  const [step, setStep] = useState<Step>({ kind: 'review' });
  const [lockOutConfirmed, setLockOutConfirmed] = useState(false);
  // Each registration's versions: rebased after every save, so a retry sends only what did not land.
  const versions = useRef(
    new Map<string, GrantVersions>(
      plan.registrations.map((entry) => [
        key(entry.registration.id),
        { baseline: entry.baseline, edited: entry.edited },
      ]),
    ),
  );
  const [results, setResults] = useState<ReadonlyMap<string, Result>>(new Map());
  const running = useRef<AbortController>();

  const planned = plan.registrations;
  const changed = planned.filter((entry) => entry.changes.length > 0);
  const lockOuts = planned.filter((entry) => entry.lockOut !== undefined);
  const nameOf = (registration: Registration): string => displayText(registration.name);

  // The receipt of the latest save (a retry gets its own).
  const [receipt, setReceipt] = useState<Receipt>();
  const keepReceipt = useReceiptKeeper({
    registrationName: (registrationId) =>
      plan.registrations.find((entry) => key(entry.registration.id) === key(registrationId))?.registration
        .name || undefined,
    appName: (appId) => (labelOf(appId) === appId ? undefined : labelOf(appId)),
  });

  const save = async (requests: readonly SaveRequest[]): Promise<void> => {
    const controller = new AbortController();
    running.current = controller;
    setStep({ kind: 'saving' });
    let answers: readonly RegistrationSaveResult[];
    try {
      answers = await repository.saveGrantsOfMany(requests, {
        signal: controller.signal,
        onProgress: (progress) => setStep({ kind: 'saving', progress }),
      });
    } catch (error) {
      const graphError = toGraphError(error);
      logger.warn('Saving grants across registrations failed', { code: graphError.code });
      // Nothing came back: each registration asked stays as it was, to be saved again.
      answers = requests.map((request) => ({
        type: 'not-saved',
        registrationId: request.registrationId,
        error: graphError,
      }));
    } finally {
      running.current = undefined;
    }
    // A first save cancelled before anything came back: the review again, nothing to report.
    const cancelled = answers.every(
      (answer) => answer.type === 'not-saved' && answer.error.code === 'cancelled',
    );
    if (results.size === 0 && cancelled) {
      setStep({ kind: 'review', cancelled: true });
      return;
    }
    const answerOf = new Map(answers.map((answer) => [key(answerRegistrationId(answer)), answer]));
    const receiptOfSave = keepReceipt(
      requests.flatMap((request) => {
        const result = answerOf.get(key(request.registrationId));
        return result === undefined ? [] : [{ request, result }];
      }),
    );
    const next = new Map(results);
    const saved: SavedGrants[] = [];
    for (const answer of answers) {
      if (answer.type === 'not-saved') {
        next.set(key(answer.registrationId), answer);
        continue;
      }
      const { report } = answer;
      const id = key(report.registrationId);
      const earlier = next.get(id);
      next.set(id, {
        type: 'saved',
        report: mergeReports(earlier?.type === 'saved' ? earlier.report : undefined, report),
      });
      const current = versions.current.get(id);
      if (current === undefined) continue;
      const applied = report.outcomes.flatMap((outcome) =>
        outcome.status === 'applied' ? [outcome.change] : [],
      );
      const rebased = rebaseAfterSave(current, {
        applied,
        after: report.after,
        unconfirmed: report.unconfirmed,
      });
      versions.current.set(id, rebased);
      if (applied.length > 0 || report.after !== undefined)
        saved.push({ registrationId: report.registrationId, grants: rebased.baseline });
    }
    // One render for the model, the results and the step: after an await, React 17 would otherwise
    // render the whole page once per state change.
    unstable_batchedUpdates(() => {
      onSaved(saved);
      setResults(next);
      setReceipt(receiptOfSave);
      setStep({ kind: 'done' });
    });
  };
  const cancelSave = (): void => running.current?.abort();

  const saveAll = (): Promise<void> =>
    save(
      changed.map((entry) => ({
        registrationId: entry.registration.id,
        baseline: entry.baseline,
        edited: entry.edited,
      })),
    );

  const retryFailed = (): Promise<void> =>
    save(
      planned.flatMap((entry): SaveRequest[] => {
        const id = key(entry.registration.id);
        const result = results.get(id);
        const current = versions.current.get(id);
        if (!needsRetry(result) || result === undefined || current === undefined) return [];
        return [
          result.type === 'not-saved'
            ? { registrationId: entry.registration.id, ...current }
            : retryRequest(entry.registration.id, current, result.report),
        ];
      }),
    );

  const resolve = async (
    registration: Registration,
    report: SaveReport,
    resolutions: Parameters<typeof resolutionRequest>[2],
  ): Promise<void> => {
    const id = key(registration.id);
    const current = versions.current.get(id);
    if (current === undefined) return;
    const settled = resolutionRequest(registration.id, current, resolutions);
    versions.current.set(id, settled.versions);
    if (settled.request === undefined) {
      setResults(new Map(results).set(id, { type: 'saved', report: withoutConflicts(report) }));
      setStep({ kind: 'done' });
      return;
    }
    await save([settled.request]);
  };

  const skippedText = (skip: PlanSkip): string =>
    skip.reason === 'owner'
      ? format(strings.tenant.skippedOwner, { app: labelOf(skip.appId) })
      : format(strings.importExport.skipped[skip.reason], { app: labelOf(skip.appId) });

  const lockOutLine = (entry: RegistrationPlan): string =>
    entry.lockOut === undefined
      ? ''
      : format(strings.tenant.lockOut, {
          registration: nameOf(entry.registration),
          text: lockOutText(entry.lockOut, entry.registration, labelOf, localizer),
        });

  const busy = step.kind === 'saving';
  let body: ReactElement;
  if (step.kind === 'review') {
    body = (
      <>
        <WrappingDialogTitle>{strings.tenant.reviewTitle}</WrappingDialogTitle>
        <DialogContent className={styles.content}>
          {step.cancelled && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{strings.review.cancelled}</MessageBarBody>
            </MessageBar>
          )}
          {changed.length === 0 ? (
            <Body1>{strings.tenant.nothing}</Body1>
          ) : (
            <Body1>{plural(strings.tenant.reviewIntro, changed.length)}</Body1>
          )}
          {planned.map((entry) => (
            <section
              key={entry.registration.id}
              className={styles.registration}
              aria-label={nameOf(entry.registration)}
            >
              <Subtitle2 as="h3">{nameOf(entry.registration)}</Subtitle2>
              {entry.changes.length > 0 ? (
                <ChangeList changes={entry.changes} labelOf={labelOf} />
              ) : (
                <Body1>{strings.tenant.unchanged}</Body1>
              )}
              {entry.skipped.length > 0 && (
                <ul className={styles.list}>
                  {entry.skipped.map((skip) => (
                    <li key={`${skip.appId} ${skip.reason}`}>{skippedText(skip)}</li>
                  ))}
                </ul>
              )}
            </section>
          ))}
          {plan.unplanned.length > 0 && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{strings.tenant.unplannedTitle}</MessageBarTitle>
                <ul className={styles.list}>
                  {plan.unplanned.map((entry) => (
                    <li key={entry.registrationId}>
                      {format(strings.tenant.unplanned, { id: displayText(entry.registrationId) })}
                    </li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}
          {changed.length > 0 && <Body1>{strings.review.concurrency}</Body1>}
          {lockOuts.length > 0 && (
            <>
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{strings.review.lockOutTitle}</MessageBarTitle>
                  <ul className={styles.list}>
                    {lockOuts.map((entry) => (
                      <li key={entry.registration.id}>{lockOutLine(entry)}</li>
                    ))}
                  </ul>
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
            disabled={changed.length === 0 || (lockOuts.length > 0 && !lockOutConfirmed)}
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
        title={strings.tenant.reviewTitle}
        className={styles.content}
        progress={step.progress}
        onCancel={cancelSave}
      />
    );
  } else if (step.kind === 'conflicts') {
    const { registration, report } = step;
    body = (
      <ConflictStep
        report={report}
        labelOf={labelOf}
        onApply={(resolutions) => void resolve(registration, report, resolutions)}
        onCancel={() => setStep({ kind: 'done' })}
      />
    );
  } else {
    const all = planned.filter((entry) => results.has(key(entry.registration.id)));
    const retryCount = all.filter((entry) => needsRetry(results.get(key(entry.registration.id)))).length;
    const withConflicts = all.filter((entry) => {
      const result = results.get(key(entry.registration.id));
      return conflictCount(result) + changedSinceCount(result) > 0;
    });
    const savedCount = all.filter((entry) => {
      const result = results.get(key(entry.registration.id));
      return (
        result?.type === 'saved' &&
        !needsRetry(result) &&
        conflictCount(result) === 0 &&
        changedSinceCount(result) === 0
      );
    }).length;
    // One notice for the whole save (the latest write's time), not one per registration.
    const latestSavedAt = all.reduce<string | undefined>((latest, entry) => {
      const result = results.get(key(entry.registration.id));
      const savedAt =
        result?.type === 'saved' && appliedCount(result) > 0 ? result.report.savedAt : undefined;
      return savedAt !== undefined && (latest === undefined || savedAt > latest) ? savedAt : latest;
    }, undefined);
    const resultLabels = {
      shown: strings.tenant.resultsShown,
      chooser: strings.tenant.resultsPageLabel,
      previous: strings.tenant.previousResults,
      next: strings.tenant.nextResults,
    };
    body = (
      <>
        <WrappingDialogTitle>{strings.review.outcomeTitle}</WrappingDialogTitle>
        <DialogContent className={styles.content}>
          <Body1 role="status">
            {format(strings.tenant.summary, {
              saved: formatNumber(savedCount),
              failed: formatNumber(retryCount),
              conflicts: formatNumber(withConflicts.length),
            })}
          </Body1>
          {latestSavedAt && <PropagationNotice savedAt={latestSavedAt} />}
          {receipt && <ReceiptDownloads receipt={receipt} />}
          <PagedList count={all.length} pageSize={RESULTS_PER_PAGE} labels={resultLabels}>
            {({ start, end, listProps, itemProps }) => (
              <ul className={styles.results} {...listProps}>
                {all.slice(start, end).map((entry, offset) => {
                  const result = results.get(key(entry.registration.id));
                  const name = nameOf(entry.registration);
                  return (
                    <li key={entry.registration.id} {...itemProps(start + offset)}>
                      <section className={styles.registration} aria-label={name}>
                        <Subtitle2 as="h3">{name}</Subtitle2>
                        {result?.type === 'saved' ? (
                          <SaveOutcomes report={result.report} labelOf={labelOf} propagationNotice={false} />
                        ) : (
                          result && (
                            <>
                              <Body1>{format(strings.tenant.notSaved, { name })}</Body1>
                              <ErrorExplanation error={result.error} />
                            </>
                          )
                        )}
                        {result?.type === 'saved' && conflictCount(result) > 0 && (
                          <div>
                            <Button
                              appearance="primary"
                              onClick={() =>
                                setStep({
                                  kind: 'conflicts',
                                  registration: entry.registration,
                                  report: result.report,
                                })
                              }
                            >
                              {format(strings.tenant.resolveOn, { name })}
                            </Button>
                          </div>
                        )}
                      </section>
                    </li>
                  );
                })}
              </ul>
            )}
          </PagedList>
        </DialogContent>
        <DialogActions>
          {retryCount > 0 && (
            <Button onClick={() => void retryFailed()}>
              {plural(strings.tenant.retryFailed, retryCount)}
            </Button>
          )}
          <Button appearance={retryCount > 0 ? 'secondary' : 'primary'} onClick={onClose}>
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
