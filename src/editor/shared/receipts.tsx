import { Body1, Button, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback } from 'react';
import type { ReactElement } from 'react';
import { createReceipt, receiptToJson, receiptsToCsv } from '../../core/receipt';
import type { Receipt, ReceiptSave } from '../../core/receipt';
import { receiptsKey, storeReceipt } from '../../core/receiptLog';
import { randomGuid } from '../../graph/clientRequestId';
import { hostNow, useEditorHost } from '../host/EditorHostContext';
import { useLocalizer } from '../strings';
import { downloadJson, downloadText } from './exportGrants';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
});

/** Names the receipt keeps beside the ids, when the tool knows them. */
export interface ReceiptNames {
  readonly registrationName?: (registrationId: string) => string | undefined;
  readonly appName?: (appId: string) => string | undefined;
}

/**
 * Makes the receipt of a save that just ended and keeps it in this browser (the Changes list). A save
 * is never held up by its receipt: storage that refuses it leaves the download as its only copy.
 */
export function useReceiptKeeper(names: ReceiptNames): (saves: readonly ReceiptSave[]) => Receipt {
  const host = useEditorHost();
  const { user, receiptStorage, logger } = host;
  const { registrationName, appName } = names;
  return useCallback(
    (saves) => {
      const receipt = createReceipt(
        {
          id: randomGuid(),
          createdAt: hostNow(host),
          tenantId: user.tenantId,
          user: { userPrincipalName: user.userPrincipalName, objectId: user.objectId },
          registrationName,
          appName,
        },
        saves,
      );
      if (receiptStorage !== undefined) {
        const stored = storeReceipt(receiptStorage, receiptsKey(user.tenantId), receipt);
        if (stored.type === 'not-stored') logger.warn('The receipt was not kept in this browser', stored);
      }
      return receipt;
    },
    [host, user, receiptStorage, logger, registrationName, appName],
  );
}

/** `receipt-2025-08-11T14-03-00Z.json`: dated in UTC, and a valid file name everywhere. */
export function receiptFileName(receipt: Receipt, extension: 'json' | 'csv'): string {
  return `receipt-${receipt.createdAt.replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}.${extension}`;
}

/** Downloads of receipts: JSON (the committed schema) or CSV for auditors. */
export function useReceiptDownloads(): {
  readonly json: (receipt: Receipt) => boolean;
  readonly csv: (receipts: readonly Receipt[], fileName: string) => boolean;
} {
  const { strings } = useLocalizer();
  return {
    json: (receipt) => downloadJson(receiptFileName(receipt, 'json'), receiptToJson(receipt)),
    csv: (receipts, fileName) =>
      downloadText(
        fileName,
        receiptsToCsv(receipts, { headers: strings.receipts.csvHeaders }),
        'text/csv;charset=utf-8',
      ),
  };
}

/** The save results' "Download receipt" (JSON and CSV), and where else the receipt is kept. */
export function ReceiptDownloads(props: { readonly receipt: Receipt }): ReactElement {
  const { receipt } = props;
  const { receiptStorage } = useEditorHost();
  const { strings } = useLocalizer();
  const styles = useStyles();
  const download = useReceiptDownloads();
  return (
    <div className={styles.row}>
      <Body1>{receiptStorage === undefined ? strings.receipts.notKept : strings.receipts.kept}</Body1>
      <Button onClick={() => download.json(receipt)}>{strings.receipts.downloadJson}</Button>
      <Button onClick={() => download.csv([receipt], receiptFileName(receipt, 'csv'))}>
        {strings.receipts.downloadCsv}
      </Button>
    </div>
  );
}
