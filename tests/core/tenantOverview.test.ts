import { describe, expect, it } from 'vitest';
import { appMatches, queryTerms, registrationMatches } from '../../src/core/appSearch';
import type { Grant, Registration } from '../../src/core/model';
import { grantRisks } from '../../src/core/risks';
import {
  appCells,
  buildTenantOverview,
  filterOverview,
  overviewCell,
  type RegistrationGrants,
} from '../../src/core/tenantOverview';
import {
  GRAPH_EXPLORER_APP_ID,
  MICROSOFT_FOUNDRY_APP_ID,
  wellKnownAppName,
} from '../../src/core/wellKnownApps';

const OWNER = '71392b2f-1765-406e-86af-5907d9bdb2ab';
const OTHER_OWNER = '3b1f0e2a-5c4d-4e6f-8a9b-0c1d2e3f4a5b';
const BACKUP = 'b4c6d8e0-2f4a-4c6e-8a0b-1d3f5e7a9c2b';
const GUEST = '89ea5c94-7736-4e25-95ad-3fa95f62b6cd';

const grant = (appId: string, delegated: string[], application: string[]): Grant => ({
  appId,
  delegatedPermissions: delegated,
  applicationPermissions: application,
});

const legal: Registration = { id: 'a1a1a1a1-0000-4000-8000-000000000001', name: 'Legal', owningAppId: OWNER };
const hr: Registration = {
  id: 'a1a1a1a1-0000-4000-8000-000000000002',
  name: 'HR records',
  owningAppId: OWNER,
};
const partner: Registration = {
  id: 'a1a1a1a1-0000-4000-8000-000000000003',
  name: 'Partner files',
  owningAppId: OTHER_OWNER,
};

const tenant: RegistrationGrants[] = [
  {
    registration: legal,
    grants: [
      grant(OWNER, ['full'], ['full']),
      grant(BACKUP, ['none'], ['read', 'readContent', 'enumeratePermissions']),
      grant(GUEST, ['readContent', 'writeContent'], ['none']),
    ],
  },
  {
    registration: hr,
    grants: [grant(OWNER, ['full'], ['full']), grant(BACKUP, ['none'], ['readContent', 'writeContent'])],
  },
  {
    registration: partner,
    grants: [
      grant(OTHER_OWNER, ['full'], ['full']),
      // The demo owner is a guest here, with full: a risk.
      grant(OWNER, ['full'], ['none']),
      grant(GRAPH_EXPLORER_APP_ID, ['full'], ['none']),
      {
        ...grant(GUEST, ['readContent', 'manageSensitivityLabels'], ['unknownFutureValue']),
        unreadablePlanes: ['application'],
      },
    ],
  },
];

describe('risks', () => {
  it('flags guests with full, with managePermissions, and with app-only write access', () => {
    expect(grantRisks(grant(GUEST, ['full'], ['none']), OWNER)).toEqual([
      'guest_full',
      'guest_manage_permissions',
    ]);
    expect(grantRisks(grant(GUEST, ['readContent', 'managePermissions'], ['none']), OWNER)).toEqual([
      'guest_manage_permissions',
    ]);
    expect(grantRisks(grant(GUEST, ['none'], ['readContent', 'writeContent']), OWNER)).toEqual([
      'guest_application_write',
    ]);
    expect(grantRisks(grant(GUEST, ['none'], ['create']), OWNER)).toEqual(['guest_application_write']);
  });

  it('does not flag an app-only reader, a delegated writer, or the owning app itself', () => {
    expect(
      grantRisks(grant(GUEST, ['none'], ['read', 'readContent', 'enumeratePermissions']), OWNER),
    ).toEqual([]);
    expect(grantRisks(grant(GUEST, ['readContent', 'writeContent'], ['none']), OWNER)).toEqual([]);
    expect(grantRisks(grant(OWNER.toUpperCase(), ['full'], ['full']), OWNER)).toEqual([]);
  });
});

describe('well-known apps and search', () => {
  it('names Microsoft’s documented first-party apps without any lookup, in any letter case', () => {
    expect(wellKnownAppName(GRAPH_EXPLORER_APP_ID.toUpperCase())).toBe('Graph Explorer');
    expect(wellKnownAppName(MICROSOFT_FOUNDRY_APP_ID)).toBe('Microsoft Foundry');
    expect(wellKnownAppName(GUEST)).toBeUndefined();
  });

  it('matches every word in the name or the id, in any letter case', () => {
    const names = new Map([[BACKUP, 'Contoso Backup']]);
    const find = (query: string): string[] =>
      [OWNER, BACKUP, GRAPH_EXPLORER_APP_ID].filter((appId) =>
        appMatches(queryTerms(query), appId, names.get(appId)),
      );
    expect(find('backup')).toEqual([BACKUP]);
    expect(find('CONTOSO back')).toEqual([BACKUP]);
    expect(find('graph expl')).toEqual([GRAPH_EXPLORER_APP_ID]);
    expect(find('b4c6d8e0')).toEqual([BACKUP]);
    expect(find('  ')).toEqual([OWNER, BACKUP, GRAPH_EXPLORER_APP_ID]);
    expect(find('contoso 71392b2f')).toEqual([]);
  });

  it('matches registrations by name or id', () => {
    expect(registrationMatches(queryTerms('hr'), hr)).toBe(true);
    expect(registrationMatches(queryTerms('000000000003'), partner)).toBe(true);
    expect(registrationMatches(queryTerms('legal hr'), legal)).toBe(false);
  });
});

