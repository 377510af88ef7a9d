import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useLocalizer } from '../strings';

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
  return (
    <Dialog open modalType="alert" onOpenChange={(_event, data) => !data.open && onStay()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{strings.registration.leaveTitle}</DialogTitle>
          <DialogContent>{plural(strings.registration.leaveBody, changedApps)}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onStay}>
              {strings.registration.stay}
            </Button>
            <Button onClick={onLeave}>{strings.registration.leave}</Button>
            <Button onClick={onDiscardAndLeave}>{strings.registration.discardAndLeave}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
