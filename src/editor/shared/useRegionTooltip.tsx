import { makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useCallback, useState } from 'react';
import type { FocusEvent, PointerEvent, ReactElement, ReactNode } from 'react';
import { MAX_LABEL_LENGTH, shortenText } from '../../core/displayText';
import { hasHiddenCharacters, revealHiddenCharacters } from '../../core/hiddenCharacters';
import { useLocalizer } from '../strings';
import { lazyPart } from './lazyPart';
import { PartBoundary } from './PartBoundary';

/**
 * Fluent's Tooltip and its positioning engine download after the first screen: a tip can wait the
 * moment that takes, and the list needs neither to show.
 */
const RegionTooltipView = lazyPart(() => import('./RegionTooltipView'));

/** A long name's tooltip shows this much of it; the details show all of it. */
const TIP_LENGTH = 500;

const useStyles = makeStyles({
  anchor: {
    position: 'absolute',
    width: 0,
    height: 0,
    overflow: 'hidden',
  },
  content: {
    maxWidth: 'min(30rem, calc(100vw - 2rem))',
    overflowWrap: 'anywhere',
  },
  lines: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  isolated: {
    unicodeBidi: 'isolate',
  },
  note: {
    color: tokens.colorNeutralForeground3,
  },
});

/** What the region's tooltip shows, and the element it points at. */
export interface RegionTip {
  readonly target: HTMLElement;
  readonly content: ReactNode;
}

export interface RegionTooltip {
  /** The one tooltip of the region: render it once, inside the region. */
  readonly tooltip: ReactElement;
  readonly onFocus: (event: FocusEvent<HTMLElement>) => void;
  readonly onPointerOver: (event: PointerEvent<HTMLElement>) => void;
  /**
   * Hides the tip on a key press: a key acts (opens a menu, toggles a cell), and a tooltip left open
   * would take the next Escape from the menu. Focus that moves shows the tip of its new target.
   */
  readonly onKeyDown: () => void;
  readonly hide: () => void;
}

/**
 * One tooltip for a whole region (a grid), shown on the element that has focus or the pointer: a
 * Tooltip per cell would cost too much in a matrix of a thousand apps. `find` says what to show for
 * an element (it receives the event target), or nothing.
 */
export function useRegionTooltip(find: (element: HTMLElement) => RegionTip | undefined): RegionTooltip {
  const styles = useStyles();
  const [tip, setTip] = useState<RegionTip>();
  const show = useCallback(
    (target: EventTarget | null): void => {
      const next = target instanceof HTMLElement ? find(target) : undefined;
      // The pointer moves over many children of one target: render again only when the target changes.
      setTip((current) => (current?.target === next?.target ? current : next));
    },
    [find],
  );
  const onFocus = useCallback((event: FocusEvent<HTMLElement>) => show(event.target), [show]);
  const onPointerOver = useCallback((event: PointerEvent<HTMLElement>) => show(event.target), [show]);
  const hide = useCallback(() => setTip(undefined), []);
  // A tip that failed never takes focus from the region the admin is working in.
  const tooltip = (
    <PartBoundary takeFocus={false}>
      <Suspense fallback={null}>
        <RegionTooltipView
          tip={tip}
          contentClassName={styles.content}
          anchorClassName={styles.anchor}
          onHide={hide}
        />
      </Suspense>
    </PartBoundary>
  );
  return { tooltip, onFocus, onPointerOver, onKeyDown: hide, hide };
}

/**
 * Whether `element` shows less than all of `texts`: a text longer than a label may be, or one of its
 * `<bdi>` (UntrustedText) clipped by its box. A tooltip that repeats what is in sight is noise.
 */
export function isCutShort(element: HTMLElement, texts: readonly string[]): boolean {
  const revealed = texts.map(revealHiddenCharacters);
  if (revealed.some((text) => shortenText(text, MAX_LABEL_LENGTH) !== text)) return true;
  return Array.from(element.querySelectorAll('bdi')).some(
    (text) => text.scrollWidth > text.clientWidth + 1 || text.scrollHeight > text.clientHeight + 1,
  );
}

/**
 * Untrusted text in full, as a tooltip shows it: isolated, hidden characters revealed and named, and
 * for a very long text its first 500 characters and its length (the details show all of it).
 */
export function FullTextTip(props: { readonly lines: readonly string[] }): ReactElement {
  const { strings, plural } = useLocalizer();
  const styles = useStyles();
  const lines = props.lines.map((line) => {
    const revealed = revealHiddenCharacters(line);
    const shown = shortenText(revealed, TIP_LENGTH);
    return { shown, length: shown === revealed ? undefined : Array.from(line).length };
  });
  return (
    <span className={styles.lines}>
      {lines.map((line, index) => (
        <bdi key={index} className={styles.isolated}>
          {line.shown}
        </bdi>
      ))}
      {props.lines.some(hasHiddenCharacters) && (
        <span className={styles.note}>{strings.untrusted.hiddenCharacters}</span>
      )}
      {lines.map(
        (line, index) =>
          line.length !== undefined && (
            <span key={index} className={styles.note}>
              {plural(strings.untrusted.cut, line.length)}
            </span>
          ),
      )}
    </span>
  );
}
