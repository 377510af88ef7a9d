import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { ReactElement } from 'react';
import { useLocalizer } from '../strings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  id: {
    fontFamily: tokens.fontFamilyMonospace,
    userSelect: 'all',
    overflowWrap: 'anywhere',
  },
});

type CopyState = 'idle' | 'copied' | 'failed';

/** The Graph request id (and time) support needs, selectable and copyable. */
export function RequestId(props: { readonly requestId: string; readonly date?: string }): ReactElement {
  const { strings, format, formatDate, formatTime } = useLocalizer();
  const styles = useStyles();
  const [copy, setCopy] = useState<CopyState>('idle');

  const onCopy = async (): Promise<void> => {
    // Clipboard access is missing outside secure contexts and may be refused inside frames.
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (!clipboard || typeof clipboard.writeText !== 'function') {
      setCopy('failed');
      return;
    }
    try {
      await clipboard.writeText(props.requestId);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <span className={styles.root}>
      <Caption1 className={styles.id}>{format(strings.errors.requestId, { id: props.requestId })}</Caption1>
      {props.date && (
        <Caption1>
          {format(strings.errors.date, {
            date:
              formatDate(props.date) === props.date
                ? props.date
                : `${formatDate(props.date)} ${formatTime(props.date)}`,
          })}
        </Caption1>
      )}
      <Button size="small" appearance="secondary" onClick={() => void onCopy()}>
        {strings.errors.copy}
      </Button>
      <Caption1 role="status">
        {copy === 'copied' ? strings.errors.copied : copy === 'failed' ? strings.errors.copyFailed : ''}
      </Caption1>
    </span>
  );
}
