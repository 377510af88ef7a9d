import {
  Body1,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  Field,
  Input,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import type { Registration } from '../../core/model';
import { sameAppId } from '../../core/normalise';
import { readGuidInput, validateAppId } from '../../core/validate';
import type { GraphError } from '../../graph/errors';
import type { RegisterOutcome } from '../../graph/RegistrationRepository';
import { ErrorExplanation, toGraphError } from '../ErrorExplanation';
import { useEditorHost } from '../host/EditorHostContext';
import { lookupAppName } from '../shared/useAppNames';
import { useLocalizer } from '../strings';
import { WrappingDialogTitle } from '../shared/WrappingDialogTitle';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
});

export interface RegisterDialogProps {
  readonly containerTypeId?: string;
  /**
   * Registrations the tool has read (the list, the overview, an open matrix). Naming one of them opens
   * it, with no request and whatever the service answers now: a registration PUT replaces every grant.
   */
  readonly knownRegistrations?: readonly Registration[];
  /** Called with what the service holds afterwards, or with the registration found already there. */
  readonly onDone: (outcome: RegisterOutcome) => void;
  readonly onClose: () => void;
}

/**
 * First-time registration of a container type. The owning app gets `full` on both planes, so it is
 * never guessed: with `.Selected` the tool's own app is offered (it owns every type the tool can
 * register), and any other id, or any id with `.Manage.All`, must be confirmed explicitly.
 */
export default function RegisterDialog(props: RegisterDialogProps): ReactElement {
  const { onDone, onClose, knownRegistrations } = props;
  const { repository, logger, scopeMode, clientId } = useEditorHost();
  const { strings, format } = useLocalizer();
  const styles = useStyles();
  const offeredOwner = scopeMode === 'selected' ? clientId : undefined;
  const [containerTypeId, setContainerTypeId] = useState(props.containerTypeId ?? '');
  const [owningAppId, setOwningAppId] = useState(offeredOwner ?? '');
  const [ownerConfirmed, setOwnerConfirmed] = useState(false);
  const [ownerName, setOwnerName] = useState<string>();
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<GraphError>();

  const owner = readGuidInput(owningAppId);
  const typeId = readGuidInput(containerTypeId);
  const ownerValid = validateAppId(owner) === undefined;
  // The offered id is the signed-in app itself; any other id could hand full access to the wrong app.
  const needsConfirmation = !(offeredOwner !== undefined && sameAppId(owner, offeredOwner));
  const confirmationMissing = needsConfirmation && !ownerConfirmed;
  // What the tool has read outranks a fresh 404, which may be a lagging replica or a stray fault.
  const known = knownRegistrations?.find((registration) => sameAppId(registration.id, typeId));

  // Both are GUIDs; the same check and messages as the client id of an app.
  const problemText = (value: string): string | undefined => {
    const problem = validateAppId(value);
    if (!problem || (problem.code === 'empty' && !submitted)) return undefined;
    return strings.addApp.problems[problem.code];
  };
  const containerTypeProblem = problemText(typeId);
  const owningAppProblem = problemText(owner);

  // A changed id is a new claim of ownership: confirm it again.
  useEffect(() => setOwnerConfirmed(false), [owner]);
  useEffect(() => {
    setOwnerName(undefined);
    if (!ownerValid) return undefined;
    const controller = new AbortController();
    void lookupAppName(repository, owner, controller.signal).then((name) => {
      if (!controller.signal.aborted) setOwnerName(name);
    });
    return () => controller.abort();
  }, [repository, owner, ownerValid]);

  const register = async (): Promise<void> => {
    if (known !== undefined) {
      onDone({ type: 'already_registered', registration: known });
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      onDone(await repository.registerContainerType(typeId, owner));
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
    if (validateAppId(typeId)) return;
    // Opening a registered type writes nothing, so it needs no owner to be confirmed.
    if (known === undefined && (!ownerValid || confirmationMissing)) return;
    void register();
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && !busy && onClose()}>
      <DialogSurface>
        <form onSubmit={onSubmit} noValidate>
          <DialogBody>
            <WrappingDialogTitle>{strings.register.title}</WrappingDialogTitle>
            <DialogContent className={styles.form}>
              <Body1>{strings.register.body}</Body1>
              <Field
                label={strings.register.containerTypeIdLabel}
                hint={strings.register.containerTypeIdHint}
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
                hint={
                  offeredOwner !== undefined
                    ? format(strings.register.owningAppIdHintSelected, { clientId: offeredOwner })
                    : strings.register.owningAppIdHintManageAll
                }
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
              {ownerName && <Body1>{format(strings.register.ownerName, { name: ownerName })}</Body1>}
              {ownerValid && needsConfirmation && (
                <Field
                  validationState={submitted && confirmationMissing ? 'error' : 'none'}
                  validationMessage={
                    submitted && confirmationMissing ? strings.register.confirmOwnerRequired : undefined
                  }
                >
                  <Checkbox
                    checked={ownerConfirmed}
                    onChange={(_event, data) => setOwnerConfirmed(data.checked === true)}
                    label={format(strings.register.confirmOwner, { appId: owner })}
                  />
                </Field>
              )}
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
