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
} from '@fluentui/react-components';
import { Suspense } from 'react';
import type { ReactElement, ReactNode, RefObject } from 'react';
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

/** The modal frame: closes when idle; while a save runs, Escape cancels it (its outcome must be seen). */
export function ReviewFrame(props: {
  readonly busy: boolean;
  readonly onClose: () => void;
  readonly onCancelSave: () => void;
  readonly children: ReactNode;
}): ReactElement {
  const { busy, onClose, onCancelSave } = props;
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
      <DialogSurface aria-busy={busy}>
        <DialogBody>{props.children}</DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

/** What a running save is doing, and Cancel (focused: the button that had focus went away). */
export function SavingStep(props: {
  readonly title: string;
  readonly className: string;
  readonly progress: ProgressEvent | undefined;
  readonly cancelRef: RefObject<HTMLButtonElement>;
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
        <Button ref={props.cancelRef} appearance="secondary" onClick={props.onCancel}>
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
