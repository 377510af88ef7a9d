/**
 * The parts one registration's review and the review across registrations share: the dialog frame that
 * a running save cannot be walked away from, the saving step, the conflict step and the lock-out text.
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  Spinner,
  useFocusFinders,
} from '@fluentui/react-components';
import { Suspense, useEffect, useRef } from 'react';
import type { ReactElement, ReactNode } from 'react';
import type { Registration } from '../../core/model';
import type { LockOutRisk } from '../../core/validate';
import type { ProgressEvent, SaveReport } from '../../graph/RegistrationRepository';
import { ConflictResolver } from '../ConflictResolver';
import type { ConflictResolution } from '../session/editingSession';
import type { Localizer } from '../strings';
import { useLocalizer } from '../strings';
import { SaveProgress } from './SaveProgress';
import { PartBoundary } from '../shared/PartBoundary';
import { WrappingDialogTitle } from '../shared/WrappingDialogTitle';

/**
 * The modal frame: closes when idle; while a save runs, Escape cancels it (its outcome must be seen).
 * Each step (review, saving, results, conflicts) replaces the content, and with it the button that had
 * focus: focus would fall to the page, where Escape and Tab no longer reach the dialog (and a screen
 * reader leaves it). So on each new step focus moves in, to the first control, as when a dialog opens.
 */
export function ReviewFrame(props: {
  readonly busy: boolean;
  /** The step shown: a new one moves focus in, when it is not in the dialog already. */
  readonly step: object;
  readonly onClose: () => void;
  readonly onCancelSave: () => void;
  readonly children: ReactNode;
}): ReactElement {
  const { busy, step, onClose, onCancelSave } = props;
  const surfaceRef = useRef<HTMLDivElement>(null);
  const { findFirstFocusable } = useFocusFinders();
  useEffect(() => {
    const surface = surfaceRef.current;
    if (!surface || surface.contains(surface.ownerDocument.activeElement)) return;
    (findFirstFocusable(surface) ?? surface).focus();
  }, [step, findFirstFocusable]);
  return (
    <Dialog
      open
      modalType="modal"
      onOpenChange={(_event, data) => {
        if (data.open) return;
        if (!busy) onClose();
        else if (data.type === 'escapeKeyDown') onCancelSave();
      }}
    >
      <DialogSurface ref={surfaceRef} aria-busy={busy}>
        <DialogBody>{props.children}</DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** What a running save is doing, and Cancel. */
export function SavingStep(props: {
  readonly title: string;
  readonly className: string;
  readonly progress: ProgressEvent | undefined;
  readonly onCancel: () => void;
}): ReactElement {
  const { strings } = useLocalizer();
  return (
    <>
      <WrappingDialogTitle>{props.title}</WrappingDialogTitle>
      <DialogContent className={props.className}>
        <SaveProgress progress={props.progress} />
      </DialogContent>
      <DialogActions>
        <Button appearance="secondary" onClick={props.onCancel}>
          {strings.common.cancel}
        </Button>
      </DialogActions>
    </>
  );
}

/** The conflicts of one registration's report, resolved with the resolver. */
export function ConflictStep(props: {
  readonly report: SaveReport;
  readonly labelOf: (appId: string) => string;
  readonly onApply: (resolutions: readonly ConflictResolution[]) => void;
  readonly onCancel: () => void;
}): ReactElement {
  const { strings } = useLocalizer();
  return (
    <PartBoundary part={strings.conflicts.title} onDismiss={props.onCancel}>
      <Suspense fallback={<Spinner size="small" />}>
        <ConflictResolver
          conflicts={props.report.outcomes.flatMap((outcome) =>
            outcome.status === 'conflict' ? [outcome.conflict] : [],
          )}
          labelOf={props.labelOf}
          onApply={props.onApply}
          onCancel={props.onCancel}
        />
      </Suspense>
    </PartBoundary>
  );
}

/** What the owning app would lose, in words. */
export function lockOutText(
  lockOut: LockOutRisk,
  registration: Registration,
  labelOf: (appId: string) => string,
  localizer: Pick<Localizer, 'strings' | 'format' | 'list'>,
): string {
  const { strings, format, list } = localizer;
  return lockOut.kind === 'owning_app_removed'
    ? format(strings.review.lockOutRemoved, { app: labelOf(registration.owningAppId) })
    : format(strings.review.lockOutBelowFull, {
        app: labelOf(registration.owningAppId),
        planes: list(lockOut.planes.map((plane) => strings.planes[plane])),
      });
}
