import { useCallback, useState } from 'react';
import { useEditorHost } from '../host/EditorHostContext';

const PREFIX = 'spe-permission-matrix:preference:';

/**
 * A yes/no choice about the screen that this browser remembers (the host's preference storage), such as
 * a notice folded to one line. Storage that fails (full, blocked) only makes the choice last the page.
 */
export function useRememberedFlag(
  name: string,
  initial: boolean,
): readonly [boolean, (value: boolean) => void] {
  const { preferenceStorage } = useEditorHost();
  const key = PREFIX + name;
  const [value, setValue] = useState(() => {
    try {
      const stored = preferenceStorage?.getItem(key);
      return stored === 'true' ? true : stored === 'false' ? false : initial;
    } catch {
      return initial;
    }
  });
  const remember = useCallback(
    (next: boolean) => {
      setValue(next);
      try {
        preferenceStorage?.setItem(key, String(next));
      } catch {
        // Kept for this page only.
      }
    },
    [preferenceStorage, key],
  );
  return [value, remember] as const;
}
