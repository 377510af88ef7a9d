import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import { diffGrants } from '../../core/diffGrants';
import type { Grant, ReadWarning, Registration } from '../../core/model';
import { parseGrantsDocument } from '../../core/grantsDocument';
import { ChangeList } from '../ReviewDialog/ChangeList';
import { ReadWarningList } from '../shared/ReadWarningList';
import { useLocalizer } from '../strings';
import type { Strings } from '../strings';
import { grantsForRegistration } from './grantsForRegistration';

const useStyles = makeStyles({
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  problems: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
  },
});

export interface ImportDialogProps {
  readonly file: File;
  readonly registration: Registration;
  /** What the matrix shows now: the plan is the difference from it. */
  readonly edited: readonly Grant[];
  readonly labelOf: (appId: string) => string;
  /** The file's grants become the edited state; the review dialog takes over from there. */
  readonly onContinue: (grants: readonly Grant[], fileName: string) => void;
  readonly onClose: () => void;
}

type ImportState =
  | { readonly kind: 'reading' }
  | { readonly kind: 'invalid'; readonly problems: readonly string[] }
  | { readonly kind: 'plan'; readonly grants: readonly Grant[]; readonly warnings: readonly ReadWarning[] };

function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

async function readImport(
  file: File,
  registration: Registration,
  strings: Strings,
  format: (t: string, v: Readonly<Record<string, string>>) => string,
): Promise<ImportState> {
  let text: string;
  try {
    text = await readText(file);
  } catch {
    return { kind: 'invalid', problems: [strings.importExport.readFailed] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { kind: 'invalid', problems: [strings.importExport.notJson] };
  }
  const parsed = parseGrantsDocument(json);
  if (!parsed.ok) {
    return {
      kind: 'invalid',
      problems: parsed.problems.map((problem) =>
        format(strings.importExport.problem, { path: problem.path, reason: problem.reason }),
      ),
    };
  }
  const grants = grantsForRegistration(parsed.document, registration.id);
  if (!grants) {
    return { kind: 'invalid', problems: [format(strings.importExport.noEntry, { id: registration.id })] };
  }
  return { kind: 'plan', grants, warnings: parsed.warnings };
}

/** Import: every problem of an invalid file listed, else the plan (diff) before it goes to review. */
export default function ImportDialog(props: ImportDialogProps): ReactElement {
  const { file, registration, edited, labelOf, onContinue, onClose } = props;
  const { strings, format } = useLocalizer();
  const styles = useStyles();
  const [state, setState] = useState<ImportState>({ kind: 'reading' });

  useEffect(() => {
    let current = true;
    void readImport(file, registration, strings, format).then((next) => {
      if (current) setState(next);
    });
    return () => {
      current = false;
    };
  }, [file, registration, strings, format]);

  const plan = useMemo(
    () => (state.kind === 'plan' ? diffGrants(edited, state.grants) : []),
    [state, edited],
  );

  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{strings.importExport.title}</DialogTitle>
          <DialogContent className={styles.content}>
            {state.kind === 'reading' && <Spinner size="small" label={strings.importExport.reading} />}
            {state.kind === 'invalid' && (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{strings.importExport.problemsTitle}</MessageBarTitle>
                  <ul className={styles.problems}>
                    {state.problems.map((problem, index) => (
                      <li key={index}>{problem}</li>
                    ))}
                  </ul>
                </MessageBarBody>
              </MessageBar>
            )}
            {state.kind === 'plan' && (
              <>
                {state.warnings.length > 0 && (
                  <ReadWarningList title={strings.importExport.warningsTitle} warnings={state.warnings} />
                )}
                <Body1>
                  {plan.length === 0 ? strings.importExport.noChanges : strings.importExport.planTitle}
                </Body1>
                {plan.length > 0 && <ChangeList changes={plan} labelOf={labelOf} />}
              </>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              {strings.common.cancel}
            </Button>
            {state.kind === 'plan' && plan.length > 0 && (
              <Button appearance="primary" onClick={() => onContinue(state.grants, file.name)}>
                {strings.importExport.continue}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
