import { Body1, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { displayText } from '../../core/displayText';
import { SETTINGS } from '../../core/registrationSettings';
import type { ReadSettings } from '../../core/registrationSettings';
import { useLocalizer } from '../strings';
import { settingLabel, settingValueText } from '../shared/settingsText';

const useStyles = makeStyles({
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    tableLayout: 'fixed',
  },
  cell: {
    textAlign: 'start',
    verticalAlign: 'top',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  label: {
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    width: '45%',
  },
});

/** Longer than any real setting's text; a hostile one is still bounded. */
const MAX_VALUE_LENGTH = 2000;

/**
 * The registration's settings in the admin's words, in the table's order; then whatever else the
 * service sent, each as its path and its JSON text (untrusted: text only, bounded).
 */
export function SettingsList(props: {
  readonly settings: ReadSettings;
  readonly headingId: string;
}): ReactElement {
  const { settings, headingId } = props;
  const localizer = useLocalizer();
  const texts = localizer.strings.settings;
  const styles = useStyles();
  const known = SETTINGS.filter(({ key }) => settings.values[key] !== undefined);
  const rows = [
    ...known.map(({ key }) => ({
      path: key as string,
      label: settingLabel(key, localizer),
      value: settingValueText(key, settings.values[key], localizer),
    })),
    ...settings.other.map((item) => ({
      path: item.path,
      label: settingLabel(item.path, localizer),
      value: displayText(item.text, MAX_VALUE_LENGTH),
    })),
  ];
  return (
    <section aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId}>
        {texts.heading}
      </Subtitle2>
      {rows.length === 0 ? (
        <Body1>{texts.none}</Body1>
      ) : (
        <table className={styles.table} aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col" className={`${styles.cell} ${styles.label}`}>
                {texts.settingColumn}
              </th>
              <th scope="col" className={styles.cell}>
                {texts.valueColumn}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={`${index}:${row.path}`}>
                <th scope="row" className={`${styles.cell} ${styles.label}`}>
                  {row.label}
                </th>
                <td className={styles.cell}>{row.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
