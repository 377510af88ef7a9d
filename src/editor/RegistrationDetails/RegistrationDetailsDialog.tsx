import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import type { Registration } from '../../core/model';
import {
  SETTINGS,
  canEditSetting,
  editedSettings,
  readSettings,
  settingChanges,
} from '../../core/registrationSettings';
import type { SettingKey } from '../../core/registrationSettings';
import { DetailsFields } from '../DetailsDialog/DetailsFields';
import { ErrorExplanation } from '../ErrorExplanation';
import { useEditorHost } from '../host/EditorHostContext';
import { WrappingDialogTitle } from '../shared/WrappingDialogTitle';
import { useLocalizer } from '../strings';
import { SettingsForm } from './SettingsForm';
import type { SettingTexts } from './SettingsForm';
import { SettingsList } from './SettingsList';
import { settingLabel, settingValueText } from '../shared/settingsText';
import { useSettingsSave } from './useSettingsSave';

const useStyles = makeStyles({
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    overflowWrap: 'anywhere',
  },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
  },
});

export interface RegistrationDetailsDialogProps {
  /** The registration as last read (its settings and etag). */
  readonly registration: Registration;
  /** A newer read of the registration (after a save, or read again after a failure). */
  readonly onRead: (registration: Registration) => void;
  readonly onClose: () => void;
}

type Step = 'view' | 'edit' | 'review';

/**
 * The registration's texts in full and its settings in words; the settings a consuming tenant may
 * override can be changed through a review of each before → after, saved with the etag of the latest
 * read. A refusal, a stale etag or a lost answer keeps the edit and says what happened.
 */
