import { Button } from '@fluentui/react-components';
import { Suspense, useRef, useState } from 'react';
import type { ReactElement } from 'react';
import { useEditorHost } from '../host/EditorHostContext';
import { lazyPart } from '../shared/lazyPart';
import { PartBoundary } from '../shared/PartBoundary';
import { useLocalizer } from '../strings';

/** Loaded on first use, as every dialog is. */
const MyAccessDialog = lazyPart(() => import('./MyAccessDialog'));

/**
 * The list's "Check my access" button and its dialog; focus goes back to the button on close. Hidden
 * where the host cannot read the admin's token.
 */
export function MyAccessAction(): ReactElement | null {
  const { tokenFacts } = useEditorHost();
  const { strings } = useLocalizer();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  if (tokenFacts === undefined) return null;
  const close = (): void => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  return (
    <>
      <Button ref={buttonRef} onClick={() => setOpen(true)}>
        {strings.myAccess.open}
      </Button>
      {open && (
        <PartBoundary part={strings.myAccess.title} onDismiss={close}>
          <Suspense fallback={null}>
            <MyAccessDialog onClose={close} />
          </Suspense>
        </PartBoundary>
      )}
    </>
  );
}
