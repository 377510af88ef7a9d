/**
 * Configuration problems as the tab (and the web part's page) shows them at start-up: worded from the
 * editor's strings in the admin's language (issue 15 §6).
 */
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { parseAuthConfig } from '../../../src/auth';
import { startEditor } from '../../../src/hosts/shared/startEditor';

function startWith(locale: string, config: unknown): ReturnType<typeof startEditor> {
  const root = document.createElement('div');
  document.body.append(root);
  return startEditor({
    root,
    layout: 'page',
    locale,
    theme: 'light',
    subscribeTheme: () => () => undefined,
    config: parseAuthConfig(config),
    signInMethod: () => {
      throw new Error('an invalid configuration never signs in');
    },
    hints: {},
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    onRetry: () => undefined,
  });
}

const WRONG = { clientId: 'abc', cloud: 'mars' };

describe('configuration problems at start-up', () => {
  it('are listed in Italian for an Italian admin, with no English left', async () => {
    const started = startWith('it-IT', WRONG);
    await expect(started.done).resolves.toMatchObject({ state: 'failed', reason: 'config' });
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      'clientId deve essere un GUID come 00000000-0000-0000-0000-000000000000 (l’ID client dell’app); valore ricevuto: «abc».',
      'cloud deve essere uno tra global, usGovL4, usGovL5, china, local; valore ricevuto: «mars».',
    ]);
    for (const item of items) expect(item).not.toMatch(/\b(must|got|nothing)\b/);
    started.stop();
  });

  it('are listed in Russian for a Russian admin, a missing value included', async () => {
    const started = startWith('ru-RU', { cloud: 'mars' });
    await expect(started.done).resolves.toMatchObject({ state: 'failed', reason: 'config' });
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'clientId должен быть GUID, например 00000000-0000-0000-0000-000000000000 (идентификатор клиента приложения); получено: ничего.',
      'cloud должен быть одним из значений: global, usGovL4, usGovL5, china, local; получено: «mars».',
    ]);
    started.stop();
  });

  it('say at start that SharePoint Embedded is not in the configured cloud, before any sign-in or Graph call', async () => {
    // signInMethod throws: start-up never reaches sign-in, so no token and no Graph request.
    const english = startWith('en-US', {
      clientId: '71392b2f-1765-406e-86af-5907d9bdb2ab',
      cloud: 'usGovL4',
    });
    await expect(english.done).resolves.toMatchObject({ state: 'failed', reason: 'config' });
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'SharePoint Embedded is not available in cloud “usGovL4”: Microsoft offers it in the commercial cloud, GCC and 21Vianet, not in GCC High or DoD, so this tool cannot work there. Use one of global, china, local.',
    ]);
    english.stop();

    const italian = startWith('it-IT', {
      clientId: '71392b2f-1765-406e-86af-5907d9bdb2ab',
      cloud: 'usGovL5',
    });
    await expect(italian.done).resolves.toMatchObject({ state: 'failed', reason: 'config' });
    expect(screen.getByRole('listitem').textContent).toBe(
      'SharePoint Embedded non è disponibile nel cloud «usGovL5»: Microsoft lo offre nel cloud commerciale, in GCC e in 21Vianet, non in GCC High né in DoD, quindi questo strumento non può funzionare lì. Usa uno tra global, china, local.',
    );
    italian.stop();
  });

  it('keep the English wording for an English admin', async () => {
    const started = startWith('en-US', WRONG);
    await expect(started.done).resolves.toMatchObject({ state: 'failed' });
    expect(screen.getAllByRole('listitem')[0]?.textContent).toBe(
      'clientId must be a GUID such as 00000000-0000-0000-0000-000000000000 (the app’s client id); got “abc”.',
    );
    started.stop();
  });
});
