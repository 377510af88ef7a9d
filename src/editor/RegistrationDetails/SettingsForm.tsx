import { Field, Input, Select, Switch, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import {
  SETTINGS,
  SHARING_CAPABILITIES,
  canEditSetting,
  parseSettingInput,
  settingInputText,
} from '../../core/registrationSettings';
import type { ReadSettings, SettingKey } from '../../core/registrationSettings';
import { useLocalizer } from '../strings';
import { sizeText } from '../shared/settingsText';

const useStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
});

/** The admin's text per setting changed in the form (a setting not touched is absent). */
export type SettingTexts = Partial<Readonly<Record<SettingKey, string>>>;

export interface SettingsFormProps {
  readonly settings: ReadSettings;
  readonly texts: SettingTexts;
  readonly onChange: (key: SettingKey, text: string) => void;
}

/** The settings a consuming tenant may ask to change, each with the control its type needs. */
export function SettingsForm(props: SettingsFormProps): ReactElement {
  const { settings, texts, onChange } = props;
  const localizer = useLocalizer();
  const { strings, format } = localizer;
  const words = strings.settings;
  const styles = useStyles();
  return (
    <div className={styles.form}>
      {SETTINGS.filter(({ key }) => canEditSetting(settings, key)).map(({ key, kind }) => {
        const label = words.labels[key];
        const text = texts[key] ?? settingInputText(settings.values[key]);
        const parsed = parseSettingInput(kind, text);
        // Only what the admin typed is checked: a setting the service did not send starts empty.
        const problem =
          texts[key] !== undefined && 'problem' in parsed ? words.problems[parsed.problem] : undefined;
        if (kind === 'boolean')
          return (
            <Switch
              key={key}
              label={label}
              checked={text === 'true'}
              onChange={(_event, data) => onChange(key, String(data.checked))}
            />
          );
        const hint =
          kind === 'bytes' && !('problem' in parsed) && typeof parsed.value === 'number'
            ? format(words.bytesHint, { size: sizeText(parsed.value, localizer) })
            : kind === 'hosts'
              ? words.hostsHint
              : undefined;
        return (
          <Field
            key={key}
            label={label}
            hint={hint}
            validationState={problem === undefined ? 'none' : 'error'}
            validationMessage={problem}
          >
            {kind === 'sharing' ? (
              <Select value={text} onChange={(_event, data) => onChange(key, data.value)}>
                {SHARING_CAPABILITIES.map((value) => (
                  <option key={value} value={value}>
                    {words.sharing[value]}
                  </option>
                ))}
              </Select>
            ) : kind === 'hosts' ? (
              <Textarea
                value={text}
                resize="vertical"
                onChange={(_event, data) => onChange(key, data.value)}
              />
            ) : (
              <Input
                value={text}
                inputMode={kind === 'url' ? 'url' : 'numeric'}
                onChange={(_event, data) => onChange(key, data.value)}
              />
            )}
          </Field>
        );
      })}
    </div>
  );
}
