/**
 * `npm run provision`: creates or updates, with CLI for Microsoft 365, the Entra app the Teams tab
 * signs in with, for one tab URL, and prints its client id and the next command.
 *
 *   npm run provision -- --tab-url https://tab.contoso.example/ [--scope-mode manageAll] [--names] [--consent]
 *
 * Every run reads the tenant first and changes only what differs (provisionPlan.ts), so a second run
 * changes nothing and a run stopped by a failure is finished by the next one. `--dry-run` prints every
 * m365 command a first run would send and sends none.
 */
import {
  CLOUD_NAMES,
  SHAREPOINT_EMBEDDED_CLOUDS,
  sharePointEmbeddedAvailable,
  type CloudName,
} from '../auth/clouds';
import type { ScopeMode } from '../core/deployment';
import { parseTabUrl } from '../packaging/buildTeamsPackage';
import {
  DeployError,
  ensureSignedIn,
  isArrayOf,
  isRecord,
  parseAnswer,
  readOptions,
  runDeployCommand,
  runIfMain,
  shellQuote,
  unavailableReason,
  type CommandIo,
  type M365Session,
  type M365Step,
} from './m365Cli';
import {
  MICROSOFT_GRAPH_APP_ID,
  findApp,
  grantChange,
  identifierUrisAfter,
  redirectUrisToAdd,
  scopeName,
  scopesBeyondWanted,
  scopesNeedingAdminConsent,
  scopesToAdd,
  wantedApp,
  type AppPermission,
  type AppRegistration,
  type AppSettings,
  type PermissionGrant,
  type WantedApp,
} from './provisionPlan';

export const DEFAULT_CLIENT_NAME = 'SharePoint Embedded Permission Matrix';

const SCOPE_MODES: readonly ScopeMode[] = ['selected', 'manageAll'];
/** The clouds a tenant can be provisioned in: where SharePoint Embedded runs, the local stack aside. */
const PROVISION_CLOUDS = SHAREPOINT_EMBEDDED_CLOUDS.filter(
  (cloud): cloud is Exclude<CloudName, 'local'> => cloud !== 'local',
);

export const PROVISION_USAGE = `Create or update the Entra app the Teams tab signs in with, using CLI for Microsoft 365 (m365).

Usage:
  npm run provision -- --tab-url <https URL> [options]

Options:
  --tab-url <URL>         where the tab is served, e.g. https://tab.contoso.example/ (required)
  --client-name <name>    the app registration's name (default "${DEFAULT_CLIENT_NAME}");
                          a second run finds the app by this name and changes only what differs
  --scope-mode <mode>     selected (default): FileStorageContainerTypeReg.Selected, least privilege, reaches
                          only registrations of container types this app owns;
                          manageAll: FileStorageContainerTypeReg.Manage.All, every registration (admin consent)
  --names                 also Application.Read.All (delegated, admin consent), to show app names
  --consent               grant tenant-wide admin consent to those scopes
  --cloud <cloud>         ${PROVISION_CLOUDS.join(' or ')} (default global; global includes GCC, china is 21Vianet).
                          SharePoint Embedded is not available in GCC High (usGovL4) or DoD (usGovL5).
  --dry-run               print every m365 command without running any
  -h, --help              this text

What it does, as m365 commands (run as an Application Administrator or Cloud Application Administrator;
with --consent, an administrator who may grant tenant-wide consent to Microsoft Graph):
  m365 status                                          signed in, to that cloud
  m365 entra app list                                  finds the app by its name
  m365 entra app add                                   when there is none: SPA redirect URIs <tab>/auth.html and
                                                       brk-multihub://<tab host>, Application ID URI
                                                       api://<tab host>/<client id>, the delegated scopes
  m365 entra app set, m365 entra app permission add    when there is one: only what it lacks
  m365 entra enterpriseapp list/add/get,               with --consent: the app's service principal and the grant
  m365 entra oauth2grant list/add/set
`;

export interface ProvisionOptions extends AppSettings {
  readonly consent: boolean;
  readonly dryRun: boolean;
}

