import {
  Body1,
  Button,
  DialogActions,
  DialogContent,
  Field,
  Radio,
  RadioGroup,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { ReactElement } from 'react';
import type { Grant } from '../../core/model';
import { cellState } from '../../core/rules';
import type { GrantConflict } from '../../core/model';
import { MATRIX_COLUMNS } from '../PermissionMatrix/matrixColumns';
import type { ConflictResolution } from '../session/editingSession';
import { planeOf } from '../../core/grantList';
import { mergeGrant } from '../../core/mergeGrant';
import { useLocalizer } from '../strings';
import type { Strings } from '../strings';
import { WrappingDialogTitle } from '../shared/WrappingDialogTitle';

const useStyles = makeStyles({
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  app: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tableScroller: {
    overflowX: 'auto',
  },
});

export type ConflictChoice = 'theirs' | 'mine' | 'merge';

/** The value a choice stands for (`undefined`: the app has no grant). */
export function chosenGrant(conflict: GrantConflict, choice: ConflictChoice): Grant | undefined {
  if (choice === 'theirs') return conflict.theirs;
  if (choice === 'mine') return conflict.mine;
  return mergeGrant(conflict);
}

function stateText(
  grant: Grant | undefined,
  column: (typeof MATRIX_COLUMNS)[number],
  strings: Strings,
): string {
  if (!grant) return strings.conflicts.absent;
  const state = cellState(planeOf(grant, column.plane), column.permission);
  return state === 'granted'
    ? strings.conflicts.granted
    : state === 'implied'
      ? strings.conflicts.implied
      : strings.conflicts.off;
}

function isOn(grant: Grant | undefined, column: (typeof MATRIX_COLUMNS)[number]): boolean {
  return grant !== undefined && cellState(planeOf(grant, column.plane), column.permission) !== 'off';
}

/** Whether a side (theirs or mine) changed this cell since loading: the app came or went, or the cell did. */
function changedSinceLoading(
  grant: Grant | undefined,
  baseline: Grant | undefined,
  column: (typeof MATRIX_COLUMNS)[number],
): boolean {
  return (grant === undefined) !== (baseline === undefined) || isOn(grant, column) !== isOn(baseline, column);
}

export interface ConflictResolverProps {
  readonly conflicts: readonly GrantConflict[];
  readonly labelOf: (appId: string) => string;
  readonly onApply: (resolutions: readonly ConflictResolution[]) => void;
  readonly onCancel: () => void;
}

/**
 * For each app changed elsewhere: the cells where the loaded value, the service's value and this
 * admin's value differ, and an explicit choice (keep theirs, keep mine, merge). No default: nothing
 * is overwritten unless the admin says so.
 */
export default function ConflictResolver(props: ConflictResolverProps): ReactElement {
  const { conflicts, labelOf, onApply, onCancel } = props;
  const { strings, format } = useLocalizer();
  const styles = useStyles();
  const [choices, setChoices] = useState<Readonly<Record<string, ConflictChoice>>>({});
  const complete = conflicts.every((conflict) => choices[conflict.appId] !== undefined);

  const apply = (): void =>
    onApply(
      conflicts.map((conflict) => ({
        appId: conflict.appId,
        theirs: conflict.theirs,
        chosen: chosenGrant(conflict, choices[conflict.appId]),
      })),
    );

  return (
    <>
      <WrappingDialogTitle>{strings.conflicts.title}</WrappingDialogTitle>
      <DialogContent className={styles.content}>
        <Body1>{strings.conflicts.intro}</Body1>
        {conflicts.map((conflict) => {
          const app = labelOf(conflict.appId);
          const grants = [conflict.baseline, conflict.theirs, conflict.mine];
          const columns = MATRIX_COLUMNS.filter((column) => {
            const values = grants.map((grant) => isOn(grant, column));
            return values.some((value) => value !== values[0]);
          });
          return (
            <section key={conflict.appId} className={styles.app} aria-label={app}>
              <Subtitle2 as="h3">{app}</Subtitle2>
              {columns.length > 0 && (
                <div className={styles.tableScroller}>
                  <Table size="small" aria-label={app}>
                    <TableHeader>
                      <TableRow>
                        <TableHeaderCell>{strings.conflicts.permission}</TableHeaderCell>
                        <TableHeaderCell>{strings.conflicts.baseline}</TableHeaderCell>
                        <TableHeaderCell>{strings.conflicts.theirs}</TableHeaderCell>
                        <TableHeaderCell>{strings.conflicts.mine}</TableHeaderCell>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {columns.map((column) => (
                        <TableRow key={`${column.plane}:${column.permission}`}>
                          <TableCell>{`${strings.planes[column.plane]} · ${column.permission}`}</TableCell>
                          <TableCell>{stateText(conflict.baseline, column, strings)}</TableCell>
                          {/* Only what each side changed: a cell nobody touched is not "not granted" by them. */}
                          {[conflict.theirs, conflict.mine].map((grant, index) => (
                            <TableCell key={index}>
                              {changedSinceLoading(grant, conflict.baseline, column)
                                ? stateText(grant, column, strings)
                                : strings.conflicts.unchanged}
                            </TableCell>
                          ))}
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </div>
              )}
              <Field label={format(strings.conflicts.choice, { app })} hint={strings.conflicts.mergeHint}>
                <RadioGroup
                  layout="horizontal"
                  value={choices[conflict.appId] ?? ''}
                  onChange={(_event, data) =>
                    setChoices((current) => ({ ...current, [conflict.appId]: data.value as ConflictChoice }))
                  }
                >
                  <Radio value="theirs" label={strings.conflicts.keepTheirs} />
                  <Radio value="mine" label={strings.conflicts.keepMine} />
                  <Radio value="merge" label={strings.conflicts.merge} />
                </RadioGroup>
              </Field>
            </section>
          );
        })}
      </DialogContent>
      <DialogActions>
        <Button appearance="secondary" onClick={onCancel}>
          {strings.common.cancel}
        </Button>
        <Button appearance="primary" disabled={!complete} onClick={apply}>
          {strings.conflicts.apply}
        </Button>
      </DialogActions>
    </>
  );
}
