/**
 * What a host shows before the editor is ready (the tab's page, the web part's box): each start-up
 * phase in the admin's language, with the one action that helps (sign in, try again). Failure
 * details are rendered as text.
 */
import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { EditorLayout, EditorTheme } from '../../editor';
// The theme module itself, not the editor's index: the start-up screen ships before the editor's screens.
import { resolveFluentTheme } from '../../editor/host/theme';
import type { Strings } from '../../editor';

export type StartupPhase =
  | { readonly phase: 'starting' }
  | { readonly phase: 'signing-in' }
  /** Interactive sign-in needs a click: browsers block popups nobody asked for. */
  | { readonly phase: 'sign-in-needed'; readonly failed?: boolean }
  | { readonly phase: 'failed'; readonly reason: StartupFailure; readonly details: readonly string[] };

/** Why start-up stopped: the configuration, the sign-in, or the editor's code that did not download. */
export type StartupFailure = 'config' | 'sign_in' | 'download';

export interface StartupViewProps {
  readonly phase: StartupPhase;
  readonly theme: EditorTheme;
  readonly strings: Strings['startup'];
  /** `page` fills the window (the tab); `inline` sits in a page among other parts (the web part). */
  readonly layout: EditorLayout;
  readonly onSignIn: () => void;
  readonly onRetry: () => void;
}

const useStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXXL,
  },
  page: { minHeight: '100vh' },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export function StartupView(props: StartupViewProps): ReactElement {
  const { phase, theme, strings, layout, onSignIn, onRetry } = props;
  const styles = useStyles();
  let content: ReactElement;
  switch (phase.phase) {
    case 'starting':
    case 'signing-in':
      content = <Spinner label={phase.phase === 'starting' ? strings.starting : strings.signingIn} />;
      break;
    case 'sign-in-needed':
      content = (
        <>
          <MessageBar intent={phase.failed ? 'warning' : 'info'} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{strings.signInTitle}</MessageBarTitle>
              {phase.failed ? `${strings.signInFailed} ` : ''}
              {strings.signInBody}
            </MessageBarBody>
          </MessageBar>
          <Button appearance="primary" onClick={onSignIn}>
            {strings.signIn}
          </Button>
        </>
      );
      break;
    case 'failed':
      content = (
        <>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{strings.failedTitle}</MessageBarTitle>
              {phase.reason === 'config'
                ? strings.configFailed
                : phase.reason === 'download'
                  ? strings.downloadFailed
                  : strings.signInFailed}
              {phase.details.length > 0 && (
                <ul className={styles.list}>
                  {phase.details.map((detail) => (
                    <li key={detail}>{detail}</li>
                  ))}
                </ul>
              )}
            </MessageBarBody>
          </MessageBar>
          {phase.reason !== 'config' && <Button onClick={onRetry}>{strings.retry}</Button>}
        </>
      );
      break;
  }
  // The tab is the page's main content; the web part is one labelled region among the page's parts.
  const Root = layout === 'page' ? 'main' : 'section';
  return (
    <FluentProvider theme={resolveFluentTheme(theme)}>
      <Root
        aria-label={layout === 'page' ? undefined : strings.regionName}
        className={mergeClasses(styles.root, layout === 'page' && styles.page)}
        aria-busy={phase.phase === 'starting' || phase.phase === 'signing-in'}
      >
        {content}
      </Root>
    </FluentProvider>
  );
}
