/** Ready-made grants for the apps admins add most, each saying what it grants and why. */
import { isGrantablePermission } from './catalog';
import type { Grant } from './model';
import { normalisePlane, planesEqual } from './normalise';
import type { Permission } from './permissions';
import { GRAPH_EXPLORER_APP_ID } from './wellKnownApps';

export type PresetId =
  'owner' | 'backupReader' | 'backupRestore' | 'readOnly' | 'graphExplorer' | 'powerPlatformConnector';

export interface Preset {
  readonly id: PresetId;
  /** Set when the preset is for one well-known app. */
  readonly appId?: string;
  readonly delegatedPermissions: readonly Permission[];
  readonly applicationPermissions: readonly Permission[];
  /** English rationale for docs and tests; the UI takes its text from resource files. */
  readonly rationale: string;
}

const BACKUP_READ: readonly Permission[] = ['read', 'readContent', 'enumeratePermissions'];

/**
 * The SharePoint Embedded connector for Power Platform. Microsoft's SharePoint Embedded extension for
 * VS Code grants this id ("Add Power Platform Connector permissions"), but no Microsoft documentation
 * found states it, so it is not among the well-known apps shown by name (`wellKnownApps.ts`).
 */
export const POWER_PLATFORM_CONNECTOR_APP_ID = 'e8e1b0bf-140f-4b8b-8e94-fbe8937fad04';

export const PRESETS: readonly Preset[] = [
  {
    id: 'owner',
    delegatedPermissions: ['full'],
    applicationPermissions: ['full'],
    rationale: 'Everything, with user and app-only tokens: what the owning app of a container type needs.',
  },
  {
    id: 'backupReader',
    delegatedPermissions: ['none'],
    applicationPermissions: BACKUP_READ,
    rationale:
      'App-only read of container metadata, content and membership: enough for a backup service to copy containers, nothing to change them.',
  },
  {
    id: 'backupRestore',
    delegatedPermissions: ['none'],
    applicationPermissions: [
      ...BACKUP_READ,
      'create',
      'write',
      'writeContent',
      'addPermissions',
      'updatePermissions',
    ],
    rationale:
      'Backup reading plus what a restore writes back: recreate containers, their metadata, content and members. No delete.',
  },
  {
    id: 'readOnly',
    delegatedPermissions: ['read', 'readContent'],
    applicationPermissions: ['none'],
    rationale: 'Signed-in users may read containers and their content through the app; nothing app-only.',
  },
  {
    id: 'graphExplorer',
    appId: GRAPH_EXPLORER_APP_ID,
    delegatedPermissions: ['full'],
    applicationPermissions: ['none'],
    rationale:
      'Graph Explorer acts only for a signed-in user, whose own container role still limits it: delegated full, no app-only access.',
  },
  {
    id: 'powerPlatformConnector',
    appId: POWER_PLATFORM_CONNECTOR_APP_ID,
    delegatedPermissions: ['full'],
    applicationPermissions: ['none'],
    rationale:
      "The SharePoint Embedded Power Platform connector calls Graph on behalf of the flow's user: delegated full, no app-only access.",
  },
];

export function findPreset(id: PresetId): Preset {
  const preset = PRESETS.find((candidate) => candidate.id === id);
  if (preset === undefined) throw new Error(`Unknown preset ${id}`);
  return preset;
}

/** Both planes of a grant without its app: a preset's, or an explicit set an admin chose. */
export type PermissionSet = Pick<Grant, 'delegatedPermissions' | 'applicationPermissions'>;

/** A set that grants nothing on either plane: applying it takes every permission away. */
export function isEmptyPermissionSet(set: PermissionSet): boolean {
  return planesEqual(set.delegatedPermissions, ['none']) && planesEqual(set.applicationPermissions, ['none']);
}

/** Replaces both planes with the preset's; values this tool does not know are kept, never dropped. */
export function applyPreset(grant: Grant, preset: PermissionSet): Grant {
  const keepUnknown = (plane: readonly Permission[]): Permission[] =>
    plane.filter((value) => !isGrantablePermission(value));
  return {
    appId: grant.appId,
    delegatedPermissions: normalisePlane([
      ...preset.delegatedPermissions,
      ...keepUnknown(grant.delegatedPermissions),
    ]),
    applicationPermissions: normalisePlane([
      ...preset.applicationPermissions,
      ...keepUnknown(grant.applicationPermissions),
    ]),
  };
}
