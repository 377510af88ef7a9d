import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  MessageBar,
  MessageBarBody,
  Spinner,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import {
  EXPORT_DIFFERENCE_TYPES,
  compareExport,
  differencesToCsv,
  filterDifferences,
  type CompareExportInput,
  type CompareExportResult,
  type ExportDifference,
  type ExportDifferenceType,
} from '../../core/compareExport';
import { displayText } from '../../core/displayText';
import { PLANES } from '../../core/model';
import { useEditorHost } from '../host/EditorHostContext';
import { ImportProblems } from '../ImportDialog/ImportProblems';
import { firstOf, readText } from '../ImportDialog/importText';
import { appKey, appLabel } from '../session/appLabels';
import { downloadText } from '../shared/exportGrants';
import { FilteredPagedList } from '../shared/PagedList';
import { ReadWarningList } from '../shared/ReadWarningList';
import { useAppNames, useAppNamesStatus } from '../shared/useAppNames';
import { WrappingDialogTitle } from '../shared/WrappingDialogTitle';
import { useWrappingActionsStyles } from '../shared/useWrappingActionsStyles.styles';
import { useLocalizer } from '../strings';

const useStyles = makeStyles({
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    // The file's name, its date and every name in it are untrusted: long ones wrap, never widen the dialog.
    overflowWrap: 'anywhere',
  },
  types: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
});

const DIFFERENCES_PER_PAGE = 50;

export interface CompareDialogProps {
  readonly file: File;
  /** What the file is compared with: the grants as the page last read them. */
  readonly current: CompareExportInput;
  readonly onClose: () => void;
}

type ReadState =
  | { readonly type: 'reading' }
  | { readonly type: 'unreadable' }
  | { readonly type: 'read'; readonly text: string };

/**
 * Compare with a file: an earlier export of this tool against the grants read now, the differences
 * filtered by kind and by registration or app, and downloaded as CSV. Read-only: it offers no way to
 * write anything.
 */
