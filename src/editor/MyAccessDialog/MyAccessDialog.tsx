import {
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  Link,
  Spinner,
  Subtitle2,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ReactElement } from 'react';
import { displayText } from '../../core/displayText';
import { checkMyAccess, type ScopeCheck, type TokenFacts } from '../../core/myAccess';
import { useEditorHost } from '../host/EditorHostContext';
import { useReportDialogStyles } from '../shared/useReportDialogStyles.styles';
import { WrappingDialogTitle } from '../shared/WrappingDialogTitle';
import { useLocalizer } from '../strings';

export interface MyAccessDialogProps {
  readonly onClose: () => void;
}

type TokenRead =
  | { readonly type: 'reading' }
  | { readonly type: 'read'; readonly facts: TokenFacts }
  | { readonly type: 'failed' };

/**
 * "Check my access": the signed-in admin's account, the directory roles and Microsoft Graph scopes their
 * token carries against what the tool asks for, consent per scope and what to do about a missing one,
 * and which registrations the list can show with those scopes. The token is read by the host's auth
 * layer; only the claims' values arrive here.
 */
export default function MyAccessDialog(props: MyAccessDialogProps): ReactElement {
  const { onClose } = props;
  const host = useEditorHost();
  const { user, tokenFacts } = host;
  const { strings, format, list } = useLocalizer();
  const texts = strings.myAccess;
  const styles = useReportDialogStyles();
  const [token, setToken] = useState<TokenRead>({ type: 'reading' });

  useEffect(() => {
    let current = true;
    const read = tokenFacts ?? (() => Promise.reject(new Error('No token facts')));
    read().then(
      (facts) => {
        if (current) setToken({ type: 'read', facts });
      },
      () => {
        if (current) setToken({ type: 'failed' });
      },
    );
    return () => {
      current = false;
    };
  }, [tokenFacts]);

  // When the token cannot be read, the reach follows the configured scope.
  const access = checkMyAccess(token.type === 'read' ? token.facts : {}, host.scopeMode);
  const requiredMissing = access.scopes.some(
    (scope) => scope.need === 'required' && scope.state !== 'granted',
  );

  const scopeItem = (scope: ScopeCheck): ReactElement => (
    <li key={scope.scope}>
      {[
        format(texts.scopeLine, {
          scope: scope.scope,
          need: texts.need[scope.need],
          state: texts.state[scope.state],
        }),
        scope.adminConsentRequired ? texts.adminConsentRequired : texts.adminConsentNotRequired,
        ...(scope.need === 'optional' && scope.state === 'missing' && host.appNames ? [texts.namesHint] : []),
      ].join(' ')}
    </li>
  );

  const tokenState = (): ReactElement | undefined =>
    token.type === 'reading' ? (
      <Spinner size="tiny" label={texts.reading} />
    ) : token.type === 'failed' ? (
      <Body1>{texts.readFailed}</Body1>
    ) : undefined;

  return (
    <Dialog open modalType="modal" onOpenChange={(_event, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <WrappingDialogTitle>{texts.title}</WrappingDialogTitle>
          {/* A tab stop: in a short frame it scrolls, with maybe nothing else to focus in it. */}
          <DialogContent className={styles.content} tabIndex={0}>
            <section className={styles.section} aria-label={texts.accountHeading}>
              <Subtitle2 as="h3">{texts.accountHeading}</Subtitle2>
              <Body1>
                {format(texts.account, {
                  account: displayText(user.userPrincipalName ?? user.displayName ?? texts.unknownAccount),
                })}
              </Body1>
              <Body1>{format(texts.tenant, { tenant: displayText(user.tenantId) })}</Body1>
              {host.account?.kind === 'host' && <Body1>{strings.app.accountFromHost}</Body1>}
            </section>
            <section className={styles.section} aria-label={texts.rolesHeading}>
              <Subtitle2 as="h3">{texts.rolesHeading}</Subtitle2>
              {tokenState()}
              {token.type === 'read' &&
                (access.roles === undefined ? (
                  <Body1>{texts.rolesNotInToken}</Body1>
                ) : access.roles.length === 0 ? (
                  <>
                    <Body1>{texts.rolesNone}</Body1>
                    <Body1>{strings.app.roleMissingBody}</Body1>
                  </>
                ) : (
                  <Body1>
                    {format(texts.rolesFound, {
                      roles: list(access.roles.map((role) => texts.roles[role])),
                    })}
                  </Body1>
                ))}
            </section>
            <section className={styles.section} aria-label={texts.scopesHeading}>
              <Subtitle2 as="h3">{texts.scopesHeading}</Subtitle2>
              {tokenState()}
              {token.type === 'read' && <ul className={styles.list}>{access.scopes.map(scopeItem)}</ul>}
              {token.type === 'read' && requiredMissing && host.consent && (
                <Link href={host.consent.adminConsentUrl} target="_blank" rel="noopener noreferrer">
                  {strings.errors.consentLink}
                </Link>
              )}
              {token.type === 'read' && requiredMissing && host.clientId === undefined && (
                <Body1>{texts.hostToken}</Body1>
              )}
            </section>
            <section className={styles.section} aria-label={texts.reachHeading}>
              <Subtitle2 as="h3">{texts.reachHeading}</Subtitle2>
              {token.type !== 'reading' && <Body1>{texts.reach[access.reach]}</Body1>}
            </section>
            <Caption1>{texts.source}</Caption1>
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
