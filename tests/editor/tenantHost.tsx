/**
 * The harness of the tests across registrations (tenant.test.tsx): the app view or the overview's
 * actions over the in-memory repository, and the steps they share.
 */
import { FluentProvider, useFocusFinders, webLightTheme } from '@fluentui/react-components';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import type { Grant } from '../../src/core/model';
import type { EditorHost } from '../../src/editor';
import { EditorHostProvider } from '../../src/editor/host/EditorHostContext';
import { useRegistrationList } from '../../src/editor/RegistrationList';
import { LocalizerProvider, loadLocalizer } from '../../src/editor/strings';
import { TenantActions } from '../../src/editor/TenantActions';
import { TenantAppView } from '../../src/editor/TenantAppView';
import type { InMemoryRegistrationRepository } from './InMemoryRegistrationRepository';
import { BACKUP_ID, CONTOSO_ID, FABRIKAM_ID, NEW_APP_ID, createHost, createRepository } from './testHost';

type Screen = 'app' | 'actions';

/** Dialogs load on first use: the first one takes a while on a busy machine. */
export const SLOW = { timeout: 30_000 };
function Tenant(props: {
  readonly host: EditorHost;
  readonly screen: Screen;
  readonly appId: string;
}): ReactElement {
  const model = useRegistrationList(props.host);
  // As the app does: Fluent's focus manager outlives every dialog (see PermissionMatrixApp).
  useFocusFinders();
  return props.screen === 'app' ? (
    <TenantAppView
      appId={props.appId}
      model={model}
      onBack={() => undefined}
      onOpenRegistration={() => undefined}
    />
  ) : (
    <TenantActions model={model} registrationIds={[CONTOSO_ID, FABRIKAM_ID]} appIds={[]} />
  );
}

export async function renderTenant(
  screenKind: Screen,
  appId = BACKUP_ID,
  repository: InMemoryRegistrationRepository = createRepository(),
): Promise<{ user: ReturnType<typeof userEvent.setup>; repository: InMemoryRegistrationRepository }> {
  const localizer = await loadLocalizer('en-US');
  const host = createHost({ repository });
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <EditorHostProvider value={host}>
        <LocalizerProvider value={localizer}>
          <Tenant host={host} screen={screenKind} appId={appId} />
        </LocalizerProvider>
      </EditorHostProvider>
    </FluentProvider>,
  );
  return { user, repository };
}

/** A grant with its permissions in one order: the service keeps its own. */
export const sorted = (value: Grant | undefined): Grant | undefined =>
  value && {
    ...value,
    delegatedPermissions: [...value.delegatedPermissions].sort(),
    applicationPermissions: [...value.applicationPermissions].sort(),
  };
export const heldBy = (
  repository: InMemoryRegistrationRepository,
  registrationId: string,
  appId: string,
): Grant | undefined => sorted(repository.grantsOf(registrationId).find((g) => g.appId === appId));

export const rowCell = (
  registration: string,
  plane: 'Delegated' | 'Application',
  permission: string,
): HTMLElement => screen.getByRole('checkbox', { name: `${registration} ${plane} ${permission}` });

/** Apply to registrations…: the app, a preset, Review. */
export async function applyBackupReader(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  await user.click(await screen.findByRole('button', { name: 'Apply to registrations…' }));
  const dialog = await screen.findByRole('dialog', { name: 'Apply to registrations' }, SLOW);
  await user.type(within(dialog).getByRole('textbox', { name: 'App (client id or name)' }), NEW_APP_ID);
  // What the preset grants is said before it is applied.
  await user.click(
    within(dialog).getByRole('radio', {
      name: 'Backup reader: Delegated: none. Application (app-only): read, readContent, enumeratePermissions.',
    }),
  );
  await user.click(within(dialog).getByRole('button', { name: 'Review' }));
  return screen.findByRole('dialog', { name: 'Review changes across registrations' }, SLOW);
}
