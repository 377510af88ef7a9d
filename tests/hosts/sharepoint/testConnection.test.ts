import { describe, expect, it } from 'vitest';
import { GraphError } from '../../../src/graph';
import { testConnection } from '../../../src/hosts/sharepoint/testConnection';
import { createRepository } from '../../editor/testHost';

const strings = {
  TestConnectionStarting: 'Still starting.',
  TestConnectionOk: 'Connected: {0}.',
  TestConnectionConfig: 'Settings:',
  TestConnectionSignIn: 'Not signed in.',
};

describe('Test connection', () => {
  it('counts the registrations the running configuration can read', async () => {
    const repository = createRepository();
    await expect(testConnection({ state: 'ready', repository }, strings, 'en-US')).resolves.toEqual({
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
    const report = await testConnection({ state: 'ready', repository }, strings, 'it-IT');
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
      ),
    ).resolves.toEqual({ ok: false, text: 'Settings: clientId must be a GUID.' });
    await expect(
      testConnection({ state: 'failed', reason: 'sign_in', details: [] }, strings, 'en'),
    ).resolves.toEqual({
      ok: false,
      text: 'Not signed in.',
    });
    await expect(testConnection({ state: 'starting' }, strings, 'en')).resolves.toEqual({
      ok: false,
      text: 'Still starting.',
    });
  });
});
