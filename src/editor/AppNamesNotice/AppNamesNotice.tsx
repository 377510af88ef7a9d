/**
 * Says why the matrix shows app ids instead of names, and offers "Show app names", which asks for the
 * directory scope on its own (a popup, or the Teams broker's window, when a click is needed).
 */
import { Button } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { AppNamesStatus } from '../../core/appNames';
import type { AppNamesAccess } from '../EditorHost';
import { FoldableNotice } from '../shared/FoldableNotice';
import { useLocalizer } from '../strings';

export interface AppNamesNoticeProps {
  readonly access: AppNamesAccess;
  readonly status: AppNamesStatus | undefined;
  /** Whether any app in the matrix is shown by id only. */
  readonly namesMissing: boolean;
}

export function AppNamesNotice({ access, status, namesMissing }: AppNamesNoticeProps): ReactElement | null {
  const { strings } = useLocalizer();
  if (status?.type !== 'missing' || !namesMissing) return null;
  const texts = strings.appNames;
  return (
    <FoldableNotice
      name="app-names"
      intent="info"
      title={texts.title}
      body={texts[status.reason]}
      actions={
        <Button
          onClick={() => {
            void access.request();
          }}
        >
          {texts.show}
        </Button>
      }
    />
  );
}
