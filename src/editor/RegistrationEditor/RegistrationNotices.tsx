import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { useLocalizer } from '../strings';

/** How the admin got here when it needs saying: right after registering it, or finding it registered. */
export type RegistrationArrival = 'registered' | 'registeredUnread' | 'alreadyRegistered';

/** Says how the admin arrived: registered just now (read back or not), or found already registered. */
export function ArrivalNotice(props: { readonly arrival: RegistrationArrival }): ReactElement {
  const { arrival } = props;
  const { strings } = useLocalizer();
  return (
    <MessageBar intent={arrival === 'registered' ? 'success' : 'info'} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          {arrival === 'alreadyRegistered' ? strings.register.alreadyTitle : strings.register.registeredTitle}
        </MessageBarTitle>
        {arrival === 'alreadyRegistered'
          ? strings.register.alreadyBody
          : arrival === 'registered'
            ? strings.register.registeredBody
            : strings.register.registeredUnreadBody}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Where Export JSON put the file (its name), or that this browser cannot download (`false`). */
export function ExportNotice(props: { readonly exported: string | false }): ReactElement {
  const { exported } = props;
  const { strings, format } = useLocalizer();
  return (
    <MessageBar intent={exported === false ? 'error' : 'success'} layout="multiline" politeness="polite">
      <MessageBarBody>
        {exported === false
          ? strings.registration.exportFailed
          : format(strings.registration.exported, { file: exported })}
      </MessageBarBody>
    </MessageBar>
  );
}

/** Unsaved edits came back from this tab's draft: keep working on them, or discard them. */
export function DraftRestoredNotice(props: { readonly onDiscard: () => void }): ReactElement {
  const { strings } = useLocalizer();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{strings.registration.draftRestoredTitle}</MessageBarTitle>
        {strings.registration.draftRestoredBody}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={props.onDiscard}>{strings.registration.discardDraft}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
