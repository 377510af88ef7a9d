import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import type { RegistrationWithGrants } from '../../core/model';
import { validateAppId } from '../../core/validate';
import type { GraphError } from '../../graph/errors';
import { ErrorExplanation, toGraphError } from '../ErrorExplanation';
import { useEditorHost } from '../host/EditorHostContext';
import { useLocalizer } from '../strings';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
});

export interface RegisterDialogProps {
  readonly containerTypeId?: string;
  readonly owningAppId?: string;
  readonly onRegistered: (registration: RegistrationWithGrants) => void;
  readonly onClose: () => void;
}

/** First-time registration of a container type (the repository keeps existing grants and the owning app). */
export default function RegisterDialog(props: RegisterDialogProps): ReactElement {
  const { onRegistered, onClose } = props;
  const { repository, logger } = useEditorHost();
  const { strings } = useLocalizer();
  const styles = useStyles();
  const [containerTypeId, setContainerTypeId] = useState(props.containerTypeId ?? '');
  const [owningAppId, setOwningAppId] = useState(props.owningAppId ?? '');
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<GraphError>();

  // Both are GUIDs; the same check and messages as the client id of an app.
  const problemText = (value: string): string | undefined => {
    const problem = validateAppId(value.trim());
    if (!problem || (problem.code === 'empty' && !submitted)) return undefined;
    return strings.addApp.problems[problem.code];
  };
  const containerTypeProblem = problemText(containerTypeId);
  const owningAppProblem = problemText(owningAppId);

  const register = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    try {
      const registration = await repository.registerContainerType(
        containerTypeId.trim(),
        owningAppId.trim(),
        [],
      );
      onRegistered(registration);
    } catch (caught) {
      const graphError = toGraphError(caught);
      logger.warn('Registering a container type failed', { code: graphError.code });
      setError(graphError);
      setBusy(false);
    }
  };

  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    setSubmitted(true);
    if (validateAppId(containerTypeId.trim()) || validateAppId(owningAppId.trim())) return;
    void register();
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && !busy && onClose()}>
      <DialogSurface>
        <form onSubmit={onSubmit} noValidate>
          <DialogBody>
            <DialogTitle>{strings.register.title}</DialogTitle>
            <DialogContent className={styles.form}>
              <Body1>{strings.register.body}</Body1>
              <Field
                label={strings.register.containerTypeIdLabel}
                required
                validationState={containerTypeProblem ? 'error' : 'none'}
                validationMessage={containerTypeProblem}
              >
                <Input
                  value={containerTypeId}
                  onChange={(_event, data) => setContainerTypeId(data.value)}
                  autoComplete="off"
                />
              </Field>
              <Field
                label={strings.register.owningAppIdLabel}
                required
                validationState={owningAppProblem ? 'error' : 'none'}
                validationMessage={owningAppProblem}
              >
                <Input
                  value={owningAppId}
                  onChange={(_event, data) => setOwningAppId(data.value)}
                  autoComplete="off"
                />
              </Field>
              {busy && <Spinner size="small" label={strings.register.registering} />}
              {error && <ErrorExplanation error={error} onRetry={() => void register()} />}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onClose} disabledFocusable={busy}>
                {strings.common.cancel}
              </Button>
              <Button appearance="primary" type="submit" disabledFocusable={busy}>
                {strings.register.submit}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