export default function CompareDialog(props: CompareDialogProps): ReactElement {
  const { file, current, onClose } = props;
  const host = useEditorHost();
  const localizer = useLocalizer();
  const { strings, format, formatDate, formatTime, formatNumber } = localizer;
  const texts = strings.compare;
  const styles = useStyles();
  const footer = useWrappingActionsStyles();
  const typesId = useId('compare-types');
  const [state, setState] = useState<ReadState>({ type: 'reading' });
  const [types, setTypes] = useState<ReadonlySet<ExportDifferenceType>>(new Set(EXPORT_DIFFERENCE_TYPES));
  const [query, setQuery] = useState('');
  const [downloaded, setDownloaded] = useState<string | false>();

  useEffect(() => {
    let active = true;
    readText(file).then(
      (text) => active && setState({ type: 'read', text }),
      () => active && setState({ type: 'unreadable' }),
    );
    return () => {
      active = false;
    };
  }, [file]);

  // Compared again when the page reads the grants again while the dialog is open.
  const text = state.type === 'read' ? state.text : undefined;
  const result = useMemo(
    (): CompareExportResult | undefined => (text === undefined ? undefined : compareExport(text, current)),
    [text, current],
  );
  const comparison = result?.ok === true ? result.comparison : undefined;
  const differences = useMemo(() => comparison?.differences ?? [], [comparison]);
  const appIds = useMemo(
    () => differences.flatMap((difference) => (difference.appId === undefined ? [] : [difference.appId])),
    [differences],
  );
  const names = useAppNames(host.repository, appIds, useAppNamesStatus(host.appNames));
  const appName = (appId: string): string | undefined => names.get(appKey(appId));
  const shown = useMemo(
    () => filterDifferences(differences, { types, query }, (appId) => names.get(appKey(appId))),
    [differences, types, query, names],
  );
  const counts = useMemo(() => {
    const byType = new Map<ExportDifferenceType, number>();
    for (const difference of differences) byType.set(difference.type, (byType.get(difference.type) ?? 0) + 1);
    return byType;
  }, [differences]);

  const typeText = (difference: ExportDifference): string =>
    difference.reason === undefined
      ? texts.types[difference.type]
      : `${texts.types[difference.type]} (${texts.reasons[difference.reason]})`;
  const entryText = (difference: ExportDifference): string =>
    format(
      difference.type === 'notCompared'
        ? texts.entries[difference.reason ?? 'notRead']
        : texts.entries[difference.type],
      {
        registration: displayText(difference.registrationName || difference.registrationId),
        app: difference.appId === undefined ? '' : appLabel(difference.appId, names),
        planes: (difference.planes ?? []).map((plane) => strings.planes[plane]).join(', '),
      },
    );
  const download = (): void => {
    const fileName = `grants-differences-${file.name.replace(/\.json$/i, '')}.csv`;
    const csv = differencesToCsv(shown, {
      headers: {
        ...strings.overview.csvHeaders,
        difference: texts.csvDifference,
        delegated: strings.planes.delegated,
        application: strings.planes.application,
      },
      typeText,
      appName,
    });
    // A byte order mark, as the tenant CSV has: spreadsheets then read the names as UTF-8.
    setDownloaded(downloadText(fileName, `\uFEFF${csv}`, 'text/csv;charset=utf-8') ? fileName : false);
  };

  let body: ReactElement;
  if (state.type === 'reading') body = <Spinner size="small" label={texts.reading} />;
  else if (comparison === undefined) {
    const problems = result?.ok === false ? result.problems : undefined;
    // A file of another tenant or without this registration is an export: the problem says it all.
    const exportProblem = problems?.some((problem) => ['other_tenant', 'no_entry'].includes(problem.code));
    body = (
      <ImportProblems
        title={texts.problemsTitle}
        problems={problems}
        intro={exportProblem === true ? undefined : texts.notAnExport}
      />
    );
  } else {
    const warnings = firstOf(comparison.warnings, strings.importExport.moreWarnings, localizer);
    body = (
      <>
        <Body1>
          {format(texts.intro, {
            file: displayText(file.name),
            // The file's own text where it is not a date: shown as untrusted text.
            when: displayText(`${formatDate(comparison.exportedAt)} ${formatTime(comparison.exportedAt)}`),
          })}
        </Body1>
        {comparison.tenantId === undefined && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{texts.noTenant}</MessageBarBody>
          </MessageBar>
        )}
        {warnings.shown.length > 0 && (
          <ReadWarningList
            title={strings.importExport.warningsTitle}
            warnings={warnings.shown}
            more={warnings.more}
          />
        )}
        {differences.length === 0 ? (
          <Body1>{texts.none}</Body1>
        ) : (
          <>
            <div role="group" aria-labelledby={typesId}>
              <Caption1 id={typesId}>{texts.typesLabel}</Caption1>
              <div className={styles.types}>
                {EXPORT_DIFFERENCE_TYPES.filter((type) => counts.has(type)).map((type) => (
                  <Checkbox
                    key={type}
                    checked={types.has(type)}
                    label={format(texts.typeCount, {
                      type: texts.types[type],
                      count: formatNumber(counts.get(type) ?? 0),
                    })}
                    onChange={(_event, data) => {
                      const next = new Set(types);
                      if (data.checked === true) next.add(type);
                      else next.delete(type);
                      setTypes(next);
                    }}
                  />
                ))}
              </div>
            </div>
            <FilteredPagedList
              texts={texts}
              query={query}
              onQueryChange={setQuery}
              shown={shown.length}
              total={differences.length}
              pageSize={DIFFERENCES_PER_PAGE}
            >
              {({ start, end, listProps, itemProps }) => (
                <ul className={styles.list} aria-label={texts.listLabel} {...listProps}>
                  {shown.slice(start, end).map((difference, offset) => (
                    <li
                      key={`${start + offset}|${difference.type}|${difference.registrationId}|${difference.appId ?? ''}`}
                      className={styles.entry}
                      {...itemProps(start + offset)}
                    >
                      <Body1>{entryText(difference)}</Body1>
                      {PLANES.filter((plane) => difference[plane].length > 0).map((plane) => (
                        <Caption1 key={plane}>
                          {format(texts.plane, {
                            plane: strings.planes[plane],
                            permissions: displayText(difference[plane].join(', ')),
                          })}
                        </Caption1>
                      ))}
                    </li>
                  ))}
                </ul>
              )}
            </FilteredPagedList>
          </>
        )}
        {downloaded !== undefined && (
          <MessageBar intent={downloaded === false ? 'error' : 'success'} layout="multiline">
            <MessageBarBody>
              {downloaded === false ? texts.downloadFailed : format(texts.downloaded, { file: downloaded })}
            </MessageBarBody>
          </MessageBar>
        )}
      </>
    );
  }

  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <WrappingDialogTitle>{texts.title}</WrappingDialogTitle>
          <DialogContent className={styles.content}>{body}</DialogContent>
          <DialogActions fluid className={footer.actions}>
            {shown.length > 0 && <Button onClick={download}>{texts.download}</Button>}
            <Button appearance="primary" onClick={onClose}>
              {strings.common.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
