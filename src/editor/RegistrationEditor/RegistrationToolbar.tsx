import { Button } from '@fluentui/react-components';
import type { ReactElement, RefObject } from 'react';
import { FileMenu } from '../shared/FileMenu';
import { useLocalizer } from '../strings';
import type { DialogState } from './registrationDialogs';
import { useRegistrationEditorStyles } from './useRegistrationEditorStyles.styles';

export interface RegistrationToolbarProps {
  /** Whether there is anything to review. */
  readonly dirty: boolean;
  readonly changeCount: number;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** The "JSON file" menu button: where focus returns from the dialogs its items open. */
  readonly fileMenuRef: RefObject<HTMLButtonElement>;
  /** Opens a dialog; focus returns to `opener` when it closes. */
  readonly onOpen: (next: DialogState, opener: Element | null) => void;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onExport: () => void;
}

/**
 * A registration's actions. On one row with the plane switch (PermissionMatrix), so the first app shows on
 * a Teams tab's first screen: the file actions share one menu.
 */
export function RegistrationToolbar(props: RegistrationToolbarProps): ReactElement {
  const { dirty, changeCount, canUndo, canRedo, fileMenuRef, onOpen, onUndo, onRedo, onExport } = props;
  const { strings, plural } = useLocalizer();
  const styles = useRegistrationEditorStyles();
  return (
    <div className={styles.toolbar}>
      <Button onClick={(event) => onOpen({ kind: 'addApp' }, event.currentTarget)}>
        {strings.registration.addApp}
      </Button>
      <Button
        appearance="primary"
        disabledFocusable={!dirty}
        onClick={(event) => onOpen({ kind: 'review' }, event.currentTarget)}
      >
        {plural(strings.registration.review, changeCount)}
      </Button>
      <Button disabledFocusable={!canUndo} aria-keyshortcuts="Control+Z" onClick={onUndo}>
        {strings.registration.undo}
      </Button>
      <Button disabledFocusable={!canRedo} aria-keyshortcuts="Control+Y Control+Shift+Z" onClick={onRedo}>
        {strings.registration.redo}
      </Button>
      <FileMenu
        ref={fileMenuRef}
        label={strings.registration.fileMenu}
        items={[
          { kind: 'action', label: strings.registration.export, onClick: onExport },
          {
            kind: 'pickJson',
            label: strings.registration.import,
            inputLabel: strings.registration.importFileLabel,
            onFile: (file) => onOpen({ kind: 'import', file }, fileMenuRef.current),
          },
          {
            kind: 'pickJson',
            label: strings.compare.open,
            inputLabel: strings.compare.fileLabel,
            onFile: (file) => onOpen({ kind: 'compare', file }, fileMenuRef.current),
          },
        ]}
      />
    </div>
  );
}
