import { Body1, ProgressBar, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { ProgressEvent } from '../../graph/RegistrationRepository';
import { useCountdown } from '../shared/useCountdown';
import { useLocalizer } from '../strings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
});

/** What a running save is doing: checking, writing n of m, or waiting out throttling (counting down). */
export function SaveProgress(props: { readonly progress: ProgressEvent | undefined }): ReactElement {
  const { progress } = props;
  const { strings, format } = useLocalizer();
  const styles = useStyles();
  const waitLeft = useCountdown(progress?.type === 'throttled' ? progress.waitSeconds : undefined, progress);

  let text = strings.review.saving;
  if (progress?.type === 'reading') {
    text = progress.what === 'confirm' ? strings.review.confirming : strings.review.checking;
  } else if (progress?.type === 'writing') {
    text = format(strings.review.writing, { done: progress.done, total: progress.total });
  } else if (progress?.type === 'throttled') {
    text = format(
      progress.reason === 'unavailable' ? strings.review.unavailableWait : strings.review.throttled,
      { seconds: waitLeft, attempt: progress.attempt },
    );
  }

  return (
    <div className={styles.root}>
      <Spinner size="small" />
      <Body1 role="status">{text}</Body1>
      {progress?.type === 'writing' && progress.total > 0 && (
        <ProgressBar value={progress.done / progress.total} aria-label={text} />
      )}
    </div>
  );
}
