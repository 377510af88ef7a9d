import {
  Body1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { GraphError } from '../../graph/errors';
import type { SaveReport } from '../../graph/RegistrationRepository';

type ChangedSince = SaveReport['changedSince'][number];
import { ErrorExplanation, RequestId } from '../ErrorExplanation';
import { useLocalizer } from '../strings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

/** "Saved at 14:03. A change can take up to an hour to take effect." */
export function PropagationNotice(props: { readonly savedAt: string }): ReactElement {
  const { strings, format, formatTime } = useLocalizer();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {format(strings.registration.savedTitle, { time: formatTime(props.savedAt) })}
        </MessageBarTitle>
        {strings.registration.propagation}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The outcome of a save, app by app, with one explanation per kind of failure. */
export function SaveOutcomes(props: {
  readonly report: SaveReport;
  readonly labelOf: (appId: string) => string;
  /** Off where one notice stands for many saves (the results across registrations). */
  readonly propagationNotice?: boolean;
}): ReactElement {
  const { report, labelOf, propagationNotice = true } = props;
  const { strings, format } = useLocalizer();
  const styles = useStyles();
  const count = (status: string): number =>
    report.outcomes.filter((outcome) => outcome.status === status).length;
  const unconfirmed = (appId: string): boolean =>
    report.unconfirmed.some((id) => id.toLowerCase() === appId.toLowerCase());
  const changedSince = (appId: string): ChangedSince | undefined =>
    report.changedSince.find((entry) => entry.appId.toLowerCase() === appId.toLowerCase());
  const savedLine = (appId: string, app: string): string => {
    const changed = changedSince(appId);
    if (changed === undefined)
      return format(unconfirmed(appId) ? strings.review.unconfirmed : strings.review.applied, { app });
    if (changed.shown === undefined) return format(strings.review.changedSinceGone, { app });
    const { delegatedPermissions, applicationPermissions } = changed.shown;
    const shown = `${strings.planes.delegated}: ${delegatedPermissions.join(', ')}; ${strings.planes.application}: ${applicationPermissions.join(', ')}`;
    return format(strings.review.changedSince, { app, shown });
  };
  const failures = new Map<string, GraphError>();
  for (const outcome of report.outcomes) {
    if (outcome.status === 'failed' && !failures.has(outcome.error.code))
      failures.set(outcome.error.code, outcome.error);
  }

  return (
    <div className={styles.root}>
      <Body1 role="status">
        {format(strings.review.summary, {
          // Saved, then changed by someone else: counted with the changes made elsewhere, not as saved.
          applied: count('applied') - report.changedSince.length,
          failed: count('failed') + count('blocked') + count('unknown'),
          conflicts: count('conflict') + report.changedSince.length,
        })}
      </Body1>
      <ul className={styles.list}>
        {report.outcomes.map((outcome) => {
          const app = labelOf(outcome.appId);
          if (outcome.status === 'applied') {
            return <li key={outcome.appId}>{savedLine(outcome.appId, app)}</li>;
          }
          if (outcome.status === 'conflict') {
            return <li key={outcome.appId}>{format(strings.review.conflict, { app })}</li>;
          }
          if (outcome.status === 'unknown') {
            return <li key={outcome.appId}>{format(strings.review.unknownOutcome, { app })}</li>;
          }
          if (outcome.status === 'blocked') {
            return <li key={outcome.appId}>{format(strings.review.blocked, { app })}</li>;
          }
          return (
            <li key={outcome.appId}>
              {`${format(strings.review.failed, { app })}: ${strings.errors[outcome.error.code].title}`}
              {outcome.error.requestId && (
                <RequestId requestId={outcome.error.requestId} date={outcome.error.date} />
              )}
            </li>
          );
        })}
      </ul>
      {Array.from(failures.values()).map((error) => (
        <ErrorExplanation key={error.code} error={error} />
      ))}
      {propagationNotice && report.savedAt && count('applied') > 0 && (
        <PropagationNotice savedAt={report.savedAt} />
      )}
    </div>
  );
}
