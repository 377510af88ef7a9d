import { describe, expect, it } from 'vitest';
import {
  canEditSetting,
  editedSettings,
  parseSettingInput,
  readSettings,
  settingChanges,
  settingDifferences,
  settingsLanded,
  settingsPatch,
} from '../../src/core/registrationSettings';

/** The documented example (graph-api.md §2.4) with the beta agent setting. */
const DOCUMENTED = {
  '@odata.type': 'microsoft.graph.fileStorageContainerTypeRegistrationSettings',
  sharingCapability: 'disabled',
  urlTemplate: 'https://app.contoso.com/redirect?item={item-id}',
  isDiscoverabilityEnabled: true,
  isSearchEnabled: true,
  isItemVersioningEnabled: true,
  itemMajorVersionLimit: 50,
  maxStoragePerContainerInBytes: 104857600,
  isSharingRestricted: false,
  agent: { chatEmbedAllowedHosts: ['https://contoso.com'] },
};

describe('reading settings', () => {
  it('reads every documented setting by its type, the agent hosts by their path', () => {
    const read = readSettings(DOCUMENTED);
    expect(read.values).toEqual({
      sharingCapability: 'disabled',
      urlTemplate: 'https://app.contoso.com/redirect?item={item-id}',
      isDiscoverabilityEnabled: true,
      isSearchEnabled: true,
      isItemVersioningEnabled: true,
      itemMajorVersionLimit: 50,
      maxStoragePerContainerInBytes: 104857600,
      isSharingRestricted: false,
      'agent.chatEmbedAllowedHosts': ['https://contoso.com'],
    });
    expect(read.other).toEqual([]);
  });

  it('keeps unknown settings and values of another shape as text, and never edits them', () => {
    const read = readSettings({
      sharingCapability: 'unknownFutureValue',
      isSearchEnabled: 'yes',
      futureSetting: { nested: [1, '<b>x</b>'] },
      agent: { chatEmbedAllowedHosts: ['https://contoso.com'], futureAgentSetting: true },
    });
    expect(read.other).toEqual([
      { path: 'sharingCapability', text: '"unknownFutureValue"' },
      { path: 'isSearchEnabled', text: '"yes"' },
      { path: 'futureSetting', text: '{"nested":[1,"<b>x</b>"]}' },
      { path: 'agent.futureAgentSetting', text: 'true' },
    ]);
    expect(canEditSetting(read, 'sharingCapability')).toBe(false);
    expect(canEditSetting(read, 'isSearchEnabled')).toBe(false);
    // A PATCH of the agent could replace its other settings unseen.
    expect(canEditSetting(read, 'agent.chatEmbedAllowedHosts')).toBe(false);
    expect(canEditSetting(read, 'isDiscoverabilityEnabled')).toBe(true);
  });

  it.each([null, 'text', 42, [], undefined])('reads %j as no settings', (raw) => {
    expect(readSettings(raw)).toEqual({ values: {}, other: [] });
  });

  it('never offers to edit what a consuming tenant cannot override', () => {
    expect(canEditSetting(readSettings(DOCUMENTED), 'isSharingRestricted')).toBe(false);
  });
});

describe('changes and the PATCH body', () => {
  it('sends only what changed, the agent hosts nested as Graph has them', () => {
    const read = readSettings(DOCUMENTED);
    const edited = editedSettings({
      sharingCapability: 'externalUserAndGuestSharing',
      isSearchEnabled: 'true',
      itemMajorVersionLimit: ' 100 ',
      'agent.chatEmbedAllowedHosts': '',
    });
    expect(edited).toBeDefined();
    const changes = settingChanges(read, edited ?? {});
    expect(changes).toEqual([
      { key: 'sharingCapability', before: 'disabled', after: 'externalUserAndGuestSharing' },
      { key: 'itemMajorVersionLimit', before: 50, after: 100 },
      { key: 'agent.chatEmbedAllowedHosts', before: ['https://contoso.com'], after: [] },
    ]);
    expect(settingsPatch(changes)).toEqual({
      sharingCapability: 'externalUserAndGuestSharing',
      itemMajorVersionLimit: 100,
      agent: { chatEmbedAllowedHosts: [] },
    });
  });

  it.each([
    ['count', '1.5', 'notWholeNumber'],
    ['count', '-1', 'notWholeNumber'],
    ['bytes', '1e9', 'notWholeNumber'],
    ['bytes', '99999999999999999999', 'notWholeNumber'],
    ['url', 'javascript:alert(1)', 'notHttps'],
    ['url', 'http://app.contoso.com', 'notHttps'],
    ['hosts', 'https://a.com\nftp://b.com', 'hostNotHttps'],
    ['hosts', Array.from({ length: 11 }, (_, i) => `https://h${i}.com`).join('\n'), 'tooManyHosts'],
  ] as const)('refuses %s input %j before sending (%s)', (kind, text, problem) => {
    expect(parseSettingInput(kind, text)).toEqual({ problem });
  });

  it('has no edit to send while any text has a problem', () => {
    expect(editedSettings({ isSearchEnabled: 'false', itemMajorVersionLimit: 'many' })).toBeUndefined();
  });
});

describe('after a lost answer or a stale etag', () => {
  const changes = [{ key: 'isSearchEnabled' as const, before: true, after: false }];

  it('tells applied, not applied and changed elsewhere apart', () => {
    expect(settingsLanded(readSettings({ isSearchEnabled: false }), changes)).toBe('applied');
    expect(settingsLanded(readSettings({ isSearchEnabled: true }), changes)).toBe('not-applied');
    expect(settingsLanded(readSettings({}), changes)).toBe('changed');
  });

  it('lists every setting that differs between two reads, known or not', () => {
    const before = readSettings({ isSearchEnabled: true, futureSetting: 1, urlTemplate: 'https://a' });
    const now = readSettings({
      isSearchEnabled: false,
      futureSetting: 2,
      sharingCapability: 'disabled',
      urlTemplate: 'https://a',
    });
    expect(settingDifferences(before, now)).toEqual([
      { path: 'isSearchEnabled', before: true, now: false },
      { path: 'futureSetting', before: '1', now: '2' },
      { path: 'sharingCapability', before: undefined, now: 'disabled' },
    ]);
  });
});
