import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  Field,
  Input,
  Link,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { sameAppId } from '../../core/normalise';
import { PRESETS } from '../../core/presets';
import type { PresetId } from '../../core/presets';
import { readGuidInput, validateAppId } from '../../core/validate';
import { useEditorHost } from '../host/EditorHostContext';
import { presetGrantsText } from '../shared/presetGrants';
import { lookupAppName } from '../shared/useAppNames';
import { useLocalizer } from '../strings';
import { WrappingDialogTitle } from '../shared/WrappingDialogTitle';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  onboarding: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL },
});

export interface AddAppDialogProps {
  readonly existingAppIds: readonly string[];
  readonly onAdd: (appId: string, presetId: PresetId | undefined) => void;
  readonly onClose: () => void;
}

type Lookup =
  | { readonly status: 'idle' | 'pending' | 'unavailable' }
  | { readonly status: 'found'; readonly name: string };

/** Adds a guest app by client id: validated as typed, optionally from a preset, with its name when visible. */
export default function AddAppDialog(props: AddAppDialogProps): ReactElement {
  const { existingAppIds, onAdd, onClose } = props;
  const { repository, guestConsentUrl } = useEditorHost();
  const localizer = useLocalizer();
  const { strings, format } = localizer;
  const styles = useStyles();
  const [value, setValue] = useState('');
  const [presetId, setPresetId] = useState<PresetId | ''>('');
  const [submitted, setSubmitted] = useState(false);
  const [lookup, setLookup] = useState<Lookup>({ status: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);

  // Braces and capitals as the Entra admin center shows ids are fine: the tool keeps the plain GUID.
  const appId = readGuidInput(value);
  const problem = validateAppId(appId);
  const duplicate = !problem && existingAppIds.some((existing) => sameAppId(existing, appId));
  const problemText = problem
    ? strings.addApp.problems[problem.code]
    : duplicate
      ? strings.addApp.problems.duplicate
      : undefined;
  // As the admin types, except for "empty", which only matters once they try to add.
  const shownProblem = problem?.code === 'empty' && !submitted ? undefined : problemText;
  const valid = !problemText;

  useEffect(() => {
    if (!valid) {
      setLookup({ status: 'idle' });
      return undefined;
    }
    const controller = new AbortController();
    setLookup({ status: 'pending' });
    void lookupAppName(repository, appId, controller.signal).then((name) => {
      if (!controller.signal.aborted) setLookup(name ? { status: 'found', name } : { status: 'unavailable' });
    });
    return () => controller.abort();
  }, [repository, appId, valid]);

  const preset = PRESETS.find((candidate) => candidate.id === presetId);
  const onboardingId = useId('backup-onboarding');

  const onPresetChange = (next: PresetId | ''): void => {
    setPresetId(next);
    const preset = PRESETS.find((candidate) => candidate.id === next);
    // A well-known app's preset knows its client id: fill it in when the field is still empty.
    if (preset?.appId && appId === '') setValue(preset.appId);
  };

  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    setSubmitted(true);
    if (!valid) {
      inputRef.current?.focus();
      return;
    }
    onAdd(appId, presetId === '' ? undefined : presetId);
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface>
        <form onSubmit={onSubmit} noValidate>
          <DialogBody>
            <WrappingDialogTitle>{strings.addApp.title}</WrappingDialogTitle>
            <DialogContent className={styles.form}>
              <Body1>{strings.addApp.guestIntro}</Body1>
              <Field
                label={strings.addApp.appIdLabel}
                hint={strings.addApp.appIdHint}
                validationState={shownProblem ? 'error' : 'none'}
                validationMessage={shownProblem}
                required
              >
                <Input
                  ref={inputRef}
                  value={value}
                  onChange={(_event, data) => setValue(data.value)}
                  autoComplete="off"
                  spellCheck={false}
                />
              </Field>
              <Field
                label={strings.addApp.presetLabel}
                // What the preset grants, before it is applied.
                hint={preset ? presetGrantsText(preset, localizer) : strings.addApp.noPresetGrants}
              >
                <Select
                  value={presetId}
                  onChange={(_event, data) => onPresetChange(data.value as PresetId | '')}
                >
                  <option value="">{strings.addApp.noPreset}</option>
                  {PRESETS.map((preset) => (
                    <option key={preset.id} value={preset.id}>
                      {strings.presets[preset.id]}
                    </option>
                  ))}
                </Select>
              </Field>
              <section className={styles.onboarding} aria-labelledby={onboardingId}>
                <Subtitle2 as="h3" id={onboardingId}>
                  {strings.addApp.backupTitle}
                </Subtitle2>
                <ol className={styles.steps}>
                  <li>
                    {strings.addApp.backupConsent}{' '}
                    {guestConsentUrl && valid ? (
                      <Link href={guestConsentUrl(appId)} target="_blank" rel="noopener noreferrer">
                        {strings.addApp.backupConsentLink}
                      </Link>
                    ) : (
                      strings.addApp.backupConsentEnterId
                    )}
                  </li>
                  <li>{strings.addApp.backupGrant}</li>
                </ol>
              </section>
              <Caption1 role="status">
                {lookup.status === 'pending'
                  ? strings.addApp.lookupPending
                  : lookup.status === 'found'
                    ? format(strings.addApp.lookupFound, { name: lookup.name })
                    : lookup.status === 'unavailable'
                      ? strings.addApp.lookupUnavailable
                      : ''}
              </Caption1>
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onClose}>
                {strings.common.cancel}
              </Button>
              <Button appearance="primary" type="submit">
                {strings.addApp.add}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
