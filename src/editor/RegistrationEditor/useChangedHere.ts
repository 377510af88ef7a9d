import { useEffect, useState } from 'react';
import type { Grant } from '../../core/model';
import { lastSavedWrites, readReceipts, receiptsKey } from '../../core/receiptLog';
import { hostNow, useEditorHost } from '../host/EditorHostContext';
import { appKey } from '../session/appLabels';
import { useLocalizer } from '../strings';

/**
 * "Changed here 15:39" (or the date, before today) for the apps of a registration whose grant this
 * browser last saved, by `appKey`, from its receipts. A save keeps its receipt while its results show:
 * read again when the review closes (`paused` ends) and when the saved grants change.
 */
export function useChangedHere(
  registrationId: string,
  baseline: readonly Grant[] | undefined,
  paused: boolean,
): ReadonlyMap<string, string> | undefined {
  const host = useEditorHost();
  const { receiptStorage, user } = host;
  const { formatDate, formatTime } = useLocalizer();
  const [changedHere, setChangedHere] = useState<ReadonlyMap<string, string>>();
  useEffect(() => {
    if (receiptStorage === undefined || baseline === undefined || paused) return;
    const saved = lastSavedWrites(readReceipts(receiptStorage, receiptsKey(user.tenantId)), registrationId);
    const today = hostNow(host).toDateString();
    const words = new Map<string, string>();
    for (const grant of baseline) {
      const at = saved.get(appKey(grant.appId));
      if (at !== undefined)
        words.set(
          appKey(grant.appId),
          new Date(at).toDateString() === today ? formatTime(at) : formatDate(at),
        );
    }
    setChangedHere(words);
  }, [host, receiptStorage, user.tenantId, registrationId, baseline, paused, formatDate, formatTime]);
  return changedHere;
}
