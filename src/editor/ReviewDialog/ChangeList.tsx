import { makeStyles, tokens } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { GrantChange, Plane } from '../../core/model';
import type { GrantablePermission } from '../../core/permissions';
import { PLANES } from '../../core/model';
import { isGrantablePermission } from '../../core/catalog';
import { planeOf } from '../../core/grantList';
import { PagedList } from '../shared/PagedList';
import { useLocalizer } from '../strings';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  planes: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  app: {
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** Above this many changes the list shows a page at a time: 20,000 at once blocked the page for a minute. */
export const CHANGES_PER_PAGE = 50;

export interface ChangeListProps {
  readonly changes: readonly GrantChange[];
  readonly labelOf: (appId: string) => string;
}

/** The diff in plain words: which apps are added or removed, what is granted or revoked per plane. */
export function ChangeList(props: ChangeListProps): ReactElement {
  const { changes, labelOf } = props;
  const { strings, format, list } = useLocalizer();
  const styles = useStyles();
  const planeName = (plane: Plane): string => strings.planes[plane];
  // Every value a write carries or takes away, values this tool does not know included: a write
  // sends them back unchanged (kept), a removal deletes them with the app (removed).
  const listOrNone = (values: readonly string[], unknownTemplate: string): string =>
    list(
      values
        .filter((value) => value !== 'none')
        .map((value) => (isGrantablePermission(value) ? value : format(unknownTemplate, { value }))),
    ) || strings.common.none;

  const labels = {
    shown: strings.review.changesShown,
    chooser: strings.review.changesPageLabel,
    previous: strings.review.previousChanges,
    next: strings.review.nextChanges,
  };
  return (
    <PagedList count={changes.length} pageSize={CHANGES_PER_PAGE} labels={labels}>
      {({ start, end, listProps, itemProps }) => (
        <ul className={styles.list} {...listProps}>
          {changes.slice(start, end).map((change, offset) => {
            const app = labelOf(change.appId);
            const lines: string[] = [];
            let headline: string;
            if (change.type === 'added') {
              headline = format(strings.review.appAdded, { app });
              for (const plane of PLANES) {
                lines.push(
                  format(strings.review.planeList, {
                    plane: planeName(plane),
                    list: listOrNone(planeOf(change.after, plane), strings.review.keptValue),
                  }),
                );
              }
            } else if (change.type === 'removed') {
              headline = format(strings.review.appRemoved, { app });
              for (const plane of PLANES) {
                lines.push(
                  format(strings.review.planeRemoves, {
                    plane: planeName(plane),
                    list: listOrNone(planeOf(change.before, plane), strings.review.removedValue),
                  }),
                );
              }
            } else {
              headline = format(strings.review.appChanged, { app });
              for (const plane of PLANES) {
                const planeChange = change[plane];
                const added = planeChange.added.filter((value) => value !== 'none');
                const removed = planeChange.removed.filter((value) => value !== 'none');
                if (added.length > 0) {
                  lines.push(
                    format(strings.review.planeGranted, { plane: planeName(plane), list: list(added) }),
                  );
                }
                // Still granted, through what was added: never a revoke.
                const byParent = new Map<GrantablePermission, GrantablePermission[]>();
                for (const { permission, includedIn } of planeChange.included) {
                  byParent.set(includedIn, [...(byParent.get(includedIn) ?? []), permission]);
                }
                for (const [parent, values] of byParent) {
                  lines.push(
                    format(strings.review.planeIncluded, {
                      plane: planeName(plane),
                      list: list(values),
                      parent,
                    }),
                  );
                }
                if (removed.length > 0) {
                  lines.push(
                    format(strings.review.planeRevoked, { plane: planeName(plane), list: list(removed) }),
                  );
                }
              }
              // A per-app write replaces both planes whole: say exactly what it sends.
              for (const plane of PLANES) {
                lines.push(
                  format(strings.review.planeSent, {
                    plane: planeName(plane),
                    list: listOrNone(planeOf(change.after, plane), strings.review.keptValue),
                  }),
                );
              }
            }
            return (
              <li key={change.appId} {...itemProps(start + offset)}>
                <span className={styles.app}>{headline}</span>
                {lines.length > 0 && (
                  <ul className={styles.planes}>
                    {lines.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </PagedList>
  );
}
