import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { displayText } from '../../core/displayText';
import type { ReadWarning } from '../../core/model';
import { useLocalizer } from '../strings';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    overflowWrap: 'anywhere',
  },
});

export interface ReadWarningListProps {
  readonly title: string;
  readonly intro?: string;
  readonly warnings: readonly ReadWarning[];
  /** A last line after the list, e.g. how many warnings a long list leaves out. */
  readonly more?: string;
  readonly onDismiss?: () => void;
}

/** What a tolerant read repaired or could not repair, each as one sentence (values shown as text). */
export function ReadWarningList(props: ReadWarningListProps): ReactElement {
  const { title, intro, warnings, more, onDismiss } = props;
  const { strings, format } = useLocalizer();
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {intro}
        <ul className={styles.list}>
          {warnings.map((warning, index) => (
            <li key={`${warning.code}:${warning.path}:${index}`}>
              {/* What the service sent is bounded here; the app's details show it in full. */}
              {format(strings.warnings[warning.code], {
                path: warning.path,
                found: displayText(warning.found ?? ''),
                readAs: warning.readAs ?? '',
                appId: displayText(warning.appId ?? ''),
              })}
            </li>
          ))}
        </ul>
        {more}
      </MessageBarBody>
      {onDismiss && (
        <MessageBarActions>
          <Button onClick={onDismiss}>{strings.registration.dismiss}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
