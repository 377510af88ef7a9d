import { describe, expect, it } from 'vitest';
import { applyChanges, changedPlanes, diffGrants } from '../../src/core/diffGrants';
import type { Grant } from '../../src/core/model';

const owner: Grant = {
  appId: '71392b2f-1765-406e-86af-5907d9bdb2ab',
  delegatedPermissions: ['full'],
  applicationPermissions: ['full'],
};
const guest: Grant = {
  appId: '89ea5c94-7736-4e25-95ad-3fa95f62b6cd',
  delegatedPermissions: ['read', 'write'],
  applicationPermissions: ['none'],
};
const backup: Grant = {
  appId: 'aa4b1f0e-5c2d-4e8a-9b7c-1d2e3f4a5b6c',
  delegatedPermissions: ['none'],
  applicationPermissions: ['readContent', 'read', 'enumeratePermissions'],
};

describe('diffGrants', () => {
  it('is empty when nothing changed in meaning', () => {
    expect(diffGrants([owner, guest], [{ ...owner, delegatedPermissions: ['full', 'read'] }, guest])).toEqual(
      [],
    );
  });

  it('lists an added app', () => {
    expect(diffGrants([owner], [owner, backup])).toEqual([
      { type: 'added', appId: backup.appId, after: backup },
    ]);
  });

  it('lists a removed app', () => {
    expect(diffGrants([owner, guest], [owner])).toEqual([
      { type: 'removed', appId: guest.appId, before: guest },
    ]);
  });

  it('lists the permissions granted and revoked per plane', () => {
    const edited: Grant = {
      ...guest,
      delegatedPermissions: ['read'],
      applicationPermissions: ['readContent', 'writeContent'],
    };
    expect(diffGrants([guest], [edited])).toEqual([
      {
        type: 'changed',
        appId: guest.appId,
        before: guest,
        after: edited,
        delegated: { added: [], removed: ['write'], included: [] },
        application: { added: ['readContent', 'writeContent'], removed: ['none'], included: [] },
      },
    ]);
  });

  it('says what a new grant includes, apart from what is revoked', () => {
    const reader: Grant = { ...guest, delegatedPermissions: ['readContent', 'read', 'create'] };
    const [change] = diffGrants([reader], [{ ...reader, delegatedPermissions: ['manageContent', 'read'] }]);
    expect(change).toMatchObject({
      type: 'changed',
      delegated: {
        added: ['manageContent'],
        removed: ['create'],
        included: [{ permission: 'readContent', includedIn: 'manageContent' }],
      },
    });
    // `full` includes everything; the most specific parent is named.
    const [toFull] = diffGrants([reader], [{ ...reader, delegatedPermissions: ['full'] }]);
    expect(toFull).toMatchObject({
      delegated: {
        added: ['full'],
        removed: [],
        included: [
          { permission: 'readContent', includedIn: 'full' },
          { permission: 'create', includedIn: 'full' },
          { permission: 'read', includedIn: 'full' },
        ],
      },
    });
  });

  it('counts an unknown value as a change', () => {
    const changes = diffGrants(
      [guest],
      [{ ...guest, delegatedPermissions: ['read', 'write', 'manageSensitivityLabels'] }],
    );
    expect(changes[0]).toMatchObject({
      type: 'changed',
      delegated: { added: ['manageSensitivityLabels'], removed: [] },
    });
  });

  it('matches apps by id regardless of case', () => {
    expect(diffGrants([guest], [{ ...guest, appId: guest.appId.toUpperCase() }])).toEqual([]);
  });
});

describe('applyChanges', () => {
  it('gives the edited grants back from the baseline and the diff', () => {
    const baseline = [owner, guest];
    const edited = [owner, { ...guest, applicationPermissions: ['read'] }, backup];
    expect(applyChanges(baseline, diffGrants(baseline, edited))).toEqual(edited);
  });

  it('removes removed apps', () => {
    expect(applyChanges([owner, guest, backup], diffGrants([owner, guest, backup], [owner, backup]))).toEqual(
      [owner, backup],
    );
  });
});

describe('changedPlanes', () => {
  it('names the plane a cell change touches, and only it', () => {
    const edited = { ...guest, applicationPermissions: ['readContent'] };
    expect(changedPlanes(diffGrants([owner, guest], [owner, edited]))).toEqual(['application']);
    const delegated = { ...guest, delegatedPermissions: ['read'] };
    expect(changedPlanes(diffGrants([owner, guest], [owner, delegated]))).toEqual(['delegated']);
  });

  it('counts an added or removed app for each plane where it has permissions', () => {
    expect(changedPlanes(diffGrants([owner], [owner, backup]))).toEqual(['application']);
    expect(changedPlanes(diffGrants([owner, guest], [owner]))).toEqual(['delegated']);
    expect(changedPlanes(diffGrants([guest], [owner, guest]))).toEqual(['delegated', 'application']);
  });

  it('is empty when nothing changed in meaning', () => {
    expect(changedPlanes(diffGrants([owner, guest], [owner, guest]))).toEqual([]);
  });
});
