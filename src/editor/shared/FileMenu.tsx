import { Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { forwardRef, useRef } from 'react';
import type { ReactElement, Ref } from 'react';
import { HiddenJsonInput } from './JsonFileButton';

export type FileMenuItem =
  | { readonly kind: 'action'; readonly label: string; readonly onClick: () => void }
  /** Opens the browser's picker for a JSON file; `inputLabel` names the hidden input. */
  | {
      readonly kind: 'pickJson';
      readonly label: string;
      readonly inputLabel: string;
      readonly onFile: (file: File) => void;
    };

/**
 * The file actions (export, import, …) behind one menu button, so a toolbar keeps to one row beside the
 * plane switch. The pickers' inputs live beside the button, not in the menu, which closes as a picker opens.
 */
export const FileMenu = forwardRef(function FileMenu(
  props: { readonly label: string; readonly items: readonly FileMenuItem[] },
  ref: Ref<HTMLButtonElement>,
): ReactElement {
  const { label, items } = props;
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton ref={ref}>{label}</MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {items.map((item, index) => (
              <MenuItem
                key={item.label}
                onClick={item.kind === 'action' ? item.onClick : () => inputs.current[index]?.click()}
              >
                {item.label}
              </MenuItem>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      {items.map((item, index) =>
        item.kind === 'pickJson' ? (
          <HiddenJsonInput
            key={item.label}
            ref={(input) => {
              inputs.current[index] = input;
            }}
            label={item.inputLabel}
            onFile={item.onFile}
          />
        ) : null,
      )}
    </>
  );
});
