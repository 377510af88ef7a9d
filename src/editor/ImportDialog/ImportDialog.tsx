import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Spinner,
  useId,
} from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactElement } from 'react';
import { diffGrantsOnce } from '../../core/diffGrants';
import { readImportFile } from '../../core/grantsDocument';
import type { ImportConversions, ReadImportResult } from '../../core/grantsDocument';
import { planImportOnce } from '../../core/importPlan';
import type { FileGrant, ImportMode } from '../../core/importPlan';
import type { Grant, Registration } from '../../core/model';
import { sameAppId } from '../../core/normalise';
import { ChangeList } from '../ReviewDialog/ChangeList';
import { ReadWarningList } from '../shared/ReadWarningList';
import { useLocalizer } from '../strings';
import type { Localizer } from '../strings';
import { ImportProblems } from './ImportProblems';
import { firstOf, parseJsonText, readText, replaceLabel } from './importText';
import { nextTask } from '../shared/nextTask';
import { useImportDialogStyles } from './useImportDialogStyles.styles';
import { WrappingDialogTitle } from '../shared/WrappingDialogTitle';

export interface ImportDialogProps {
  readonly file: File;
  readonly registration: Registration;
  /** What the matrix shows now, unsaved edits included: the plan is the difference from it. */
  readonly current: readonly Grant[];
  readonly labelOf: (appId: string) => string;
  /** The file's grants and the chosen mode go to the session; the review dialog takes over from there. */
  readonly onContinue: (grants: readonly FileGrant[], mode: ImportMode, fileName: string) => void;
  readonly onClose: () => void;
}

/** Merge unless the admin chooses Replace: never revoke what a file does not mention. */
const DEFAULT_MODE: ImportMode = 'merge';

type ImportState =
  | { readonly type: 'reading' }
  | { readonly type: 'unreadable' }
  | { readonly type: 'read'; readonly result: ReadImportResult };

function conversionLines(conversions: ImportConversions, localizer: Localizer): string[] {
  const { converted } = localizer.strings.importExport;
  return (['legacyKeys', 'pascalCase', 'pluralDeleteOwn'] as const)
    .filter((kind) => conversions[kind] > 0)
    .map((kind) => localizer.plural(converted[kind], conversions[kind]));
}

/**
 * Import: every problem of a file that cannot be imported, else which form it was read as and what
 * was converted, the choice between Merge (default) and Replace with what Replace removes, the apps
 * the import leaves alone and why, and the plan before it goes to review.
 */