/** Options from the command line; `undefined` means --help. Throws a DeployError (exit code 2) on a mistake. */
export function parseProvisionArguments(argv: readonly string[]): ProvisionOptions | undefined {
  const values = readOptions(
    argv,
    {
      'tab-url': { type: 'string' },
      'client-name': { type: 'string' },
      'scope-mode': { type: 'string' },
      names: { type: 'boolean' },
      consent: { type: 'boolean' },
      cloud: { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    PROVISION_USAGE,
  );
  if (values.help === true) return undefined;
  const text = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' ? value.trim() : undefined;
  };

  // The cloud first: a cloud without SharePoint Embedded is said before anything else.
  const cloud = text('cloud') ?? 'global';
  if (!PROVISION_CLOUDS.some((known) => known === cloud)) {
    const why = CLOUD_NAMES.some((known) => known === cloud && !sharePointEmbeddedAvailable(known))
      ? `SharePoint Embedded is not available in ${cloud} (${unavailableReason()}). Nothing was changed.`
      : `--cloud must be ${PROVISION_CLOUDS.join(' or ')}; got "${cloud}".`;
    throw new DeployError(why, 2);
  }

  const tabUrlText = text('tab-url');
  if (tabUrlText === undefined) throw new DeployError(`--tab-url is required.\n\n${PROVISION_USAGE}`, 2);
  const tabUrl = parseTabUrl(tabUrlText, '--tab-url');
  if (typeof tabUrl === 'string') throw new DeployError(`Cannot provision: ${tabUrl}.`, 2);

  const clientName = text('client-name') ?? DEFAULT_CLIENT_NAME;
  // Letters, digits, spaces and a little punctuation: the name goes into OData filters and shells.
  if (!/^[\p{L}\p{N}][\p{L}\p{N} ._()-]{0,119}$/u.test(clientName)) {
    throw new DeployError(
      `--client-name may hold letters, digits, spaces and . _ ( ) - (up to 120); got "${clientName}".`,
      2,
    );
  }

  const scopeMode = text('scope-mode') ?? 'selected';
  if (!SCOPE_MODES.some((mode) => mode === scopeMode)) {
    throw new DeployError(`--scope-mode must be ${SCOPE_MODES.join(' or ')}; got "${scopeMode}".`, 2);
  }

  return {
    tabUrl,
    clientName,
    scopeMode: scopeMode as ScopeMode,
    names: values.names === true,
    consent: values.consent === true,
    cloud: cloud as Exclude<CloudName, 'local'>,
    dryRun: values['dry-run'] === true,
  };
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isStringList = isArrayOf(isString);

function isAppRegistration(value: unknown): value is AppRegistration {
  return (
    isRecord(value) &&
    isString(value.id) &&
    isString(value.appId) &&
    isString(value.displayName) &&
    (value.identifierUris === undefined ||
      value.identifierUris === null ||
      isStringList(value.identifierUris)) &&
    (value.spa === undefined ||
      value.spa === null ||
      (isRecord(value.spa) && (value.spa.redirectUris === undefined || isStringList(value.spa.redirectUris))))
  );
}

function isAppPermission(value: unknown): value is AppPermission {
  return isRecord(value) && isString(value.resourceId) && isString(value.permission) && isString(value.type);
}

function isPermissionGrant(value: unknown): value is PermissionGrant {
  return (
    isRecord(value) &&
    isString(value.id) &&
    isString(value.consentType) &&
    isString(value.resourceId) &&
    isString(value.scope)
  );
}

const isServicePrincipal = (value: unknown): value is { id: string; appId: string } =>
  isRecord(value) && isString(value.id) && isString(value.appId);

/** What the run did, for the summary. */
interface Outcome {
  readonly appId: string;
  readonly changes: readonly string[];
  readonly extraScopes: readonly string[];
}

/** Finds the app by name, creates it when there is none, or changes only what it lacks. */
function ensureApp(session: M365Session, wanted: WantedApp): Outcome {
  const listStep: M365Step = {
    title: 'Looking for the app registration by name',
    args: [
      'entra',
      'app',
      'list',
      '--properties',
      'id,appId,displayName,identifierUris,spa',
      '--output',
      'json',
    ],
    dryRunAnswer: '[]',
  };
  const found = findApp(
    parseAnswer(listStep, session.run(listStep), isArrayOf(isAppRegistration)),
    wanted.displayName,
  );
  if (found.type === 'many') {
    // Fail closed: changing the wrong one of two same-named apps would break whatever uses it.
    throw new DeployError(
      `More than one app registration is named "${wanted.displayName}" (client ids ${found.appIds.join(', ')}). Rename the ones that are not this tool's, or pass a unique --client-name. Nothing was changed.`,
    );
  }
  if (found.type === 'none') {
    const addStep: M365Step = {
      title: 'Creating the app registration',
      args: [
        'entra',
        'app',
        'add',
        '--name',
        wanted.displayName,
        '--platform',
        'spa',
        '--redirectUris',
        wanted.redirectUris.join(','),
        '--apisDelegated',
        wanted.delegatedScopes.join(','),
        // The CLI puts the new app's client id where `_appId_` stands.
        '--uri',
        wanted.identifierUri('_appId_'),
        '--output',
        'json',
      ],
      dryRunAnswer: JSON.stringify({ appId: '<client id>', objectId: '<object id>' }),
    };
    const added = parseAnswer(
      addStep,
      session.run(addStep),
      (value): value is { appId: string } => isRecord(value) && isString(value.appId),
    );
    return { appId: added.appId, changes: ['created the app registration'], extraScopes: [] };
  }

  const { app } = found;
  const changes: string[] = [];
  const redirectUris = redirectUrisToAdd(wanted, app);
  if (redirectUris.length > 0) {
    session.run({
      title: 'Adding the redirect URIs',
      args: [
        'entra',
        'app',
        'set',
        '--objectId',
        app.id,
        '--redirectUris',
        redirectUris.join(','),
        '--platform',
        'spa',
      ],
    });
    changes.push(`added redirect URI(s) ${redirectUris.join(', ')}`);
  }
  const identifierUris = identifierUrisAfter(wanted, app);
  if (identifierUris !== undefined) {
    session.run({
      title: 'Setting the Application ID URI',
      args: ['entra', 'app', 'set', '--objectId', app.id, '--uris', identifierUris.join(',')],
    });
    changes.push(`added Application ID URI ${wanted.identifierUri(app.appId)}`);
  }
  const permissionStep: M365Step = {
    title: 'Reading the app’s API permissions',
    args: [
      'entra',
      'app',
      'permission',
      'list',
      '--appObjectId',
      app.id,
      '--type',
      'delegated',
      '--output',
      'json',
    ],
    dryRunAnswer: '[]',
  };
  const permissions = parseAnswer(permissionStep, session.run(permissionStep), isArrayOf(isAppPermission));
  const scopes = scopesToAdd(wanted, permissions);
  if (scopes.length > 0) {
    session.run({
      title: 'Adding the delegated Graph permissions',
      // Space-separated here, where `entra app add` takes commas.
      args: [
        'entra',
        'app',
        'permission',
        'add',
        '--appObjectId',
        app.id,
        '--delegatedPermissions',
        scopes.join(' '),
      ],
    });
    changes.push(`added permission(s) ${scopes.map(scopeName).join(', ')}`);
  }
  return { appId: app.appId, changes, extraScopes: scopesBeyondWanted(wanted, permissions) };
}

/** Tenant-wide consent: the app's service principal, then one grant to Microsoft Graph with every wanted scope. */
function ensureConsent(session: M365Session, wanted: WantedApp, appId: string): string[] {
  const spListStep: M365Step = {
    title: 'Looking for the app’s service principal',
    args: ['entra', 'enterpriseapp', 'list', '--displayName', wanted.displayName, '--output', 'json'],
    dryRunAnswer: '[]',
  };
  const changes: string[] = [];
  let servicePrincipal = parseAnswer(spListStep, session.run(spListStep), isArrayOf(isServicePrincipal)).find(
    (candidate) => candidate.appId.toLowerCase() === appId.toLowerCase(),
  );
  if (servicePrincipal === undefined) {
    const spAddStep: M365Step = {
      title: 'Creating the app’s service principal',
      args: ['entra', 'enterpriseapp', 'add', '--id', appId, '--output', 'json'],
      dryRunAnswer: JSON.stringify({ id: '<service principal id>', appId }),
    };
    servicePrincipal = parseAnswer(spAddStep, session.run(spAddStep), isServicePrincipal);
    changes.push('created the service principal');
  }
  const graphStep: M365Step = {
    title: 'Finding Microsoft Graph’s service principal',
    args: ['entra', 'enterpriseapp', 'get', '--id', MICROSOFT_GRAPH_APP_ID, '--output', 'json'],
    dryRunAnswer: JSON.stringify({
      id: '<Microsoft Graph service principal id>',
      appId: MICROSOFT_GRAPH_APP_ID,
    }),
  };
  const graph = parseAnswer(graphStep, session.run(graphStep), isServicePrincipal);
  const grantsStep: M365Step = {
    title: 'Reading the app’s consent grants',
    args: ['entra', 'oauth2grant', 'list', '--spObjectId', servicePrincipal.id, '--output', 'json'],
    dryRunAnswer: '[]',
  };
  const change = grantChange(
    parseAnswer(grantsStep, session.run(grantsStep), isArrayOf(isPermissionGrant)),
    graph.id,
    wanted,
  );
  if (change.type === 'add') {
    session.run({
      title: 'Granting admin consent',
      args: [
        'entra',
        'oauth2grant',
        'add',
        '--clientId',
        servicePrincipal.id,
        '--resourceId',
        graph.id,
        '--scope',
        change.scope,
      ],
    });
    changes.push(`granted admin consent to ${change.scope}`);
  } else if (change.type === 'extend') {
    session.run({
      title: 'Extending the admin consent',
      // `=`: a grant id may start with "-", which the CLI would otherwise read as an option.
      args: ['entra', 'oauth2grant', 'set', `--grantId=${change.grantId}`, '--scope', change.scope],
    });
    changes.push(`extended admin consent to ${change.scope}`);
  }
  return changes;
}

export function provision(options: ProvisionOptions, session: M365Session): void {
  const { say } = session;
  const wanted = wantedApp(options);
  const scopes = wanted.delegatedScopes.map(scopeName).join(', ');
  say(
    options.dryRun
      ? `Dry run: nothing runs and nothing changes. For an app that does not exist yet, provision runs:`
      : `Provisioning "${wanted.displayName}" for ${options.tabUrl.href} (${options.cloud}, ${scopes}):`,
  );
  ensureSignedIn(
    session,
    options.consent
      ? 'an administrator who may register apps and grant tenant-wide consent to Microsoft Graph'
      : 'an administrator who may register apps (Application Administrator or Cloud Application Administrator)',
    options.cloud,
  );
  const outcome = ensureApp(session, wanted);
  const consentChanges = options.consent ? ensureConsent(session, wanted, outcome.appId) : [];

  if (options.dryRun) {
    say(
      'When the app exists, provision runs the same reads and changes only what differs: `m365 entra app set`' +
        ' for missing redirect URIs or the Application ID URI, `m365 entra app permission add` for missing scopes' +
        (options.consent ? ', `m365 entra oauth2grant set` for missing consent.' : '.'),
    );
  } else {
    const changes = [...outcome.changes, ...consentChanges];
    say('');
    say(changes.length === 0 ? 'Nothing to change: the app is as wanted.' : `Done: ${changes.join('; ')}.`);
    say(`Client id: ${outcome.appId}`);
    sayNotes(options, wanted, outcome, say);
  }
  say('');
  say('Next:');
  say(
    `  1. Build the tab for this app: SPE_CLIENT_ID=${shellQuote(outcome.appId)} SPE_CLOUD=${options.cloud} SPE_SCOPE_MODE=${options.scopeMode} SPE_TENANT=organizations npm run build:tab`,
  );
  say(`  2. Serve release/teams-tab/ at ${options.tabUrl.href} with the headers in the README.`);
  say(
    `  3. npm run deploy:teams -- --client-id ${shellQuote(outcome.appId)} --tab-url ${shellQuote(options.tabUrl.href)}`,
  );
}

/** What the admin should know after a real run: scopes left in place, consent still missing, what `.Selected` reaches. */
function sayNotes(
  options: ProvisionOptions,
  wanted: WantedApp,
  outcome: Outcome,
  say: (line: string) => void,
): void {
  if (outcome.extraScopes.length > 0) {
    say(
      `The app also holds ${outcome.extraScopes.join(', ')}, which this mode does not use; it was left as it is. Remove it in the Entra admin center (App registrations → API permissions) if nothing else needs it.`,
    );
  }
  const needConsent = scopesNeedingAdminConsent(wanted);
  if (!options.consent && needConsent.length > 0) {
    say(
      `${needConsent.join(' and ')} need${needConsent.length === 1 ? 's' : ''} admin consent, which this run neither checked nor granted: run it again with --consent as an administrator who may grant it, or grant it in the Entra admin center (App registrations → API permissions → Grant admin consent).`,
    );
  }
  if (options.scopeMode === 'selected') {
    say(
      'With FileStorageContainerTypeReg.Selected the tool reaches only registrations of container types this app owns; a central admin tool uses --scope-mode manageAll.',
    );
  }
}

/** The command line: returns the exit code (0 done, 1 failed, 2 a usage mistake). */
export function provisionCommand(argv: readonly string[], io: CommandIo): number {
  return runDeployCommand(argv, io, {
    usage: PROVISION_USAGE,
    parse: parseProvisionArguments,
    run: provision,
  });
}

// Run as a script (`npm run provision`), not when imported by tests.
runIfMain(import.meta.url, provisionCommand);
