import {
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Component, useEffect, useRef } from 'react';
import type { ErrorInfo, ReactElement, ReactNode } from 'react';
import type { EditorLogger } from '../EditorHost';
import { useEditorHost } from '../host/EditorHostContext';
import { useLocalizer } from '../strings';
import { PartLoadError } from './lazyPart';
import { reloadPage } from './reloadPage';

const useStyles = makeStyles({
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  errorId: {
    fontFamily: tokens.fontFamilyMonospace,
    userSelect: 'all',
  },
});

export interface PartBoundaryProps {
  /** What the part is, in the admin's words (a dialog's or a screen's title); without it, "this page". */
  readonly part?: string;
  /** Closes what failed so the rest of the page goes on (a dialog's Close); without it, Reload only. */
  readonly onDismiss?: () => void;
  /**
   * Moves focus to Reload when the failure shows (the default: the part was opened, or what had focus
   * is gone). Off where the part never takes focus (a tooltip).
   */
  readonly takeFocus?: boolean;
  readonly children?: ReactNode;
}

/** `load`: the part's code did not arrive (lazyPart); `render`: an error thrown while rendering. */
interface PartFailure {
  readonly type: 'load' | 'render';
  /** Shown to the admin and logged with the error, so support can find one from the other. */
  readonly errorId: string;
}

/** Short and random: it names one failure, and carries nothing about the tenant or the admin. */
function newErrorId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4));
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
  return `${hex.slice(0, 4)}-${hex.slice(4)}`;
}

const errorName = (error: unknown): string => (error instanceof Error ? error.name : typeof error);

interface BoundaryProps {
  readonly logger: EditorLogger;
  readonly fallback: (failure: PartFailure, reset: () => void) => ReactNode;
  readonly children?: ReactNode;
}

interface BoundaryState {
  readonly failure?: PartFailure;
}

/** React 17 catches render errors only in a class with these two methods; everything else is outside. */
class Boundary extends Component<BoundaryProps, BoundaryState> {
  public state: BoundaryState = {};

  public static getDerivedStateFromError(error: unknown): BoundaryState {
    return { failure: { type: error instanceof PartLoadError ? 'load' : 'render', errorId: newErrorId() } };
  }

  public componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Names and the component stack only: a message may quote an app id or a name (design: the logger
    // gets the details callers chose, never a token or tenant data).
    this.props.logger.error('A part of the editor failed', {
      errorId: this.state.failure?.errorId,
      type: this.state.failure?.type,
      error: errorName(error instanceof PartLoadError ? error.reason : error),
      componentStack: info.componentStack,
    });
  }

  private readonly reset = (): void => this.setState({ failure: undefined });

  public render(): ReactNode {
    const { failure } = this.state;
    return failure === undefined ? this.props.children : this.props.fallback(failure, this.reset);
  }
}

/**
 * Where a part of the editor fails, whatever the part: a lazily loaded dialog or screen whose code did
 * not arrive (a newer build replaced the files, a flaky network), or any error thrown while rendering.
 * Instead of a blank page the admin reads what failed, whether unsaved changes are kept, an error id
 * (also logged with the error), and can reload, or close the part and go on with the rest of the page.
 */
export function PartBoundary(props: PartBoundaryProps): ReactElement {
  const { part, onDismiss, takeFocus = true, children } = props;
  const { logger } = useEditorHost();
  return (
    <Boundary
      logger={logger}
      fallback={(failure, reset) => (
        <PartFailureMessage
          failure={failure}
          part={part}
          takeFocus={takeFocus}
          onDismiss={
            onDismiss &&
            (() => {
              reset();
              onDismiss();
            })
          }
        />
      )}
    >
      {children}
    </Boundary>
  );
}

function PartFailureMessage(props: {
  readonly failure: PartFailure;
  readonly part?: string;
  readonly takeFocus: boolean;
  readonly onDismiss?: () => void;
}): ReactElement {
  const { failure, part, takeFocus, onDismiss } = props;
  const { draftStorage } = useEditorHost();
  const { strings, format } = useLocalizer();
  const texts = strings.partFailure;
  const styles = useStyles();
  const reloadRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (takeFocus) reloadRef.current?.focus();
  }, [takeFocus]);
  const title =
    failure.type === 'load'
      ? part === undefined
        ? texts.loadTitleAny
        : format(texts.loadTitle, { part })
      : part === undefined
        ? texts.renderTitleAny
        : format(texts.renderTitle, { part });
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{title}</MessageBarTitle>
        <span>{failure.type === 'load' ? texts.loadBody : texts.renderBody}</span>
        {/* Every edit is in the tab's draft already (useEditingSession); without storage it is not. */}
        {draftStorage !== undefined && <span>{texts.kept}</span>}
        <Caption1 className={styles.errorId}>{format(texts.errorId, { id: failure.errorId })}</Caption1>
      </MessageBarBody>
      <MessageBarActions>
        <Button ref={reloadRef} appearance="primary" onClick={reloadPage}>
          {texts.reload}
        </Button>
        {onDismiss && <Button onClick={onDismiss}>{strings.common.close}</Button>}
      </MessageBarActions>
    </MessageBar>
  );
}
