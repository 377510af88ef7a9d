import {
  Body1,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  MessageBar,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import { displayText } from '../../core/displayText';
import { parseGrantsDocument, type ParseGrantsDocumentResult } from '../../core/grantsDocument';
import { planImport } from '../../core/importPlan';
import { planTenantOperation, type TenantPlan } from '../../core/tenantPlan';
import { ReadWarningList } from '../shared/ReadWarningList';
import type { LoadedTenant } from '../shared/tenantGrants';
import { useLocalizer } from '../strings';
import { ImportProblems } from './ImportProblems';
import { firstOf, readText, replaceLabel } from './importText';
import { useImportDialogStyles } from './useImportDialogStyles.styles';
import { WrappingDialogTitle } from '../shared/WrappingDialogTitle';

export interface TenantImportDialogProps {
  readonly file: File;
  readonly tenant: LoadedTenant;
  /** The plan across registrations goes to the tenant review; nothing is written from here. */
  readonly onReview: (plan: TenantPlan) => void;
  readonly onClose: () => void;
}

type ReadState =
  | { readonly type: 'reading' }
  | { readonly type: 'unreadable' }
  | { readonly type: 'read'; readonly result: ParseGrantsDocumentResult };

const idKey = (id: string): string => id.trim().toLowerCase();

/**
 * A tenant-wide import: this tool's grants document (the tenant export). Each registration it names is
 * merged by default; Replace is chosen registration by registration, with what it removes counted.
 * Registrations the tenant does not have are reported by the review, never created; those whose
 * grants could not be read are left out and said so.
 */
export default function TenantImportDialog(props: TenantImportDialogProps): ReactElement {
  const { file, tenant, onReview, onClose } = props;
  const localizer = useLocalizer();
  const { strings, format, plural } = localizer;
  const styles = useImportDialogStyles();
  const [state, setState] = useState<ReadState>({ type: 'reading' });
  const [replace, setReplace] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    let active = true;
    readText(file).then(
      (text) => active && setState({ type: 'read', result: parseGrantsDocument(text) }),
      () => active && setState({ type: 'unreadable' }),
    );
    return () => {
      active = false;
    };
  }, [file]);

  const result = state.type === 'read' ? state.result : undefined;
  const document = result?.ok === true ? result.document : undefined;
  const loaded = useMemo(
    () => new Map(tenant.entries.map((entry) => [idKey(entry.registration.id), entry])),
    [tenant.entries],
  );
  const notRead = useMemo(
    () => new Map(tenant.notRead.map((registration) => [idKey(registration.id), registration])),
    [tenant.notRead],
  );
  // What Replace would remove or set to none, per registration of the file the tenant has.
  const replaceable = useMemo(
    () =>
      (document?.registrations ?? []).flatMap((file) => {
        const entry = loaded.get(idKey(file.registrationId));
        if (entry === undefined) return [];
        const plan = planImport(entry.grants, file.applicationPermissionGrants, 'replace');
        return plan.notInFile.length > 0 || plan.missingLists.length > 0 ? [{ entry, plan }] : [];
      }),
    [document, loaded],
  );
  const skippedUnread = (document?.registrations ?? []).flatMap((file) => {
    const registration = notRead.get(idKey(file.registrationId));
    return registration ? [registration] : [];
  });

  const review = (): void => {
    if (document === undefined) return;
    onReview(
      planTenantOperation(tenant.entries, {
        type: 'import',
        // A registration whose grants could not be read is not planned (and not "not in the tenant").
        entries: document.registrations
          .filter((file) => !notRead.has(idKey(file.registrationId)))
          .map((file) => ({ registrationId: file.registrationId, grants: file.applicationPermissionGrants })),
        replace,
      }),
    );
  };

  let body: ReactElement;
  if (state.type === 'reading') {
    body = <Spinner size="small" label={strings.importExport.reading} />;
  } else if (document === undefined) {
    body = (
      <ImportProblems
        problems={result && !result.ok ? result.problems : undefined}
        intro={strings.tenant.importNotDocument}
      />
    );
  } else {
    const warnings = firstOf(result?.ok ? result.warnings : [], strings.importExport.moreWarnings, localizer);
    body = (
      <>
        {warnings.shown.length > 0 && (
          <ReadWarningList
            title={strings.importExport.warningsTitle}
            warnings={warnings.shown}
            more={warnings.more}
          />
        )}
        <Body1>{strings.tenant.importModeIntro}</Body1>
        {replaceable.map(({ entry, plan }) => {
          const id = idKey(entry.registration.id);
          return (
            <Checkbox
              key={id}
              checked={replace.has(id)}
              onChange={(_event, data) => {
                const next = new Set(replace);
                if (data.checked === true) next.add(id);
                else next.delete(id);
                setReplace(next);
              }}
              label={replaceLabel(plan, localizer, strings.tenant.importReplace, {
                name: displayText(entry.registration.name),
              })}
            />
          );
        })}
        {replace.size > 0 && (
          <Body1 role="status">{plural(strings.tenant.importReplaceCount, replace.size)}</Body1>
        )}
        {skippedUnread.length > 0 && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>
              <ul className={styles.list}>
                {skippedUnread.map((registration) => (
                  <li key={registration.id}>
                    {format(strings.tenant.importNotLoaded, { name: displayText(registration.name) })}
                  </li>
                ))}
              </ul>
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
          <WrappingDialogTitle>{strings.tenant.importTitle}</WrappingDialogTitle>
          <DialogContent className={styles.content}>{body}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onClose}>
              {strings.common.cancel}
            </Button>
            {document && (
              <Button appearance="primary" onClick={review}>
                {strings.importExport.continue}
              </Button>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
