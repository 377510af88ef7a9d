/**
 * `npm run deploy:teams`: builds the Teams app package for a client id and tab URL
 * (src/packaging/buildTeamsPackage.ts) and publishes it to the organisation's app catalog with CLI for
 * Microsoft 365, or updates the app there when one with the package's id (the catalog's external id)
 * exists.
 *
 *   npm run deploy:teams -- --client-id <app id> --tab-url https://tab.contoso.example/
 *
 * A failed publish leaves nothing to clean up: the next run looks the app up again and publishes or
 * updates. `--dry-run` builds the package (a local file) and prints the m365 commands without running any.
 */
import { relative, resolve } from 'node:path';
import { isGuid } from '../core/validate';
import { buildTeamsPackage, parseTabUrl } from '../packaging/buildTeamsPackage';
import {
  DeployError,
  ensureSignedIn,
  isArrayOf,
  isRecord,
  parseAnswer,
  readOptions,
  runDeployCommand,
  runIfMain,
  type CommandIo,
  type M365Session,
  type M365Step,
} from './m365Cli';

export const DEPLOY_TEAMS_USAGE = `Build the Teams app package and publish it to your organisation's Teams app catalog, or update it there,
using CLI for Microsoft 365 (m365).

Usage:
  npm run deploy:teams -- --client-id <app id> --tab-url <https URL> [options]

Options:
  --client-id <GUID>       the Entra app the tab signs in with (npm run provision prints it) (required)
  --tab-url <URL>          where the tab is served, e.g. https://tab.contoso.example/ (required)
  --teams-app-id <GUID>    the Teams app id (manifest id; default: this project's). Keep it the same from one
                           version to the next: the catalog updates the app with that id
  --out <folder>           where the package is written (default release)
  --dry-run                build the package and print every m365 command without running any
  -h, --help               this text

What it does (as a Teams Administrator or Global Administrator):
  builds release/spe-permission-matrix-teams-<version>.zip (manifest checked against Microsoft's schema)
  m365 status                                   signed in
  m365 teams app list --distributionMethod organization
  m365 teams app publish --filePath <zip>       when the catalog has no app with the package's id
  m365 teams app update --id <id> --filePath    when it has one (raise "version" in package.json for a new version)
`;

export interface DeployTeamsOptions {
  readonly clientId: string;
  readonly tabUrl: string;
  readonly teamsAppId?: string;
  readonly outDir?: string;
  readonly dryRun: boolean;
}

