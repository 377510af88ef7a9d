import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { ReactElement } from 'react';
import type { Registration } from '../../core/model';
import { readSettings } from '../../core/registrationSettings';
import type { SettingKey } from '../../core/registrationSettings';
import { settingLabel, settingValueText } from '../shared/settingsText';
import { useLocalizer } from '../strings';
import { Spacer } from './Spacer';
import { useTenantOverviewStyles } from './useTenantOverviewStyles.styles';

const useStyles = makeStyles({
  row: {
    backgroundColor: tokens.colorNeutralBackground2,
  },
  label: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    height: 'auto',
    backgroundColor: tokens.colorNeutralBackground2,
    fontSize: tokens.fontSizeBase200,
  },
  value: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    height: 'auto',
    fontSize: tokens.fontSizeBase200,
    verticalAlign: 'top',
  },
  // A long link template stays a few lines: the details show it in full.
  clamp: {
    display: '-webkit-box',
    WebkitBoxOrient: 'vertical',
    WebkitLineClamp: '3',
    overflow: 'hidden',
    overflowWrap: 'anywhere',
  },
});

export interface SettingRowsProps {
  readonly settingKeys: readonly SettingKey[];
  /** Every column shown (filtered), and the window of them rendered. */
  readonly registrations: readonly Registration[];
  readonly colStart: number;
  readonly colEnd: number;
  readonly leftSpace: number;
  readonly rightSpace: number;
}

/**
 * The settings the admin chose, one row each under the registrations' names: each registration's value
 * in words. Read once per list of registrations shown, and only for the columns the window renders.
 */
export function SettingRows(props: SettingRowsProps): ReactElement {
  const { settingKeys, registrations, colStart, colEnd, leftSpace, rightSpace } = props;
  const localizer = useLocalizer();
  const grid = useTenantOverviewStyles();
  const styles = useStyles();
  const settings = useMemo(
    () =>
      new Map(registrations.map((registration) => [registration.id, readSettings(registration.settings)])),
    [registrations],
  );
  return (
    <>
      {settingKeys.map((key, index) => (
        <tr key={key} aria-rowindex={index + 2} className={styles.row}>
          <th scope="row" aria-colindex={1} className={mergeClasses(grid.rowHeader, styles.label)}>
            {settingLabel(key, localizer)}
          </th>
          {leftSpace > 0 && <Spacer width={leftSpace} />}
          {registrations.slice(colStart, colEnd).map((registration, offset) => {
            const read = settings.get(registration.id);
            const other = read?.other.find((item) => item.path === key);
            return (
              <td
                key={registration.id}
                aria-colindex={colStart + offset + 2}
                className={mergeClasses(grid.cell, styles.value)}
              >
                <span className={styles.clamp}>
                  {settingValueText(key, other?.text ?? read?.values[key], localizer)}
                </span>
              </td>
            );
          })}
          {rightSpace > 0 && <Spacer width={rightSpace} />}
        </tr>
      ))}
    </>
  );
}
