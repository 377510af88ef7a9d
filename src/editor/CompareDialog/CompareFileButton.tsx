import { Suspense, useState } from 'react';
import type { ReactElement } from 'react';
import type { CompareExportInput } from '../../core/compareExport';
import { JsonFileButton } from '../shared/JsonFileButton';
import { lazyPart } from '../shared/lazyPart';
import { PartBoundary } from '../shared/PartBoundary';
import { useFocusReturn } from '../shared/useFocusReturn';
import { useLocalizer } from '../strings';

/** Loaded on first use, as every dialog is. */
const CompareDialog = lazyPart(() => import('./CompareDialog'));

export interface CompareFileButtonProps {
  /** The grants as the page last read them (memoised: a new object compares the file again). */
  readonly current: CompareExportInput;
  readonly disabled?: boolean;
  /** The id of the text saying why it is disabled (it then stays focusable). */
  readonly reasonId?: string;
}

/**
 * "Compare with a file…": picks an earlier export and shows what differs from the grants read now.
 * Nothing it opens can write, so it needs no review and holds no edit.
 */
export function CompareFileButton(props: CompareFileButtonProps): ReactElement {
  const { current, disabled, reasonId } = props;
  const { strings } = useLocalizer();
  const [file, setFile] = useState<File>();
  const focusReturn = useFocusReturn();
  const close = (): void => {
    setFile(undefined);
    focusReturn.restore();
  };
  return (
    <>
      <JsonFileButton
        label={strings.compare.open}
        inputLabel={strings.compare.fileLabel}
        disabled={disabled}
        reasonId={reasonId}
        onOpen={focusReturn.remember}
        onFile={(chosen) => {
          if (disabled !== true) setFile(chosen);
        }}
      />
      {file !== undefined && (
        <PartBoundary part={strings.compare.title} onDismiss={close}>
          <Suspense fallback={null}>
            <CompareDialog file={file} current={current} onClose={close} />
          </Suspense>
        </PartBoundary>
      )}
    </>
  );
}
