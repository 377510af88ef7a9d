import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  MessageBar,
  MessageBarBody,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { ReactElement } from 'react';
import { displayText } from '../../core/displayText';
import type { Receipt, ReceiptOutcome } from '../../core/receipt';
import { clearReceipts, readReceipts, receiptsKey } from '../../core/receiptLog';
import { registrationsToVerify, verifyReceipt } from '../../core/receiptVerify';
import type { AppVerification, RegistrationVerification } from '../../core/receiptVerify';
import type { ReceiptStorage } from '../../core/receiptLog';
import { hostNow, useEditorHost } from '../host/EditorHostContext';
import { FilteredPagedList } from '../shared/PagedList';
import { receiptFileName, useReceiptDownloads } from '../shared/receipts';
import { WrappingDialogTitle } from '../shared/WrappingDialogTitle';
import { useWrappingActionsStyles } from '../shared/useWrappingActionsStyles.styles';
import { useLocalizer } from '../strings';

const useStyles = makeStyles({
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowWrap: 'anywhere',
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
});

const RECEIPTS_PER_PAGE = 20;

/** A receipt's Verify: reading, or what the service shows now for each write it records. */
type Verification =
  | { readonly state: 'reading' }
  | { readonly state: 'done'; readonly registrations: readonly RegistrationVerification[] }
  | { readonly state: 'failed' };

export interface ChangesDialogProps {
  readonly storage: ReceiptStorage;
  readonly onClose: () => void;
}

/** Whether a receipt names the registration or app the admin looks for (id or name, any part). */
function mentions(receipt: Receipt, query: string): boolean {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') return true;
  return receipt.registrations.some(
    (registration) =>
      [registration.registrationId, registration.name].some((text) => text?.toLowerCase().includes(wanted)) ||
      registration.apps.some((app) =>
        [app.appId, app.appName].some((text) => text?.toLowerCase().includes(wanted)),
      ),
  );
}

function outcomeCounts(receipt: Receipt): Record<ReceiptOutcome, number> {
  const counts: Record<ReceiptOutcome, number> = { saved: 0, 'not-saved': 0, conflict: 0, unknown: 0 };
  for (const registration of receipt.registrations)
    for (const app of registration.apps) counts[app.outcome] += 1;
  return counts;
}

/**
 * "Changes": the receipts of the saves made in this browser for this tenant, newest first; filtered by
 * registration or app, each downloadable again (JSON or CSV), all as one CSV, or cleared.
 */
