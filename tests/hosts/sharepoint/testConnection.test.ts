import { describe, expect, it } from 'vitest';
import { GraphError } from '../../../src/graph';
import { testConnection, type TestConnectionStrings } from '../../../src/hosts/sharepoint/testConnection';
import { SHAREPOINT_MODE_GRANT_COMMANDS } from '../../../src/hosts/sharepoint/webPartConfig';
import { createRepository } from '../../editor/testHost';
import { webPartStrings } from './webPartStrings';

const strings = {
  TestConnectionStarting: 'Still starting.',
  TestConnectionOk: 'Connected: {0}.',
  TestConnectionConfig: 'Settings:',
  TestConnectionSignIn: 'Not signed in.',
  TestConnectionSharePointPermission: 'Missing {0}; run {1} or {2}.',
};

const missingConsent = (): GraphError =>
  new GraphError({
    code: 'consent_required',
    status: 403,
    graphCode: 'Authorization_RequestDenied',
    requestId: 'req-7',
  });

describe('Test connection', () => {
  it('counts the registrations the running configuration can read', async () => {
    const repository = createRepository();
    await expect(testConnection({ state: 'ready', repository }, strings, 'en-US', 'msal')).resolves.toEqual({
      ok: true,
      text: 'Connected: 2.',
    });
  });

  it('explains a Graph failure in the admin’s language with the request id', async () => {
    const repository = createRepository();
    repository.failNext(
      'listRegistrations',
      new GraphError({ code: 'consent_required', status: 403, requestId: 'req-42' }),
    );
    const report = await testConnection({ state: 'ready', repository }, strings, 'it-IT', 'msal');
    expect(report.ok).toBe(false);
    expect(report.text).toContain('req-42');
    expect(report.text).toMatch(/consenso/i);
  });

  it('reports settings problems and a missing sign-in without calling Graph', async () => {
    await expect(
      testConnection(
        { state: 'failed', reason: 'config', details: ['clientId must be a GUID.'] },
        strings,
        'en',
        'msal',
      ),
    ).resolves.toEqual({ ok: false, text: 'Settings: clientId must be a GUID.' });
    await expect(
      testConnection({ state: 'failed', reason: 'sign_in', details: [] }, strings, 'en', 'msal'),
    ).resolves.toEqual({
      ok: false,
      text: 'Not signed in.',
    });
    await expect(testConnection({ state: 'starting' }, strings, 'en', 'msal')).resolves.toEqual({
      ok: false,
      text: 'Still starting.',
    });
  });

  it('in SharePoint mode, names the missing permission and the commands that grant it', async () => {
    const repository = createRepository();
    repository.failNext('listRegistrations', missingConsent());
    await expect(
      testConnection({ state: 'ready', repository }, strings, 'en-US', 'sharepoint'),
    ).resolves.toEqual({
      ok: false,
      text: `Missing FileStorageContainerTypeReg.Manage.All; run ${SHAREPOINT_MODE_GRANT_COMMANDS.cli} or ${SHAREPOINT_MODE_GRANT_COMMANDS.powerShell}. Request id: req-7`,
    });
    expect(SHAREPOINT_MODE_GRANT_COMMANDS.cli).toBe(
      'm365 spo serviceprincipal grant add --resource "Microsoft Graph" --scope FileStorageContainerTypeReg.Manage.All',
    );
  });

  it('says so in English, Italian and Russian with the web part’s own strings', async () => {
    const expected: Record<'en-us' | 'it-it' | 'ru-ru', [string, RegExp]> = {
      'en-us': ['en-US', /does not have FileStorageContainerTypeReg\.Manage\.All.*Global Administrator/],
      'it-it': ['it-IT', /non ha ancora FileStorageContainerTypeReg\.Manage\.All.*amministratore globale/],
      'ru-ru': ['ru-RU', /нет разрешения FileStorageContainerTypeReg\.Manage\.All.*Глобальный администратор/],
    };
    for (const [file, [locale, wording]] of Object.entries(expected)) {
      const repository = createRepository();
      repository.failNext('listRegistrations', missingConsent());
      const report = await testConnection(
        { state: 'ready', repository },
        webPartStrings<TestConnectionStrings>(file as keyof typeof expected),
        locale,
        'sharepoint',
      );
      expect(report.ok).toBe(false);
      expect(report.text).toMatch(wording);
      expect(report.text).toContain(SHAREPOINT_MODE_GRANT_COMMANDS.cli);
      expect(report.text).toContain(SHAREPOINT_MODE_GRANT_COMMANDS.powerShell);
      expect(report.text).toContain('req-7');
      expect(report.text).not.toMatch(/\{\d\}/);
    }
  });

  it('in MSAL mode, keeps the editor’s consent explanation (the app’s own admin consent)', async () => {
    const repository = createRepository();
    repository.failNext('listRegistrations', missingConsent());
    const report = await testConnection({ state: 'ready', repository }, strings, 'en-US', 'msal');
    expect(report.text).not.toContain('m365');
    expect(report.text).toMatch(/admin consent/i);
  });
});