export function parseDeployTeamsArguments(argv: readonly string[]): DeployTeamsOptions | undefined {
  const values = readOptions(
    argv,
    {
      'client-id': { type: 'string' },
      'tab-url': { type: 'string' },
      'teams-app-id': { type: 'string' },
      out: { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    DEPLOY_TEAMS_USAGE,
  );
  if (values.help === true) return undefined;
  const text = (name: string): string | undefined => {
    const value = values[name];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  };
  const clientId = text('client-id');
  const tabUrl = text('tab-url');
  if (clientId === undefined || tabUrl === undefined) {
    throw new DeployError(`--client-id and --tab-url are required.\n\n${DEPLOY_TEAMS_USAGE}`, 2);
  }
  // Checked here, in the options' own words; the package build checks them again, with the manifest.
  // The values are not echoed: a secret pasted into the wrong option must not reach a log.
  if (!isGuid(clientId)) throw new DeployError('--client-id must be the app’s client id (a GUID).', 2);
  const teamsAppId = text('teams-app-id');
  if (teamsAppId !== undefined && !isGuid(teamsAppId)) {
    throw new DeployError('--teams-app-id must be a GUID.', 2);
  }
  const url = parseTabUrl(tabUrl, '--tab-url');
  if (typeof url === 'string') throw new DeployError(`Cannot deploy: ${url}.`, 2);
  const out = text('out');
  return {
    clientId,
    tabUrl: url.href,
    ...(teamsAppId === undefined ? {} : { teamsAppId }),
    // Relative to where the command runs, as for `npm run package:teams -- --out`.
    ...(out === undefined ? {} : { outDir: resolve(out) }),
    dryRun: values['dry-run'] === true,
  };
}

interface CatalogApp {
  readonly id: string;
  readonly externalId: string | null;
  readonly displayName: string;
}

function isCatalogApp(value: unknown): value is CatalogApp {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    (value.externalId === null || typeof value.externalId === 'string') &&
    typeof value.displayName === 'string'
  );
}

export function deployTeams(options: DeployTeamsOptions, session: M365Session): void {
  const { say } = session;
  let built: ReturnType<typeof buildTeamsPackage>;
  try {
    built = buildTeamsPackage({
      // Only these values: SPE_* variables of the shell that runs this do not leak into the package.
      env: {
        SPE_CLIENT_ID: options.clientId,
        SPE_TAB_URL: options.tabUrl,
        SPE_TEAMS_APP_ID: options.teamsAppId,
      },
      ...(options.outDir === undefined ? {} : { outDir: options.outDir }),
    });
  } catch (error) {
    throw new DeployError(
      `The Teams app package was not built: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const { settings, zipPath } = built;
  say(
    `Teams app package: ${relative(process.cwd(), zipPath) || zipPath} (app id ${settings.appId}, version ${settings.appVersion}, client id ${settings.clientId}, tab ${settings.tabUrl})`,
  );
  say(
    options.dryRun
      ? 'Dry run: the package above is built; nothing else runs and nothing in the tenant changes. deploy:teams runs:'
      : 'Publishing it to the organisation’s Teams app catalog:',
  );
  ensureSignedIn(session, 'a Teams Administrator or Global Administrator');

  const listStep: M365Step = {
    title: 'Looking for the app in the organisation’s catalog',
    args: ['teams', 'app', 'list', '--distributionMethod', 'organization', '--output', 'json'],
    dryRunAnswer: '[]',
  };
  const same = parseAnswer(listStep, session.run(listStep), isArrayOf(isCatalogApp)).filter(
    (app) => app.externalId?.toLowerCase() === settings.appId.toLowerCase(),
  );
  const [existing, ...others] = same;
  if (others.length > 0) {
    throw new DeployError(
      `The catalog holds ${same.length} apps with id ${settings.appId} (${same.map((app) => app.id).join(', ')}); remove the extra ones in the Teams admin center, then run this again. Nothing was changed.`,
    );
  }
  if (existing === undefined) {
    const publishStep: M365Step = {
      title: 'Publishing the app',
      args: ['teams', 'app', 'publish', '--filePath', zipPath, '--output', 'json'],
      dryRunAnswer: JSON.stringify({
        id: '<catalog id>',
        externalId: settings.appId,
        displayName: '(dry run)',
      }),
    };
    const published = parseAnswer(publishStep, session.run(publishStep), isCatalogApp);
    if (options.dryRun) {
      say(
        'When the catalog already has the app, deploy:teams runs `m365 teams app update --id <catalog id> --filePath <zip>` instead.',
      );
      return;
    }
    say(
      `\nPublished "${published.displayName}" (catalog id ${published.id}), version ${settings.appVersion}.`,
    );
  } else {
    session.run({
      title: 'Updating the app',
      args: ['teams', 'app', 'update', '--id', existing.id, '--filePath', zipPath],
    });
    say(`\nUpdated "${existing.displayName}" (catalog id ${existing.id}) to version ${settings.appVersion}.`);
  }
  say(
    'Next: in the Teams admin center (Teams apps → Manage apps), allow the app and make it available to the admins who manage SharePoint Embedded with an app permission or setup policy.',
  );
}

export function deployTeamsCommand(argv: readonly string[], io: CommandIo): number {
  return runDeployCommand(argv, io, {
    usage: DEPLOY_TEAMS_USAGE,
    parse: parseDeployTeamsArguments,
    run: deployTeams,
  });
}

// Run as a script (`npm run deploy:teams`), not when imported by tests.
runIfMain(import.meta.url, deployTeamsCommand);
