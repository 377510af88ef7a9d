import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  Field,
  Select,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { useLocalizer } from '../strings';
import { WrappingDialogTitle } from '../shared/WrappingDialogTitle';

export interface CopyFromDialogProps {
  readonly targetLabel: string;
  /** The other apps of the matrix. */
  readonly sources: readonly { readonly appId: string; readonly label: string }[];
  readonly onCopy: (fromAppId: string) => void;
  readonly onClose: () => void;
}

/** Chooses the app whose two permission lists are copied onto another app's row. */
export default function CopyFromDialog(props: CopyFromDialogProps): ReactElement {
  const { targetLabel, sources, onCopy, onClose } = props;
  const { strings, format } = useLocalizer();
  const [fromAppId, setFromAppId] = useState(sources[0]?.appId ?? '');

  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    if (fromAppId) onCopy(fromAppId);
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface>
        <form onSubmit={onSubmit}>
          <DialogBody>
            <WrappingDialogTitle>{format(strings.copyFrom.title, { app: targetLabel })}</WrappingDialogTitle>
            <DialogContent>
              <Field label={strings.copyFrom.sourceLabel}>
                <Select value={fromAppId} onChange={(_event, data) => setFromAppId(data.value)}>
                  {sources.map((source) => (
                    <option key={source.appId} value={source.appId}>
                      {source.label === source.appId ? source.appId : `${source.label} (${source.appId})`}
                    </option>
                  ))}
                </Select>
              </Field>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onClose}>
                {strings.common.cancel}
              </Button>
              <Button appearance="primary" type="submit" disabled={!fromAppId}>
                {strings.copyFrom.copy}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
