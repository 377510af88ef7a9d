import type { app } from '@microsoft/teams-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectToTeams, toTeamsTheme, type TeamsApp } from '../../../src/hosts/teams/teamsContext';

function fakeTeams(overrides: Partial<TeamsApp> = {}): TeamsApp {
  const context = {
    app: {
      locale: 'it-it',
      theme: 'dark',
      sessionId: 's',
      host: { name: 'Teams', clientType: 'web', sessionId: 'h' },
    },
    page: { id: 'matrix', frameContext: 'content' },
    user: {
      id: '00000000-0000-0000-0000-0000000000aa',
      displayName: 'Megan Bowen',
      userPrincipalName: 'megan@contoso.onmicrosoft.com',
      tenant: { id: '11111111-2222-3333-4444-555555555555' },
    },
  } as unknown as app.Context;
  return {
    initialize: vi.fn(() => Promise.resolve()),
    getContext: vi.fn(() => Promise.resolve(context)),
    registerOnThemeChangeHandler: vi.fn(),
    notifySuccess: vi.fn(),
    ...overrides,
  };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('connectToTeams', () => {
  it('reads tenant, user, locale and theme from the Teams context', async () => {
    const context = await connectToTeams(fakeTeams(), true);
    expect(context).toEqual({
      tenantId: '11111111-2222-3333-4444-555555555555',
      userObjectId: '00000000-0000-0000-0000-0000000000aa',
      userPrincipalName: 'megan@contoso.onmicrosoft.com',
      displayName: 'Megan Bowen',
      locale: 'it-it',
      theme: 'dark',
      hostName: 'Teams',
    });
  });

  it('runs as a web page without asking Teams when the page is not framed', async () => {
    const teams = fakeTeams();
    await expect(connectToTeams(teams, false)).resolves.toBeUndefined();
    expect(teams.initialize).not.toHaveBeenCalled();
  });

  it('runs as a web page when initialize rejects (no Teams parent)', async () => {
    const teams = fakeTeams({ initialize: vi.fn(() => Promise.reject(new Error('No Parent window found'))) });
    await expect(connectToTeams(teams, true)).resolves.toBeUndefined();
  });

  it('gives up waiting for a parent frame that never answers', async () => {
    vi.useFakeTimers();
    const teams = fakeTeams({ initialize: vi.fn(() => new Promise<void>(() => undefined)) });
    const connecting = connectToTeams(teams, true, 4000);
    await vi.advanceTimersByTimeAsync(4000);
    await expect(connecting).resolves.toBeUndefined();
    expect(teams.getContext).not.toHaveBeenCalled();
  });
});

describe('toTeamsTheme', () => {
  it.each([
    ['default', 'default'],
    ['dark', 'dark'],
    ['contrast', 'contrast'],
    ['something-new', 'default'],
    [undefined, 'default'],
  ])('reads %s as %s', (value, expected) => {
    expect(toTeamsTheme(value)).toBe(expected);
  });
});
