/**
 * The demo tenant the local stack serves: who can sign in, which container types exist, which are
 * registered and with which grants. Built from the documented examples (graph-api.md, seed-examples.json).
 */
export const DEMO_TENANT_ID = '4f2c9b1e-8a3d-4e6f-b5c7-2d1e0f9a8b76';
export const DEMO_DOMAIN = 'contoso.onmicrosoft.com';

/** The demo owning app: owns the demo container types, and is the tool's own client id locally. */
export const DEMO_OWNING_APP_ID = '71392b2f-1765-406e-86af-5907d9bdb2ab';
/** A central admin tool with `.Manage.All`: not the owner of anything. */
export const ADMIN_TOOL_APP_ID = 'c3a8f5e1-2b4d-4c6e-9f80-1a2b3c4d5e6f';
/** Another vendor's owning app: its registration is invisible to the demo app with `.Selected`. */
export const FABRIKAM_APP_ID = '5e7a1c3d-9b2f-4d6a-8c1e-3f5a7b9c1d2e';
/** The guest app of the documented example (its corrected, 36-character id). */
export const GUEST_APP_ID = '89ea5c94-7736-4e25-95ad-3fa95f62b6cd';
export const BACKUP_APP_ID = 'b4c6d8e0-1f3a-4b5c-9d7e-0a2b4c6d8e1f';
/**
 * "SharePoint Online Client Extensibility Web Application Principal": the app SharePoint's own Graph
 * token is issued to (the web part's `sharepoint` mode). Its id differs in every real tenant.
 */
export const SHAREPOINT_CLIENT_APP_ID = '2d4f6a8c-0e1b-4c3d-9e5f-7a9b1c3d5e7f';
export const GRAPH_EXPLORER_APP_ID = 'de8bc8b5-d9f9-48b1-a8ad-b748da725064';
export const POWER_PLATFORM_APP_ID = 'e8e1b0bf-140f-4b8b-8e94-fbe8937fad04';

export const SPE_ADMIN_ROLE_ID = '1a7d78b6-429f-476b-b8eb-35fb715fffd4';
export const GLOBAL_ADMIN_ROLE_ID = '62e90394-69f5-4237-9190-012177145e10';

export const SCOPE_SELECTED = 'FileStorageContainerTypeReg.Selected';
export const SCOPE_MANAGE_ALL = 'FileStorageContainerTypeReg.Manage.All';

export const TEST_CONTAINER_TYPE_ID = 'de988700-d700-020e-0a00-0831f3042f00';
export const LEGAL_CONTAINER_TYPE_ID = 'a1b2c3d4-0001-4000-8000-000000000001';
export const PROJECTS_CONTAINER_TYPE_ID = 'a1b2c3d4-0002-4000-8000-000000000002';
export const FABRIKAM_CONTAINER_TYPE_ID = 'a1b2c3d4-0003-4000-8000-000000000003';
/** Owned by the demo app, not registered yet: for first-time registration. */
export const UNREGISTERED_CONTAINER_TYPE_ID = 'a1b2c3d4-0004-4000-8000-000000000004';
/** Standard billing that was never set up: registering it answers 405, as documented. */
export const BILLING_PENDING_CONTAINER_TYPE_ID = 'a1b2c3d4-0005-4000-8000-000000000005';

/** A permission value this client's catalog does not know but the (emulated) service does. */
export const FUTURE_PERMISSION = 'manageSensitivityLabels';

export type ProfileName = 'spe-admin' | 'global-admin' | 'no-role' | 'no-scope' | 'manage-all';

export interface Profile {
  readonly name: ProfileName;
  readonly displayName: string;
  readonly upn: string;
  readonly oid: string;
  /** Graph delegated scopes consented for this user and app (short names). */
  readonly scopes: readonly string[];
  /** Entra role template ids (`wids`). */
  readonly wids: readonly string[];
  /** The calling app of tokens minted for this profile by the control API. */
  readonly appId: string;
}

