import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  useId,
} from '@fluentui/react-components';
import type { MessageBarIntent } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';
import { useLocalizer } from '../strings';
import { useRememberedFlag } from './useRememberedFlag';

const useStyles = makeStyles({
  // One line where there is room; a narrow tab wraps the title instead of scrolling sideways.
  folded: { whiteSpace: 'normal' },
});

export interface FoldableNoticeProps {
  /** Names the remembered choice: one per kind of notice. */
  readonly name: string;
  readonly intent: MessageBarIntent;
  readonly title: string;
  readonly body: ReactNode;
  readonly actions?: ReactNode;
}

/**
 * A notice on one line (its title and actions) that unfolds to say more. Folded at first, so the matrix
 * stays on the first screen of a 620 px Teams tab; the browser remembers the admin's choice.
 */
export function FoldableNotice(props: FoldableNoticeProps): ReactElement {
  const { name, intent, title, body, actions } = props;
  const { strings } = useLocalizer();
  const [unfolded, setUnfolded] = useRememberedFlag(`notice-unfolded:${name}`, false);
  const bodyId = useId('notice-body');
  const styles = useStyles();
  return (
    <MessageBar
      intent={intent}
      layout={unfolded ? 'multiline' : 'singleline'}
      className={unfolded ? undefined : styles.folded}
    >
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {unfolded && <span id={bodyId}>{body}</span>}
      </MessageBarBody>
      <MessageBarActions>
        <Button
          appearance="transparent"
          aria-expanded={unfolded}
          aria-controls={unfolded ? bodyId : undefined}
          onClick={() => setUnfolded(!unfolded)}
        >
          {unfolded ? strings.common.lessDetails : strings.common.moreDetails}
        </Button>
        {actions}
      </MessageBarActions>
    </MessageBar>
  );
}
