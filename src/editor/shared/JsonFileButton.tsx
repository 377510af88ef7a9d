import { Button, makeStyles } from '@fluentui/react-components';
import { forwardRef, useRef } from 'react';
import type { ChangeEvent, ReactElement, Ref } from 'react';

const useStyles = makeStyles({
  // The file picker is opened by a button or menu item; the input itself stays out of sight and tab order.
  fileInput: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

export interface HiddenJsonInputProps {
  /** The input's accessible name. */
  readonly label: string;
  readonly disabled?: boolean;
  readonly onFile: (file: File) => void;
}

/** The browser's picker for one JSON file, opened with `click()` by whatever the admin chose. */
export const HiddenJsonInput = forwardRef(function HiddenJsonInput(
  props: HiddenJsonInputProps,
  ref: Ref<HTMLInputElement>,
): ReactElement {
  const { label, disabled, onFile } = props;
  const styles = useStyles();
  const onChange = (event: ChangeEvent<HTMLInputElement>): void => {
    const file = event.currentTarget.files?.[0];
    // Cleared, so the same file can be chosen again after a cancelled or corrected import.
    event.currentTarget.value = '';
    if (file) onFile(file);
  };
  return (
    <input
      ref={ref}
      type="file"
      accept="application/json,.json"
      aria-label={label}
      className={styles.fileInput}
      tabIndex={-1}
      disabled={disabled}
      onChange={onChange}
    />
  );
});

export interface JsonFileButtonProps {
  /** The button's text. */
  readonly label: string;
  /** The hidden file input's accessible name. */
  readonly inputLabel: string;
  readonly disabled?: boolean;
  /** The id of the text saying why it is disabled: it then stays focusable and is described by it. */
  readonly reasonId?: string;
  /** Called as the picker opens (e.g. to remember where focus returns). */
  readonly onOpen?: () => void;
  readonly onFile: (file: File) => void;
}

/** An import button that opens the browser's picker for a JSON file. */
export const JsonFileButton = forwardRef(function JsonFileButton(
  props: JsonFileButtonProps,
  ref: Ref<HTMLButtonElement>,
): ReactElement {
  const { label, inputLabel, disabled, reasonId, onOpen, onFile } = props;
  const inputRef = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        ref={ref}
        disabled={disabled === true && reasonId === undefined}
        disabledFocusable={disabled === true && reasonId !== undefined}
        aria-describedby={disabled === true ? reasonId : undefined}
        onClick={() => {
          onOpen?.();
          inputRef.current?.click();
        }}
      >
        {label}
      </Button>
      <HiddenJsonInput ref={inputRef} label={inputLabel} disabled={disabled} onFile={onFile} />
    </>
  );
});