export default function ChangesDialog(props: ChangesDialogProps): ReactElement {
  const { storage, onClose } = props;
  const host = useEditorHost();
  const { user, repository } = host;
  const { strings, format, formatDate, formatTime, formatNumber } = useLocalizer();
  const texts = strings.changes;
  const styles = useStyles();
  const footer = useWrappingActionsStyles();
  const download = useReceiptDownloads();
  const key = receiptsKey(user.tenantId);
  const [receipts, setReceipts] = useState(() => readReceipts(storage, key));
  const [query, setQuery] = useState('');
  const [confirmingClear, setConfirmingClear] = useState(false);
  const [verifications, setVerifications] = useState<ReadonlyMap<string, Verification>>(new Map());
  const setVerification = (receiptId: string, verification: Verification): void =>
    setVerifications((current) => new Map(current).set(receiptId, verification));

  // Reads what the service shows now (not seen through this browser's writes) and judges each write.
  const verify = async (receipt: Receipt): Promise<void> => {
    setVerification(receipt.id, { state: 'reading' });
    try {
      const reads = await repository.readServiceGrantsOfMany(registrationsToVerify(receipt));
      const grantsOf = new Map(
        reads.flatMap((read) =>
          read.type === 'read' ? [[read.registrationId.toLowerCase(), read.result.value] as const] : [],
        ),
      );
      setVerification(receipt.id, {
        state: 'done',
        registrations: verifyReceipt(receipt, (id) => grantsOf.get(id.toLowerCase()), hostNow(host)),
      });
    } catch {
      setVerification(receipt.id, { state: 'failed' });
    }
  };
  const verdictText = (registration: RegistrationVerification, app: AppVerification): string => {
    const values = {
      app: displayText(app.appName ?? app.appId),
      registration: displayText(registration.name ?? registration.registrationId),
    };
    if (app.verdict !== 'changed-since') return format(texts.verdicts[app.verdict], values);
    if (app.shows === null) return format(texts.verdicts.changedSinceGone, values);
    const shown = `${strings.planes.delegated}: ${app.shows.delegatedPermissions.join(', ')}; ${strings.planes.application}: ${app.shows.applicationPermissions.join(', ')}`;
    return format(texts.verdicts['changed-since'], { ...values, shown: displayText(shown) });
  };
  const shown = useMemo(() => receipts.filter((receipt) => mentions(receipt, query)), [receipts, query]);

  const clear = (): void => {
    clearReceipts(storage, key);
    setReceipts([]);
    setConfirmingClear(false);
  };

  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <WrappingDialogTitle>{texts.title}</WrappingDialogTitle>
          <DialogContent className={styles.content}>
            <Body1>{texts.intro}</Body1>
            {receipts.length === 0 ? (
              <Body1>{texts.none}</Body1>
            ) : (
              <>
                <FilteredPagedList
                  texts={texts}
                  query={query}
                  onQueryChange={setQuery}
                  shown={shown.length}
                  total={receipts.length}
                  pageSize={RECEIPTS_PER_PAGE}
                >
                  {({ start, end, listProps, itemProps }) => (
                    <ul className={styles.list} aria-label={texts.title} {...listProps}>
                      {shown.slice(start, end).map((receipt, offset) => {
                        const counts = outcomeCounts(receipt);
                        const when = `${formatDate(receipt.createdAt)} ${formatTime(receipt.createdAt)}`;
                        const names = receipt.registrations
                          .map((registration) =>
                            displayText(registration.name ?? registration.registrationId),
                          )
                          .join(', ');
                        return (
                          <li key={receipt.id} className={styles.entry} {...itemProps(start + offset)}>
                            <Body1>
                              {format(texts.entry, {
                                when,
                                who: displayText(receipt.user.userPrincipalName ?? texts.unknownUser),
                              })}
                            </Body1>
                            <Caption1>{names}</Caption1>
                            <Caption1>
                              {format(texts.outcomes, {
                                saved: formatNumber(counts.saved),
                                notSaved: formatNumber(counts['not-saved']),
                                conflicts: formatNumber(counts.conflict),
                                unknown: formatNumber(counts.unknown),
                              })}
                            </Caption1>
                            <VerificationResult
                              verification={verifications.get(receipt.id)}
                              verdictText={verdictText}
                              readFailedText={(name) => format(texts.readFailed, { registration: name })}
                            />
                            <div className={styles.actions}>
                              <Button
                                size="small"
                                disabledFocusable={
                                  registrationsToVerify(receipt).length === 0 ||
                                  verifications.get(receipt.id)?.state === 'reading'
                                }
                                onClick={() => void verify(receipt)}
                              >
                                {format(texts.verify, { when })}
                              </Button>
                              <Button size="small" onClick={() => download.json(receipt)}>
                                {format(texts.downloadJson, { when })}
                              </Button>
                              <Button
                                size="small"
                                onClick={() => download.csv([receipt], receiptFileName(receipt, 'csv'))}
                              >
                                {format(texts.downloadCsv, { when })}
                              </Button>
                            </div>
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </FilteredPagedList>
              </>
            )}
            {confirmingClear && (
              <MessageBar intent="warning" layout="multiline">
                <MessageBarBody>
                  {format(texts.clearConfirm, { count: formatNumber(receipts.length) })}
                </MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions fluid className={footer.actions}>
            {confirmingClear ? (
              <>
                <Button appearance="primary" onClick={clear}>
                  {texts.clearYes}
                </Button>
                <Button onClick={() => setConfirmingClear(false)}>{strings.common.cancel}</Button>
              </>
            ) : (
              <>
                {shown.length > 0 && (
                  <Button onClick={() => download.csv(shown, `receipts-${user.tenantId}.csv`)}>
                    {texts.downloadAllCsv}
                  </Button>
                )}
                {receipts.length > 0 && (
                  <Button onClick={() => setConfirmingClear(true)}>{texts.clear}</Button>
                )}
                <Button appearance="primary" onClick={onClose}>
                  {strings.common.close}
                </Button>
              </>
            )}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** What Verify found, said per app in plain words; announced when it arrives. */
function VerificationResult(props: {
  readonly verification: Verification | undefined;
  readonly verdictText: (registration: RegistrationVerification, app: AppVerification) => string;
  readonly readFailedText: (registrationName: string) => string;
}): ReactElement | null {
  const { verification, verdictText, readFailedText } = props;
  const { strings } = useLocalizer();
  if (verification === undefined) return null;
  let content: ReactElement;
  if (verification.state === 'reading') content = <Caption1>{strings.changes.verifying}</Caption1>;
  else if (verification.state === 'failed') content = <Caption1>{strings.changes.verifyFailed}</Caption1>;
  else
    content = (
      <ul>
        {verification.registrations.flatMap((registration) =>
          registration.type === 'failed'
            ? [
                <li key={registration.registrationId}>
                  {readFailedText(displayText(registration.name ?? registration.registrationId))}
                </li>,
              ]
            : registration.apps.map((app) => (
                <li key={`${registration.registrationId}|${app.appId}`}>{verdictText(registration, app)}</li>
              )),
        )}
      </ul>
    );
  return <div role="status">{content}</div>;
}
