/** Issue 15 §3: the matrix says why app names are missing, and "Show app names" asks for them. */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppNamesStatus } from '../../src/core/appNames';
import type { AppNamesAccess } from '../../src/editor';
import {
  createHost,
  createRepository,
  GUEST_ID,
  memoryStorage,
  openRegistration,
  renderApp,
} from './testHost';

/** The host's directory access, scripted: `request()` moves to `afterRequest`. */
class ScriptedAccess implements AppNamesAccess {
  public requests = 0;
  private readonly listeners = new Set<() => void>();

  public constructor(
    private current: AppNamesStatus,
    private readonly afterRequest: AppNamesStatus = current,
  ) {}

  public status(): AppNamesStatus {
    return this.current;
  }

  public subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  public async request(): Promise<void> {
    this.requests += 1;
    this.current = this.afterRequest;
    for (const listener of this.listeners) listener();
  }
}

/** A host whose repository finds names only while the access says a directory token is at hand. */
function hostWith(
  access: ScriptedAccess,
  locale = 'en-US',
  preferenceStorage = memoryStorage(),
): ReturnType<typeof createHost> {
  const repository = createRepository();
  const lookup = repository.lookupAppDisplayName.bind(repository);
  repository.lookupAppDisplayName = (appId) =>
    access.status().type === 'shown' ? lookup(appId) : Promise.resolve(undefined);
  return createHost({ repository, appNames: access, locale, preferenceStorage });
}

describe('app names in the matrix', () => {
  it('says that consent is missing, and shows names after “Show app names”', async () => {
    const access = new ScriptedAccess({ type: 'missing', reason: 'no_consent' }, { type: 'shown' });
    const { user } = renderApp(hostWith(access));
    await openRegistration(user);
    expect(screen.getByText('App names are not shown')).toBeInTheDocument();
    // One line at first; "More" says why.
    expect(screen.queryByText(/This app has no consent for directory read access/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'More' }));
    expect(
      screen.getByText(
        /This app has no consent for directory read access \(Application\.Read\.All\) in your tenant/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: `${GUEST_ID} Delegated readContent` })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Show app names' }));
    expect(access.requests).toBe(1);
    await screen.findByRole('checkbox', { name: 'Guest Delegated readContent' });
    expect(screen.queryByText('App names are not shown')).not.toBeInTheDocument();
  });

  it('keeps the notice on one line until the admin unfolds it, and remembers that choice', async () => {
    const preferences = memoryStorage();
    const missing = (): ScriptedAccess => new ScriptedAccess({ type: 'missing', reason: 'not_requested' });
    const first = renderApp(hostWith(missing(), 'en-US', preferences));
    await openRegistration(first.user);
    const more = screen.getByRole('button', { name: 'More' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByText(/Names need directory read access/)).not.toBeInTheDocument();
    await first.user.click(more);
    expect(screen.getByRole('button', { name: 'Less' })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/Names need directory read access/)).toBeInTheDocument();
    first.unmount();

    // The next visit (the same browser) opens it unfolded.
    const second = renderApp(hostWith(missing(), 'en-US', preferences));
    await openRegistration(second.user);
    expect(screen.getByText(/Names need directory read access/)).toBeInTheDocument();
    await second.user.click(screen.getByRole('button', { name: 'Less' }));
    expect(screen.queryByText(/Names need directory read access/)).not.toBeInTheDocument();
    expect([...preferences.items.values()]).toEqual(['false']);
  });

  it('says nothing while names are shown', async () => {
    const { user } = renderApp(hostWith(new ScriptedAccess({ type: 'shown' })));
    await openRegistration(user);
    await screen.findByRole('checkbox', { name: 'Guest Delegated readContent' });
    expect(screen.queryByText('App names are not shown')).not.toBeInTheDocument();
  });

  it('gives the reason in Italian (the role) and in Russian (a failed lookup)', async () => {
    const italian = renderApp(hostWith(new ScriptedAccess({ type: 'missing', reason: 'role' }), 'it-IT'));
    await openRegistration(italian.user);
    expect(screen.getByText('I nomi delle app non sono visualizzati')).toBeInTheDocument();
    await italian.user.click(screen.getByRole('button', { name: 'Altro' }));
    expect(
      screen.getByText(/Il tuo account non mostra il ruolo di amministratore di SharePoint Embedded/),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Mostra i nomi delle app' })).toBeInTheDocument();
    italian.unmount();

    const russian = renderApp(
      hostWith(new ScriptedAccess({ type: 'missing', reason: 'lookup_failed' }), 'ru-RU'),
    );
    await openRegistration(russian.user);
    expect(screen.getByText('Имена приложений не показаны')).toBeInTheDocument();
    await russian.user.click(screen.getByRole('button', { name: 'Подробнее' }));
    expect(screen.getByText(/Каталог отклонил поиск имён или не ответил/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Показать имена приложений' })).toBeInTheDocument();
  });
});
