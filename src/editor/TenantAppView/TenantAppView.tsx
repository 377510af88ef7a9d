import { Button, Title2 } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import type { Registration } from '../../core/model';
import type { RegistrationListModel } from '../RegistrationList';
import { useLocalizer } from '../strings';

export interface TenantAppViewProps {
  /** The app shown; it may hold no grant anywhere yet (a guest app being onboarded). */
  readonly appId: string;
  /** The registration list's reads; saves record what they confirm through `model.setGrants`. */
  readonly model: RegistrationListModel;
  readonly onBack: () => void;
  /** Opens that registration's matrix, scrolled to the app. */
  readonly onOpenRegistration: (registration: Registration, appId: string) => void;
}

/** One app's grants on every registration, one row per registration, editable in one save. */
export function TenantAppView(props: TenantAppViewProps): ReactElement {
  const { strings } = useLocalizer();
  return (
    <section aria-label={props.appId}>
      <Button onClick={props.onBack}>{strings.registration.back}</Button>
      <Title2 as="h2">{props.appId}</Title2>
    </section>
  );
}
