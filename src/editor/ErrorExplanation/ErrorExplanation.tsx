import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
  useId,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { GraphError } from '../../graph/errors';
import type { EditorHost } from '../EditorHost';
import { useEditorHost } from '../host/EditorHostContext';
import { useCountdown } from '../shared/useCountdown';
import { useLocalizer } from '../strings';
import { RequestId } from './RequestId';

const useStyles = makeStyles({
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
});

export interface ErrorExplanationProps {
  readonly error: GraphError;
  /** Offered for transient failures (network, throttled, unknown …). */
  readonly onRetry?: () => void;
  /** Offered for `not_registered`. */
  readonly onRegister?: () => void;
}

const RETRYABLE = new Set<GraphError['code']>([
  'network',
  'timeout',
  'throttled',
  'unavailable',
  'unknown',
  'conflict',
  'cancelled',
  'too_many_pages',
  // Registering reads both again first, so a retry is as safe as the first try.
  'registration_uncertain',
]);

/**
 * Hosts whose admin chose "I've granted consent, try again". The explanation is shown anew after the
 * retry (the list reloads), so it is remembered per host: a consent failure after it means the new
 * token still lacks the permission, which deserves its own words rather than the same message again.
 */
const retriedAfterConsent = new WeakSet<EditorHost>();

/**
 * A Graph failure in the admin's words: what happened, what to do, the action that helps, and the
 * request id for support. The service's own message is shown as text, never as markup.
 */
export function ErrorExplanation(props: ErrorExplanationProps): ReactElement {
  const { error, onRetry, onRegister } = props;
  const host = useEditorHost();
  const { strings, format } = useLocalizer();
  const styles = useStyles();
  const explanation = strings.errors[error.code];
  const asksToWait = error.code === 'throttled' || error.code === 'unavailable';
  const wait = useCountdown(asksToWait ? error.retryAfterSeconds : undefined, error);
  const registerReasonId = useId('register-reason');
  const cannotRegister = host.user.role === 'missing_role';
  const showRetry = onRetry !== undefined && RETRYABLE.has(error.code);

  const retryAfterConsent = async (): Promise<void> => {
    retriedAfterConsent.add(host);
    try {
      await host.renewToken?.();
    } catch {
      // The retry below shows what the service says now (still no consent, or sign in again).
      host.logger.warn('Getting a new token after consent did not complete');
    }
    onRetry?.();
  };

  const signInAgain = async (): Promise<void> => {
    try {
      await host.signIn?.();
      onRetry?.();
    } catch {
      host.logger.warn('Signing in again did not complete');
    }
  };

  return (
    <MessageBar intent={asksToWait ? 'warning' : 'error'} layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{explanation.title}</MessageBarTitle>
        <span>{explanation.body}</span>
        {error.code === 'consent_required' && retriedAfterConsent.has(host) && (
          <span>{strings.errors.consentStillMissing}</span>
        )}
        {error.code === 'consent_required' && host.consent && (
          <Link href={host.consent.adminConsentUrl} target="_blank" rel="noopener noreferrer">
            {strings.errors.consentLink}
          </Link>
        )}
        {(error.code === 'invalid_request' || error.code === 'unknown') && error.serviceMessage && (
          <span>{format(strings.errors.serviceSaid, { message: error.serviceMessage })}</span>
        )}
        {error.code === 'not_registered' && onRegister && cannotRegister && (
          <span id={registerReasonId}>{strings.list.registerNeedsRole}</span>
        )}
        {error.requestId && <RequestId requestId={error.requestId} date={error.date} />}
      </MessageBarBody>
      <MessageBarActions>
        {showRetry && (
          <Button onClick={onRetry} disabledFocusable={wait > 0}>
            {wait > 0 ? format(strings.errors.retryIn, { seconds: wait }) : strings.errors.retry}
          </Button>
        )}
        {error.code === 'consent_required' && onRetry && (
          <Button appearance="primary" onClick={() => void retryAfterConsent()}>
            {strings.errors.consentRetry}
          </Button>
        )}
        {error.code === 'token_expired' && host.signIn && (
          <Button appearance="primary" onClick={() => void signInAgain()}>
            {strings.errors.signIn}
          </Button>
        )}
        {error.code === 'not_registered' && onRegister && (
          <Button
            appearance="primary"
            {...(cannotRegister
              ? { disabledFocusable: true, 'aria-describedby': registerReasonId }
              : { onClick: onRegister })}
          >
            {strings.errors.register}
          </Button>
        )}
      </MessageBarActions>
    </MessageBar>
  );
}
