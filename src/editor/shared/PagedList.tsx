import { Body1, Button, Input, Select, makeStyles, tokens, useId } from '@fluentui/react-components';
import { useState } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { useLocalizer } from '../strings';

const useStyles = makeStyles({
  paged: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  pager: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
});

/** What a paged list says, each with `{first}`, `{last}` and (`shown`) `{total}`. */
export interface PagedListLabels {
  /** "Changes 1–50 of 250": announced when another page shows, and the list's name. */
  readonly shown: string;
  /** The page chooser's name. */
  readonly chooser: string;
  readonly previous: string;
  readonly next: string;
}

export interface PagedListProps {
  readonly count: number;
  readonly pageSize: number;
  readonly labels: PagedListLabels;
  /**
   * The items `start` to `end` (exclusive). `pageProps` go on the list element (its name) and, through
   * `itemProps`, on each item: where it stands in the whole.
   */
  readonly children: (page: {
    readonly start: number;
    readonly end: number;
    readonly listProps: { readonly 'aria-labelledby'?: string };
    readonly itemProps: (index: number) => {
      readonly 'aria-posinset'?: number;
      readonly 'aria-setsize'?: number;
    };
  }) => ReactNode;
}

/**
 * A long list one page at a time, with the way to every other page: thousands of entries rendered at
 * once blocked the page for seconds. Paged rather than windowed on scroll: every entry a page shows is
 * in the document, so a screen reader reads the list as it is, and each entry still says where it
 * stands in the whole (aria-posinset / aria-setsize). Up to one page, the list shows whole.
 */
export function PagedList(props: PagedListProps): ReactElement {
  const { count, pageSize, labels, children } = props;
  const { strings, format, formatNumber } = useLocalizer();
  const styles = useStyles();
  const rangeId = useId('page-range');
  const [chosenPage, setChosenPage] = useState(0);
  if (count <= pageSize)
    return <>{children({ start: 0, end: count, listProps: {}, itemProps: () => ({}) })}</>;

  const pageCount = Math.ceil(count / pageSize);
  // The list may have shrunk since a page was chosen: never past the last page.
  const page = Math.max(0, Math.min(chosenPage, pageCount - 1));
  const start = page * pageSize;
  const end = Math.min(count, start + pageSize);
  const range = (first: number, last: number): { first: string; last: string } => ({
    first: formatNumber(first + 1),
    last: formatNumber(last),
  });
  return (
    <div className={styles.paged}>
      {/* Announced when another page is shown: the button pressed keeps the focus. */}
      <Body1 id={rangeId} role="status">
        {format(labels.shown, { ...range(start, end), total: formatNumber(count) })}
      </Body1>
      {children({
        start,
        end,
        listProps: { 'aria-labelledby': rangeId },
        itemProps: (index) => ({ 'aria-posinset': index + 1, 'aria-setsize': count }),
      })}
      <div className={styles.pager}>
        <Button disabledFocusable={page === 0} onClick={() => setChosenPage(page - 1)}>
          {labels.previous}
        </Button>
        <Select
          aria-label={labels.chooser}
          value={String(page)}
          onChange={(_event, data) => setChosenPage(Number(data.value))}
        >
          {Array.from({ length: pageCount }, (_, index) => (
            <option key={index} value={index}>
              {format(strings.common.range, range(index * pageSize, Math.min(count, (index + 1) * pageSize)))}
            </option>
          ))}
        </Select>
        <Button disabledFocusable={page === pageCount - 1} onClick={() => setChosenPage(page + 1)}>
          {labels.next}
        </Button>
      </div>
    </div>
  );
}

/** What a filtered list says: its filter, "Showing {shown} of {total}", and its pages (see PagedListLabels). */
export interface FilteredListTexts {
  readonly filterLabel: string;
  readonly filterPlaceholder: string;
  readonly count: string;
  readonly pageShown: string;
  readonly pageLabel: string;
  readonly previous: string;
  readonly next: string;
}

/** A text filter, how many entries it leaves of how many, and those entries a page at a time. */
export function FilteredPagedList(props: {
  readonly texts: FilteredListTexts;
  readonly query: string;
  readonly onQueryChange: (query: string) => void;
  /** How many entries the filter leaves, and how many there are. */
  readonly shown: number;
  readonly total: number;
  readonly pageSize: number;
  readonly children: PagedListProps['children'];
}): ReactElement {
  const { texts, query, onQueryChange, shown, total, pageSize, children } = props;
  const { format, formatNumber } = useLocalizer();
  return (
    <>
      <Input
        aria-label={texts.filterLabel}
        placeholder={texts.filterPlaceholder}
        value={query}
        onChange={(_event, data) => onQueryChange(data.value)}
      />
      <Body1 role="status">
        {format(texts.count, { shown: formatNumber(shown), total: formatNumber(total) })}
      </Body1>
      <PagedList
        count={shown}
        pageSize={pageSize}
        labels={{
          shown: texts.pageShown,
          chooser: texts.pageLabel,
          previous: texts.previous,
          next: texts.next,
        }}
      >
        {children}
      </PagedList>
    </>
  );
}