export default function RegistrationDetailsDialog(props: RegistrationDetailsDialogProps): ReactElement {
  const { registration, onRead, onClose } = props;
  const { repository } = useEditorHost();
  const localizer = useLocalizer();
  const { strings, format, plural, list } = localizer;
  const words = strings.settings;
  const styles = useStyles();
  const titleId = useId('details-title');
  const settingsHeadingId = useId('settings-heading');
  const [step, setStep] = useState<Step>('view');
  const [texts, setTexts] = useState<SettingTexts>({});
  const { state, save, readAgain } = useSettingsSave(repository, registration, onRead);

  const settings = useMemo(() => readSettings(registration.settings), [registration.settings]);
  const edited = editedSettings(texts);
  const changes = edited === undefined ? [] : settingChanges(settings, edited);
  const editable = SETTINGS.some(({ key }) => canEditSetting(settings, key));

  const busy = state.type === 'saving' || state.type === 'rereading';

  // Each step starts at its title, so keyboard and screen reader users hear where they are.
  useEffect(() => {
    document.getElementById(titleId)?.focus();
  }, [step, busy, titleId]);

  // A save ends in the details (saved, the edit done) or back in the edit (anything else: it stays).
  useEffect(() => {
    if (state.type === 'saved') {
      setTexts({});
      setStep('view');
    } else if (state.type !== 'idle' && state.type !== 'saving' && state.type !== 'rereading') {
      setStep('edit');
    }
  }, [state]);

  const valueText = (key: SettingKey, value: Parameters<typeof settingValueText>[1]): string =>
    settingValueText(key, value, localizer);

  const outcome = (): ReactElement | undefined => {
    switch (state.type) {
      case 'saved':
        return step === 'view' ? (
          <MessageBar intent="success" layout="multiline" politeness="polite">
            <MessageBarBody>{words.saved}</MessageBarBody>
          </MessageBar>
        ) : undefined;
      case 'refused':
        return (
          <MessageBar intent="error" layout="multiline" politeness="assertive">
            <MessageBarBody>
              <MessageBarTitle>{words.refusedTitle}</MessageBarTitle>
              {plural(words.refusedBody, state.changes.length, {
                settings: list(state.changes.map((change) => settingLabel(change.key, localizer))),
              })}
            </MessageBarBody>
          </MessageBar>
        );
      case 'conflict':
        return (
          <MessageBar intent="warning" layout="multiline" politeness="assertive">
            <MessageBarBody>
              <MessageBarTitle>{words.conflictTitle}</MessageBarTitle>
              {words.conflictBody}
              {state.differences.length === 0 ? (
                <Body1 block>{words.conflictNoSettings}</Body1>
              ) : (
                <ul className={styles.list}>
                  {state.differences.map((difference) => (
                    <li key={difference.path}>
                      {format(words.difference, {
                        setting: settingLabel(difference.path, localizer),
                        before: settingValueText(difference.path, difference.before, localizer),
                        now: settingValueText(difference.path, difference.now, localizer),
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
        );
      case 'noEtag':
        return (
          <MessageBar intent="error" layout="multiline" politeness="assertive">
            <MessageBarBody>
              <MessageBarTitle>{words.noEtagTitle}</MessageBarTitle>
              {words.noEtagBody}
            </MessageBarBody>
          </MessageBar>
        );
      case 'notApplied':
        return (
          <MessageBar intent="error" layout="multiline" politeness="assertive">
            <MessageBarBody>
              <MessageBarTitle>{words.notAppliedTitle}</MessageBarTitle>
              {words.notAppliedBody}
            </MessageBarBody>
          </MessageBar>
        );
      case 'unknown':
        return (
          <MessageBar intent="error" layout="multiline" politeness="assertive">
            <MessageBarBody>
              <MessageBarTitle>{words.unknownTitle}</MessageBarTitle>
              {words.unknownBody}
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={readAgain}>{words.readAgain}</Button>
            </MessageBarActions>
          </MessageBar>
        );
      case 'failed':
        return <ErrorExplanation error={state.error} />;
      default:
        return undefined;
    }
  };

  let content: ReactElement;
  let actions: ReactElement;
  if (busy) {
    content = <Spinner label={state.type === 'saving' ? words.saving : words.rereading} />;
    actions = <></>;
  } else if (step === 'review') {
    content = (
      <>
        <Body1>{words.reviewIntro}</Body1>
        <ul className={styles.list}>
          {changes.map((change) => (
            <li key={change.key}>
              {format(words.changeLine, {
                setting: settingLabel(change.key, localizer),
                before: valueText(change.key, change.before),
                after: valueText(change.key, change.after),
              })}
            </li>
          ))}
        </ul>
      </>
    );
    actions = (
      <>
        <Button appearance="primary" disabledFocusable={changes.length === 0} onClick={() => save(changes)}>
          {words.save}
        </Button>
        <Button onClick={() => setStep('edit')}>{words.backToEdit}</Button>
      </>
    );
  } else if (step === 'edit') {
    content = (
      <>
        {outcome()}
        <Body1>{words.editIntro}</Body1>
        <SettingsForm
          settings={settings}
          texts={texts}
          onChange={(key, text) => setTexts((current) => ({ ...current, [key]: text }))}
        />
      </>
    );
    actions = (
      <>
        <Button
          appearance="primary"
          disabledFocusable={changes.length === 0 || state.type === 'unknown'}
          onClick={() => setStep('review')}
        >
          {plural(words.review, changes.length)}
        </Button>
        <Button
          onClick={() => {
            setTexts({});
            setStep('view');
          }}
        >
          {strings.common.cancel}
        </Button>
      </>
    );
  } else {
    content = (
      <>
        {state.type === 'saved' && outcome()}
        <DetailsFields
          fields={[
            { label: strings.details.name, value: registration.name },
            { label: strings.details.containerTypeId, value: registration.id },
            { label: strings.details.owningAppId, value: registration.owningAppId },
          ]}
        />
        <SettingsList settings={settings} headingId={settingsHeadingId} />
      </>
    );
    actions = (
      <>
        {editable && <Button onClick={() => setStep('edit')}>{words.change}</Button>}
        <Button appearance="primary" onClick={onClose}>
          {strings.common.close}
        </Button>
      </>
    );
  }

  const title =
    step === 'view'
      ? strings.details.registrationTitle
      : step === 'edit'
        ? words.editTitle
        : words.reviewTitle;
  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && !busy && onClose()}>
      <DialogSurface aria-labelledby={titleId}>
        <DialogBody>
          <WrappingDialogTitle id={titleId} tabIndex={-1}>
            {title}
          </WrappingDialogTitle>
          <DialogContent className={styles.content}>{content}</DialogContent>
          <DialogActions>{actions}</DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