describe('tenant overview', () => {
  const overview = buildTenantOverview(tenant);

  it('has one row per app, one column per registration, and a cell where the app has a grant', () => {
    expect(overview.appIds).toEqual([OWNER, BACKUP, GUEST, OTHER_OWNER, GRAPH_EXPLORER_APP_ID]);
    expect(overview.registrations.map((registration) => registration.name)).toEqual([
      'Legal',
      'HR records',
      'Partner files',
    ]);
    expect(overviewCell(overview, hr.id, GUEST)).toBeUndefined();
    expect(overviewCell(overview, legal.id.toUpperCase(), BACKUP.toUpperCase())).toMatchObject({
      registrationId: legal.id,
      appId: BACKUP,
      owner: false,
      levels: { delegated: 'none', application: 'read' },
      risks: [],
    });
  });

  it('marks the owning app per registration, and a guest with full as a risk', () => {
    expect(overviewCell(overview, legal.id, OWNER)).toMatchObject({ owner: true, risks: [] });
    expect(overviewCell(overview, partner.id, OWNER)).toMatchObject({
      owner: false,
      risks: ['guest_full', 'guest_manage_permissions'],
    });
  });

  it('says which planes hold values it cannot level, and which grants are read-only', () => {
    expect(overviewCell(overview, partner.id, GUEST)).toMatchObject({
      levels: { delegated: 'read', application: 'none' },
      unknownValues: ['delegated', 'application'],
      readOnly: true,
    });
  });

  it('lists one app on every registration it has a grant on (the app view)', () => {
    expect(appCells(overview, BACKUP).map((cell) => [cell.registrationId, cell.levels.application])).toEqual([
      [legal.id, 'read'],
      [hr.id, 'write'],
    ]);
    expect(appCells(overview, '00000000-0000-4000-8000-000000000000')).toEqual([]);
  });

  it('answers "who can write content?" and "who has full?"', () => {
    expect(filterOverview(overview, { level: { atLeast: 'write', group: 'content' } }).appIds).toEqual([
      OWNER,
      BACKUP,
      GUEST,
      OTHER_OWNER,
      GRAPH_EXPLORER_APP_ID,
    ]);
    expect(filterOverview(overview, { level: { atLeast: 'full', plane: 'application' } }).appIds).toEqual([
      OWNER,
      OTHER_OWNER,
    ]);
    expect(
      filterOverview(overview, { level: { atLeast: 'write', group: 'content', plane: 'application' } })
        .appIds,
    ).toEqual([OWNER, BACKUP, OTHER_OWNER]);
  });

  it('applies the level filter to the registrations shown only', () => {
    const selection = filterOverview(overview, {
      registration: 'legal',
      level: { atLeast: 'write', plane: 'application' },
    });
    expect(selection.registrationIds).toEqual([legal.id]);
    // The backup app writes app-only on HR, not on Legal.
    expect(selection.appIds).toEqual([OWNER]);
  });

  it('leaves out the apps with no grant on the registrations a filter leaves', () => {
    const selection = filterOverview(overview, { registration: 'hr' });
    expect(selection.registrationIds).toEqual([hr.id]);
    expect(selection.appIds).toEqual([OWNER, BACKUP]);
  });

  it('filters by app name or id and by risk', () => {
    const names = new Map([[BACKUP, 'Contoso Backup']]);
    expect(filterOverview(overview, { app: 'contoso', names }).appIds).toEqual([BACKUP]);
    expect(filterOverview(overview, { app: 'explorer' }).appIds).toEqual([GRAPH_EXPLORER_APP_ID]);
    expect(filterOverview(overview, { risky: true }).appIds).toEqual([OWNER, BACKUP, GRAPH_EXPLORER_APP_ID]);
  });
});

describe('tenant overview by settings', () => {
  const open: Registration = { ...legal, settings: { sharingCapability: 'externalUserAndGuestSharing' } };
  const closed: Registration = { ...hr, settings: { sharingCapability: 'disabled', isSearchEnabled: false } };
  const unknown: Registration = { ...partner, settings: { sharingCapability: 'somethingNew' } };
  const overview = buildTenantOverview([
    { registration: open, grants: [grant(OWNER, ['full'], ['full'])] },
    { registration: closed, grants: [grant(OWNER, ['full'], ['full']), grant(GUEST, ['read'], ['none'])] },
    { registration: unknown, grants: [grant(OTHER_OWNER, ['full'], ['full'])] },
  ]);

  it('keeps only the registrations whose settings answer the question, and the apps on them', () => {
    expect(filterOverview(overview, { settings: 'anyone' })).toEqual({
      registrationIds: [open.id],
      appIds: [OWNER],
    });
    expect(filterOverview(overview, { settings: 'searchOff' })).toEqual({
      registrationIds: [closed.id],
      appIds: [OWNER, GUEST],
    });
  });

  it('never counts a value it cannot read as an answer', () => {
    expect(filterOverview(overview, { settings: 'guests' }).registrationIds).toEqual([open.id]);
  });
});