export const PROFILES: Readonly<Record<ProfileName, Profile>> = {
  'spe-admin': {
    name: 'spe-admin',
    displayName: 'Megan Bowen (SharePoint Embedded Administrator)',
    upn: `megan@${DEMO_DOMAIN}`,
    oid: '0f3b5d7e-1a2c-4e6f-8a9b-000000000001',
    scopes: [SCOPE_SELECTED],
    wids: [SPE_ADMIN_ROLE_ID],
    appId: DEMO_OWNING_APP_ID,
  },
  'global-admin': {
    name: 'global-admin',
    displayName: 'Alex Wilber (Global Administrator)',
    upn: `alex@${DEMO_DOMAIN}`,
    oid: '0f3b5d7e-1a2c-4e6f-8a9b-000000000002',
    // The tenant also consented directory reads, so app display names can be looked up.
    scopes: [SCOPE_SELECTED, 'Application.Read.All'],
    wids: [GLOBAL_ADMIN_ROLE_ID],
    appId: DEMO_OWNING_APP_ID,
  },
  'no-role': {
    name: 'no-role',
    displayName: 'Lee Gu (no admin role)',
    upn: `lee@${DEMO_DOMAIN}`,
    oid: '0f3b5d7e-1a2c-4e6f-8a9b-000000000003',
    scopes: [SCOPE_SELECTED],
    wids: [],
    appId: DEMO_OWNING_APP_ID,
  },
  'no-scope': {
    name: 'no-scope',
    displayName: 'Nestor Wilke (no consent)',
    upn: `nestor@${DEMO_DOMAIN}`,
    oid: '0f3b5d7e-1a2c-4e6f-8a9b-000000000004',
    scopes: [],
    wids: [SPE_ADMIN_ROLE_ID],
    appId: DEMO_OWNING_APP_ID,
  },
  'manage-all': {
    name: 'manage-all',
    displayName: 'Patti Fernandez (Manage.All tool)',
    upn: `patti@${DEMO_DOMAIN}`,
    oid: '0f3b5d7e-1a2c-4e6f-8a9b-000000000005',
    scopes: [SCOPE_MANAGE_ALL, 'Application.Read.All'],
    wids: [SPE_ADMIN_ROLE_ID],
    appId: ADMIN_TOOL_APP_ID,
  },
};

export function isProfileName(value: unknown): value is ProfileName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(PROFILES, value);
}

export interface WireGrant {
  appId: string;
  delegatedPermissions: string[];
  applicationPermissions: string[];
}

export interface ContainerType {
  id: string;
  name: string;
  owningAppId: string;
  billingClassification: string;
  /** Standard / pass-through billing must be set up before the type can be registered. */
  billingConfigured: boolean;
  /**
   * The owning type's settings that bind its registrations (graph-api.md §2.2, `fileStorageContainerTypeSettings`):
   * which registration settings a consuming tenant may override (comma-separated, as Graph has them), and
   * the agent hosts an override must stay within. Absent (data files from before it existed): every
   * documented overridable.
   */
  settings?: ContainerTypeSettings;
}

export interface ContainerTypeSettings {
  consumingTenantOverridables: string;
  agent?: { chatEmbedAllowedHosts: string[] };
}

export interface StoredRegistration {
  id: string;
  name: string;
  owningAppId: string;
  billingClassification: string;
  billingStatus: string;
  registeredDateTime: string;
  expirationDateTime: string | null;
  /** Bumped by every change; the wire `etag` is derived from it. */
  version: number;
  settings: Record<string, unknown>;
  grants: WireGrant[];
  /** Not on the wire: a registration with containers cannot be deleted. */
  containerCount: number;
}

export interface TenantState {
  containerTypes: ContainerType[];
  registrations: StoredRegistration[];
  /** Display names of the directory's apps (absent in data files written before it existed). */
  servicePrincipals?: Record<string, string>;
}

const full = (appId: string): WireGrant => ({
  appId,
  delegatedPermissions: ['full'],
  applicationPermissions: ['full'],
});

/** Every value of `consumingTenantOverridables` a consuming tenant can use (graph-api.md §2.2). */
export const ALL_OVERRIDABLES =
  'urlTemplate,isDiscoverabilityEnabled,isSearchEnabled,isItemVersioningEnabled,itemMajorVersionLimit,maxStoragePerContainerInBytes';

const AGENT_HOSTS = ['https://contoso.sharepoint.com', 'https://teams.contoso.com'];

const defaultSettings = (): Record<string, unknown> => ({
  sharingCapability: 'disabled',
  urlTemplate:
    'https://app.contoso.com/redirect?tenant={tenant-id}&drive={drive-id}&folder={folder-id}&item={item-id}',
  isDiscoverabilityEnabled: true,
  isSearchEnabled: true,
  isItemVersioningEnabled: true,
  itemMajorVersionLimit: 50,
  maxStoragePerContainerInBytes: 104857600,
  isSharingRestricted: false,
});

