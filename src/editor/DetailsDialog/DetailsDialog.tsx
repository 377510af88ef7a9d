import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useLocalizer } from '../strings';
import { WrappingDialogTitle } from '../shared/WrappingDialogTitle';
import { DetailsFields } from './DetailsFields';
import type { DetailsField } from './DetailsFields';

export type { DetailsField } from './DetailsFields';

export interface DetailsDialogProps {
  readonly title: string;
  readonly fields: readonly DetailsField[];
  readonly onClose: () => void;
}

/** An app's or a registration's texts in full (`DetailsFields`), in a dialog. */
export default function DetailsDialog(props: DetailsDialogProps): ReactElement {
  const { title, fields, onClose } = props;
  const { strings } = useLocalizer();
  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <WrappingDialogTitle>{title}</WrappingDialogTitle>
          <DialogContent>
            <DetailsFields fields={fields} />
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {strings.common.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
