import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  Spinner,
  Subtitle2,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ReactElement } from 'react';
import { accessAdvice } from '../../core/accessAdvice';
import { isGrantablePermission } from '../../core/catalog';
import { displayText } from '../../core/displayText';
import type { Grant, Registration } from '../../core/model';
import { PLANES } from '../../core/model';
import { appIdKey, sameAppId } from '../../core/normalise';
import { lastSavedWrite, readReceipts, receiptsKey } from '../../core/receiptLog';
import { planeOf } from '../../core/grantList';
import { hostNow, useEditorHost } from '../host/EditorHostContext';
import { useAppNamesStatus } from '../shared/useAppNames';
import { useReportDialogStyles } from '../shared/useReportDialogStyles.styles';
import { WrappingDialogTitle } from '../shared/WrappingDialogTitle';
import { useLocalizer } from '../strings';

export interface CheckAccessDialogProps {
  readonly registration: Registration;
  readonly appId: string;
  /** The app as the matrix names it. */
  readonly label: string;
  readonly onClose: () => void;
}

/** The grant as the service shows it now: read, not found (no grant), or the read failed. */
type ServiceGrant =
  | { readonly state: 'reading' }
  | { readonly state: 'read'; readonly grant: Grant | undefined }
  | { readonly state: 'failed' };

/** Whether the app has a service principal in this tenant, as far as the tool can tell. */
type Principal =
  | { readonly state: 'reading' }
  | { readonly state: 'found'; readonly name: string }
  | { readonly state: 'not-found' }
  | { readonly state: 'cannot-tell' };

/**
 * "Check access": everything the tool can know about one app's access to one registration's containers,
 * in the admin's words — the grant as the service shows it now (not through this browser's own writes),
 * whether the app owns the registration and has a service principal here, when this browser last changed
 * the grant, and what a 403 most likely means.
 */
export default function CheckAccessDialog(props: CheckAccessDialogProps): ReactElement {
  const { registration, appId, label, onClose } = props;
  const host = useEditorHost();
  const { repository, receiptStorage, user } = host;
  const { strings, format, formatDate, formatTime, list } = useLocalizer();
  const texts = strings.checkAccess;
  const styles = useReportDialogStyles();
  const namesStatus = useAppNamesStatus(host.appNames);
  const [service, setService] = useState<ServiceGrant>({ state: 'reading' });
  const [principal, setPrincipal] = useState<Principal>({ state: 'reading' });

  useEffect(() => {
    const controller = new AbortController();
    repository.readServiceGrantsOfMany([registration.id], { signal: controller.signal }).then(
      ([read]) => {
        if (controller.signal.aborted) return;
        setService(
          read?.type === 'read'
            ? {
                state: 'read',
                grant: read.result.value.find((grant) => appIdKey(grant.appId) === appIdKey(appId)),
              }
            : { state: 'failed' },
        );
      },
      () => {
        if (!controller.signal.aborted) setService({ state: 'failed' });
      },
    );
    return () => controller.abort();
  }, [repository, registration.id, appId]);

  const directoryReady = namesStatus?.type === 'shown';
  useEffect(() => {
    const known = repository.knownAppDisplayName(appId);
    if (known !== undefined) {
      setPrincipal({ state: 'found', name: known });
      return undefined;
    }
    if (!directoryReady) {
      setPrincipal({ state: 'cannot-tell' });
      return undefined;
    }
    const controller = new AbortController();
    repository.lookupAppDisplayName(appId, { signal: controller.signal }).then(
      (name) => {
        if (!controller.signal.aborted)
          setPrincipal(name === undefined ? { state: 'not-found' } : { state: 'found', name });
      },
      () => {
        if (!controller.signal.aborted) setPrincipal({ state: 'cannot-tell' });
      },
    );
    return () => controller.abort();
  }, [repository, appId, directoryReady]);

  const now = hostNow(host);
  const lastWrite =
    receiptStorage === undefined
      ? undefined
      : lastSavedWrite(readReceipts(receiptStorage, receiptsKey(user.tenantId)), registration.id, appId);
  const lastChangedAt = lastWrite === undefined ? undefined : new Date(lastWrite.receipt.createdAt);
  const isOwner = sameAppId(registration.owningAppId, appId);

  const planeLines = (grant: Grant): ReactElement[] =>
    PLANES.map((plane) => {
      const values = planeOf(grant, plane);
      const words = values.map((value) =>
        isGrantablePermission(value)
          ? strings.permissionDescriptions[value]
          : format(texts.unknownValue, { value }),
      );
      return (
        <li key={plane}>
          {format(texts.planeLine, {
            plane: strings.planes[plane],
            list: displayText(list(values.map(String))),
            meaning: words.join(' '),
          })}
        </li>
      );
    });

  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <WrappingDialogTitle>
            {format(texts.title, {
              app: label,
              registration: displayText(registration.name || registration.id),
            })}
          </WrappingDialogTitle>
          {/* A tab stop: in a short frame it scrolls, with maybe nothing else to focus in it. */}
          <DialogContent className={styles.content} tabIndex={0}>
            <section className={styles.section} aria-label={texts.grantHeading}>
              <Subtitle2 as="h3">{texts.grantHeading}</Subtitle2>
              {service.state === 'reading' && <Spinner size="tiny" label={texts.reading} />}
              {service.state === 'failed' && <Body1>{texts.readFailed}</Body1>}
              {service.state === 'read' &&
                (service.grant === undefined ? (
                  <Body1>{texts.noGrant}</Body1>
                ) : (
                  <ul className={styles.list}>{planeLines(service.grant)}</ul>
                ))}
            </section>
            <section className={styles.section} aria-label={texts.appHeading}>
              <Subtitle2 as="h3">{texts.appHeading}</Subtitle2>
              <Body1>{isOwner ? texts.owner : texts.notOwner}</Body1>
              <Body1>
                {principal.state === 'reading'
                  ? texts.principalReading
                  : principal.state === 'found'
                    ? format(texts.principalFound, { name: displayText(principal.name) })
                    : principal.state === 'not-found'
                      ? texts.principalNotFound
                      : texts.principalCannotTell}
              </Body1>
              <Body1>
                {lastChangedAt === undefined
                  ? receiptStorage === undefined
                    ? texts.lastChangeUnknown
                    : texts.lastChangeNone
                  : format(texts.lastChange, {
                      when: `${formatDate(lastChangedAt.toISOString())} ${formatTime(lastChangedAt)}`,
                    })}
              </Body1>
            </section>
            {service.state === 'read' && (
              <section className={styles.section} aria-label={texts.adviceHeading}>
                <Subtitle2 as="h3">{texts.adviceHeading}</Subtitle2>
                <ul className={styles.list}>
                  {accessAdvice(service.grant, now, lastChangedAt).map((advice) => (
                    <li key={advice}>{texts.advice[advice]}</li>
                  ))}
                </ul>
              </section>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {strings.common.close}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