/** A fresh copy of the seeded tenant. */
export function seedTenant(): TenantState {
  return {
    servicePrincipals: { ...SERVICE_PRINCIPALS },
    containerTypes: [
      {
        id: TEST_CONTAINER_TYPE_ID,
        name: 'Test Container Type',
        owningAppId: DEMO_OWNING_APP_ID,
        billingClassification: 'trial',
        billingConfigured: true,
        settings: { consumingTenantOverridables: ALL_OVERRIDABLES },
      },
      {
        id: LEGAL_CONTAINER_TYPE_ID,
        name: 'Contoso Legal Matters',
        owningAppId: DEMO_OWNING_APP_ID,
        billingClassification: 'standard',
        billingConfigured: true,
        // A cautious owner: search and the link template stay as it set them.
        settings: {
          consumingTenantOverridables:
            'isDiscoverabilityEnabled,isItemVersioningEnabled,itemMajorVersionLimit',
        },
      },
      {
        id: PROJECTS_CONTAINER_TYPE_ID,
        name: 'Contoso Project Files',
        owningAppId: DEMO_OWNING_APP_ID,
        billingClassification: 'directToCustomer',
        billingConfigured: true,
        settings: {
          consumingTenantOverridables: ALL_OVERRIDABLES,
          agent: { chatEmbedAllowedHosts: [...AGENT_HOSTS] },
        },
      },
      {
        id: FABRIKAM_CONTAINER_TYPE_ID,
        name: 'Fabrikam Archive',
        owningAppId: FABRIKAM_APP_ID,
        billingClassification: 'standard',
        billingConfigured: true,
        settings: { consumingTenantOverridables: '' },
      },
      {
        id: UNREGISTERED_CONTAINER_TYPE_ID,
        name: 'Contoso Field Reports',
        owningAppId: DEMO_OWNING_APP_ID,
        billingClassification: 'trial',
        billingConfigured: true,
      },
      {
        id: BILLING_PENDING_CONTAINER_TYPE_ID,
        name: 'Contoso Billing Pending',
        owningAppId: DEMO_OWNING_APP_ID,
        billingClassification: 'standard',
        billingConfigured: false,
      },
    ],
    registrations: [
      {
        id: TEST_CONTAINER_TYPE_ID,
        name: 'Test Container Type',
        owningAppId: DEMO_OWNING_APP_ID,
        billingClassification: 'trial',
        billingStatus: 'valid',
        registeredDateTime: '2025-08-11T00:00:00Z',
        expirationDateTime: '2026-12-22T00:00:00Z',
        version: 0,
        settings: defaultSettings(),
        grants: [
          full(DEMO_OWNING_APP_ID),
          { appId: GUEST_APP_ID, delegatedPermissions: ['read', 'write'], applicationPermissions: ['none'] },
        ],
        containerCount: 0,
      },
      {
        id: LEGAL_CONTAINER_TYPE_ID,
        name: 'Contoso Legal Matters',
        owningAppId: DEMO_OWNING_APP_ID,
        billingClassification: 'standard',
        billingStatus: 'valid',
        registeredDateTime: '2025-03-02T09:30:00Z',
        expirationDateTime: null,
        version: 0,
        settings: { ...defaultSettings(), isSharingRestricted: true, itemMajorVersionLimit: 500 },
        grants: [
          full(DEMO_OWNING_APP_ID),
          {
            appId: BACKUP_APP_ID,
            delegatedPermissions: ['none'],
            applicationPermissions: ['readContent', 'read', 'enumeratePermissions'],
          },
          { appId: GRAPH_EXPLORER_APP_ID, delegatedPermissions: ['full'], applicationPermissions: ['none'] },
        ],
        containerCount: 12,
      },
      {
        id: PROJECTS_CONTAINER_TYPE_ID,
        name: 'Contoso Project Files',
        owningAppId: DEMO_OWNING_APP_ID,
        billingClassification: 'directToCustomer',
        billingStatus: 'valid',
        registeredDateTime: '2025-10-15T14:00:00Z',
        expirationDateTime: null,
        version: 0,
        settings: {
          ...defaultSettings(),
          sharingCapability: 'externalUserAndGuestSharing',
          maxStoragePerContainerInBytes: 26843545600,
          agent: { chatEmbedAllowedHosts: [...AGENT_HOSTS] },
        },
        grants: [
          full(DEMO_OWNING_APP_ID),
          { appId: POWER_PLATFORM_APP_ID, delegatedPermissions: ['full'], applicationPermissions: ['none'] },
          {
            appId: GUEST_APP_ID,
            delegatedPermissions: ['readContent'],
            applicationPermissions: ['readContent', FUTURE_PERMISSION],
          },
        ],
        containerCount: 0,
      },
      {
        id: FABRIKAM_CONTAINER_TYPE_ID,
        name: 'Fabrikam Archive',
        owningAppId: FABRIKAM_APP_ID,
        billingClassification: 'standard',
        billingStatus: 'valid',
        registeredDateTime: '2024-11-20T08:00:00Z',
        expirationDateTime: null,
        version: 0,
        settings: {
          ...defaultSettings(),
          sharingCapability: 'existingExternalUserSharingOnly',
          isSearchEnabled: false,
        },
        grants: [
          full(FABRIKAM_APP_ID),
          {
            appId: BACKUP_APP_ID,
            delegatedPermissions: ['none'],
            applicationPermissions: ['readContent', 'read', 'enumeratePermissions'],
          },
        ],
        containerCount: 3,
      },
    ],
  };
}

/** Display names the emulated service principals have. */
export const SERVICE_PRINCIPALS: Readonly<Record<string, string>> = {
  [DEMO_OWNING_APP_ID]: 'Contoso Docs',
  [ADMIN_TOOL_APP_ID]: 'Contoso Admin Tools',
  [FABRIKAM_APP_ID]: 'Fabrikam Archive App',
  [GUEST_APP_ID]: 'Contoso Review Portal',
  [BACKUP_APP_ID]: 'Fabrikam Backup',
  [GRAPH_EXPLORER_APP_ID]: 'Graph Explorer',
  [POWER_PLATFORM_APP_ID]: 'SharePoint Embedded connector',
};
