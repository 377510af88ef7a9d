import { Button, Title2 } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';
import type { Registration } from '../../core/model';
import type { RegistrationListModel } from '../RegistrationList';
import { useLocalizer } from '../strings';

/** What the overview's filters leave on screen: what "Apply to registrations…" and export act on. */
export interface OverviewSelectionIds {
  readonly registrationIds: readonly string[];
  readonly appIds: readonly string[];
}

export interface TenantOverviewProps {
  /** The registration list's reads: the overview reads nothing more. */
  readonly model: RegistrationListModel;
  /** The app to put focus on (the one the admin comes back from). */
  readonly focusAppId?: string;
  readonly onBack: () => void;
  /** Opens that registration's matrix, scrolled to the app. */
  readonly onOpenRegistration: (registration: Registration, appId: string) => void;
  /** Opens the app view: the app's grants on every registration. */
  readonly onOpenApp: (appId: string) => void;
  /** Tenant-wide actions (apply, import) placed in the overview's toolbar. */
  readonly renderActions?: (selection: OverviewSelectionIds) => ReactNode;
}

/** Apps × registrations: each app's access level on each registration, per plane. */
export function TenantOverview(props: TenantOverviewProps): ReactElement {
  const { strings } = useLocalizer();
  return (
    <section aria-label={strings.list.overview}>
      <Button onClick={props.onBack}>{strings.registration.back}</Button>
      <Title2 as="h2">{strings.list.overview}</Title2>
    </section>
  );
}
