import { Badge, makeStyles, mergeClasses } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { displayText, MAX_LABEL_LENGTH } from '../../core/displayText';
import { hasHiddenCharacters } from '../../core/hiddenCharacters';
import { useLocalizer } from '../strings';

/**
 * For any box that shows untrusted text, alone or among its own words (a heading, a dialog title): a
 * long unbroken name wraps anywhere, and the box may shrink below it, so it never widens the page.
 */
export const useUntrustedBlockStyles = makeStyles({
  root: {
    minWidth: 0,
    overflowWrap: 'anywhere',
  },
});

const useStyles = makeStyles({
  // Isolated (`<bdi>`): right-to-left text in a name never reorders what stands around it.
  text: {
    unicodeBidi: 'isolate',
    maxWidth: '100%',
  },
  oneLine: {
    display: 'block',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
  },
  twoLines: {
    display: '-webkit-box',
    WebkitBoxOrient: 'vertical',
    WebkitLineClamp: '2',
    overflow: 'hidden',
  },
  flag: {
    flexShrink: 0,
    maxWidth: '100%',
  },
});

export interface UntrustedTextProps {
  /** The text as Graph or the directory sent it. */
  readonly text: string;
  /** Lines shown before the text is cut off with an ellipsis (the full text is in a tooltip and the details). */
  readonly lines?: 1 | 2 | 'all';
  readonly className?: string;
}

/**
 * A name, id or value from Graph, shown safely: isolated from the text around it, hidden characters
 * shown as code points and flagged ("Hidden characters") for eyes and screen readers alike, its
 * length bounded, and cut to `lines` lines so that no length breaks the layout.
 */
export function UntrustedText(props: UntrustedTextProps): ReactElement {
  const { text, lines = 'all', className } = props;
  const block = useUntrustedBlockStyles();
  const styles = useStyles();
  return (
    <>
      <bdi
        className={mergeClasses(
          block.root,
          styles.text,
          lines === 1 && styles.oneLine,
          lines === 2 && styles.twoLines,
          className,
        )}
      >
        {displayText(text, lines === 'all' ? Number.MAX_SAFE_INTEGER : MAX_LABEL_LENGTH)}
      </bdi>
      {hasHiddenCharacters(text) && <HiddenCharactersFlag />}
    </>
  );
}

/** The visible and spoken mark of a name with hidden characters. */
export function HiddenCharactersFlag(props: { readonly className?: string }): ReactElement {
  const { strings } = useLocalizer();
  const styles = useStyles();
  return (
    <Badge
      appearance="tint"
      color="warning"
      size="small"
      className={mergeClasses(styles.flag, props.className)}
    >
      {strings.untrusted.hiddenCharacters}
    </Badge>
  );
}
