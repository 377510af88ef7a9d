import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  makeStyles,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useLocalizer } from '../strings';
import { WrappingDialogTitle } from '../shared/WrappingDialogTitle';

const useStyles = makeStyles({
  // Dialog actions get half the dialog's width by default, which broke "Discard changes and leave"
  // over two lines: the actions take the whole row, each label stays on one line, and a narrow
  // dialog moves a whole button to the next row instead.
  actions: { flexWrap: 'wrap' },
  action: { whiteSpace: 'nowrap' },
});

export interface LeaveDialogProps {
  readonly changedApps: number;
  readonly onStay: () => void;
  readonly onLeave: () => void;
  readonly onDiscardAndLeave: () => void;
}

/** Asked before going back to the list with unsaved edits (they stay as a draft unless discarded). */
export default function LeaveDialog(props: LeaveDialogProps): ReactElement {
  const { changedApps, onStay, onLeave, onDiscardAndLeave } = props;
  const { strings, plural } = useLocalizer();
  const styles = useStyles();
  return (
    <Dialog open modalType="alert" onOpenChange={(_event, data) => !data.open && onStay()}>
      <DialogSurface>
        <DialogBody>
          <WrappingDialogTitle>{strings.registration.leaveTitle}</WrappingDialogTitle>
          <DialogContent>{plural(strings.registration.leaveBody, changedApps)}</DialogContent>
          <DialogActions fluid className={styles.actions}>
            <Button appearance="primary" className={styles.action} onClick={onStay}>
              {strings.registration.stay}
            </Button>
            <Button className={styles.action} onClick={onLeave}>
              {strings.registration.leave}
            </Button>
            <Button className={styles.action} onClick={onDiscardAndLeave}>
              {strings.registration.discardAndLeave}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