export default function ImportDialog(props: ImportDialogProps): ReactElement {
  const { file, registration, current, labelOf, onContinue, onClose } = props;
  const localizer = useLocalizer();
  const { strings, format } = localizer;
  const texts = strings.importExport;
  const styles = useImportDialogStyles();
  const notInFileId = useId('import-not-in-file');
  const skippedId = useId('import-skipped');
  const [state, setState] = useState<ImportState>({ type: 'reading' });
  const [mode, setMode] = useState<ImportMode>(DEFAULT_MODE);

  // The matrix does not change while this modal dialog is open; read without restarting the reading.
  const currentRef = useRef(current);
  currentRef.current = current;

  useEffect(() => {
    let active = true;
    // Parsing, reading, planning, diffing and showing the plan each run in a task of their own: with
    // tens of thousands of apps, all in one go blocked the page for too long at a time. The plan and
    // its diff are kept (core `planImportOnce`, `diffGrantsOnce`), so the render below finds them.
    const read = async (): Promise<ReadImportResult> => {
      const text = await readText(file);
      await nextTask();
      const json = parseJsonText(text);
      await nextTask();
      const result = readImportFile(json, registration.id);
      if (result.ok) {
        await nextTask();
        const plan = planImportOnce(currentRef.current, result.grants, DEFAULT_MODE);
        await nextTask();
        diffGrantsOnce(currentRef.current, plan.edited);
      }
      await nextTask();
      return result;
    };
    read().then(
      (result) => {
        if (active) setState({ type: 'read', result });
      },
      () => {
        if (active) setState({ type: 'unreadable' });
      },
    );
    return () => {
      active = false;
    };
  }, [file, registration.id]);

  const result = state.type === 'read' ? state.result : undefined;
  const fileGrants = result?.ok === true ? result.grants : undefined;
  // The session applies this same plan, and the review diffs the same lists: each is worked out once.
  const plan = useMemo(
    () => (fileGrants ? planImportOnce(current, fileGrants, mode) : undefined),
    [current, fileGrants, mode],
  );
  const changes = useMemo(() => (plan ? diffGrantsOnce(current, plan.edited) : []), [current, plan]);

  let body: ReactElement | undefined;
  if (state.type === 'reading') {
    body = <Spinner size="small" label={texts.reading} />;
  } else if (state.type === 'unreadable' || (result && !result.ok)) {
    body = <ImportProblems problems={result && !result.ok ? result.problems : undefined} />;
  } else if (result?.ok && plan) {
    const conversions = conversionLines(result.conversions, localizer);
    const warnings = firstOf(result.warnings, texts.moreWarnings, localizer);
    const notInFile = firstOf(plan.notInFile, texts.moreApps, localizer);
    const skipped = firstOf(plan.skipped, texts.moreApps, localizer);
    const shownChanges = firstOf(changes, texts.moreChanges, localizer);
    body = (
      <>
        {(result.form !== 'document' || conversions.length > 0) && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{format(texts.formTitle, { form: texts.forms[result.form] })}</MessageBarTitle>
              {result.form !== 'document' && texts.formBody}
              {conversions.length > 0 && (
                <ul className={styles.list}>
                  {conversions.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
        )}
        {result.warnings.length > 0 && (
          <ReadWarningList title={texts.warningsTitle} warnings={warnings.shown} more={warnings.more} />
        )}
        <Field label={texts.modeLabel}>
          <RadioGroup value={mode} onChange={(_event, data) => setMode(data.value as ImportMode)}>
            <Radio value="merge" label={texts.merge} />
            <Radio value="replace" label={replaceLabel(plan, localizer)} />
          </RadioGroup>
        </Field>
        {plan.notInFile.length > 0 && (
          <section className={styles.section} aria-labelledby={notInFileId}>
            <Body1 id={notInFileId} className={styles.sectionTitle}>
              {texts.notInFileLabel}
            </Body1>
            <ul className={styles.list}>
              {notInFile.shown.map((grant) => (
                <li key={grant.appId}>
                  {sameAppId(grant.appId, registration.owningAppId)
                    ? format(texts.ownerNotInFile, { app: labelOf(grant.appId) })
                    : labelOf(grant.appId)}
                </li>
              ))}
            </ul>
            {notInFile.more}
          </section>
        )}
        {plan.skipped.length > 0 && (
          <section className={styles.section} aria-labelledby={skippedId}>
            <Body1 id={skippedId} className={styles.sectionTitle}>
              {texts.skippedTitle}
            </Body1>
            <ul className={styles.list}>
              {skipped.shown.map((skip) => (
                <li key={`${skip.appId} ${skip.reason}`}>
                  {format(texts.skipped[skip.reason], { app: labelOf(skip.appId) })}
                </li>
              ))}
            </ul>
            {skipped.more}
          </section>
        )}
        <Body1 className={styles.sectionTitle}>
          {changes.length === 0 ? texts.noChanges : texts.planTitle}
        </Body1>
        {changes.length > 0 && <ChangeList changes={shownChanges.shown} labelOf={labelOf} />}
        {shownChanges.more}
      </>
    );
  }

  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <WrappingDialogTitle>{texts.title}</WrappingDialogTitle>
          <DialogContent className={styles.content}>{body}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              {strings.common.cancel}
            </Button>
            {fileGrants && changes.length > 0 && (
              <Button appearance="primary" onClick={() => onContinue(fileGrants, mode, file.name)}>
                {texts.continue}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
