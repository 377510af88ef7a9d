/**
 * Builds the Teams app package: `<out>/spe-permission-matrix-teams-<version>.zip` holding
 * manifest.json (placeholders filled), its localization files and the two icons, all at the root.
 *
 *   tsx src/packaging/buildTeamsPackage.ts [--out release]
 *
 * Values come from the environment: SPE_CLIENT_ID (Entra application id), SPE_TAB_URL (where the tab
 * is served, https), SPE_TEAMS_APP_ID (optional); the version from package.json. Without them the
 * package points at the local stack.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import type { ZipOptions, Zippable } from 'fflate';
import { isGuid } from '../core/validate';
import { validateAgainstTeamsSchema } from './teamsSchemas';
import type { TeamsSchemaKind } from './teamsSchemas';

/** Values for the local stack (`npm start`), used when the environment sets nothing. */
export const TEAMS_PACKAGE_DEFAULTS = {
  clientId: '71392b2f-1765-406e-86af-5907d9bdb2ab',
  tabUrl: 'https://localhost:4443/',
  // Teams treats a package with the same id as a new version of the same app, so this stays fixed;
  // a vendor shipping its own build sets SPE_TEAMS_APP_ID so two builds never collide in one tenant.
  appId: '0a20f763-77fe-4017-8684-410939bec855',
} as const;

export interface TeamsPackageSettings {
  /** The Teams app id (manifest `id`). */
  readonly appId: string;
  /** MAJOR.MINOR.PATCH, from package.json. */
  readonly appVersion: string;
  /** The Entra application (client) id the tab signs in with (`webApplicationInfo.id`). */
  readonly clientId: string;
  /** Where the tab is served; https. */
  readonly tabUrl: string;
}

/** Every placeholder teams/*.json may use, as `{{NAME}}`. */
export const MANIFEST_PLACEHOLDERS = ['APP_ID', 'APP_VERSION', 'CLIENT_ID', 'TAB_URL', 'TAB_DOMAIN'] as const;
export type ManifestPlaceholder = (typeof MANIFEST_PLACEHOLDERS)[number];

export interface BuildTeamsPackageOptions {
  /** The folder holding package.json and teams/ (default: this repository). */
  readonly rootDir?: string;
  /** Output folder; relative paths are relative to rootDir (default: release). */
  readonly outDir?: string;
  /** Where SPE_CLIENT_ID, SPE_TAB_URL and SPE_TEAMS_APP_ID are read (default: process.env). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

export interface TeamsPackageResult {
  readonly zipPath: string;
  /** Entry names, in archive order. */
  readonly entries: readonly string[];
  readonly settings: TeamsPackageSettings;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]*)\s*\}\}/g;
/** Anything still looking like a placeholder after filling, including misspelt ones. */
const LEFTOVER = /\{\{[^{}]*\}\}/g;
const DEFAULT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
// Every entry gets the same time, 1980-01-01 00:00 (the earliest a ZIP can hold; fflate writes the
// local time fields), so that the same inputs always give byte-identical packages.
const ENTRY_TIME = new Date(1980, 0, 1);

/**
 * Checks the settings and returns the text for every placeholder. The tab URL is normalised
 * (`https://host` becomes `https://host/`) and TAB_DOMAIN is its host, so the domain Teams trusts
 * always matches the URL it loads.
 */
export function manifestPlaceholderValues(
  settings: TeamsPackageSettings,
): Record<ManifestPlaceholder, string> {
  const problems: string[] = [];
  // The values are not echoed: a secret pasted into the wrong variable must not reach a build log.
  if (!isGuid(settings.clientId)) problems.push('the client id (SPE_CLIENT_ID) is not a GUID');
  if (!isGuid(settings.appId)) problems.push('the Teams app id (SPE_TEAMS_APP_ID) is not a GUID');
  if (!/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(settings.appVersion)) {
    problems.push('the version (package.json) is not MAJOR.MINOR.PATCH, which Teams requires');
  }
  const tabUrl = parseTabUrl(settings.tabUrl);
  if (typeof tabUrl === 'string') problems.push(tabUrl);
  if (problems.length > 0 || typeof tabUrl === 'string') {
    throw new Error(`Cannot fill the Teams manifest: ${problems.join('; ')}.`);
  }
  return {
    APP_ID: settings.appId,
    APP_VERSION: settings.appVersion,
    CLIENT_ID: settings.clientId,
    TAB_URL: tabUrl.href,
    TAB_DOMAIN: tabUrl.host,
  };
}

/**
 * The tab URL, or what is wrong with it (`source` names where it came from: the variable, or a command's
 * option). The value is not echoed: a secret pasted into the wrong place must not reach a log.
 */
export function parseTabUrl(value: string, source = 'SPE_TAB_URL'): URL | string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `the tab URL (${source}) is not a URL`;
  }
  if (url.protocol !== 'https:') return `the tab URL (${source}) must use https`;
  if (url.username !== '' || url.password !== '') return `the tab URL (${source}) must not carry credentials`;
  return url;
}

/**
 * Fills `{{PLACEHOLDER}}`s in a teams/*.json text and returns the filled JSON text. Values are
 * put into the parsed strings (never spliced into JSON text), so no value can break the JSON.
 * Throws when a setting is invalid or any `{{…}}` is left unfilled.
 */
export function fillManifestPlaceholders(template: string, settings: TeamsPackageSettings): string {
  const values = manifestPlaceholderValues(settings);
  let parsed: unknown;
  try {
    parsed = JSON.parse(template);
  } catch (error) {
    throw new Error(`The Teams manifest template is not valid JSON: ${messageOf(error)}`);
  }
  const fill = (text: string): string =>
    text.replace(PLACEHOLDER, (token: string, name: string) => (isPlaceholder(name) ? values[name] : token));
  const filled = `${JSON.stringify(mapStrings(parsed, fill), null, 2)}\n`;
  const left = [...new Set(filled.match(LEFTOVER) ?? [])];
  if (left.length > 0) {
    throw new Error(
      `Unfilled placeholder(s) in the Teams manifest: ${left.join(', ')}. Known: ${MANIFEST_PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ')}.`,
    );
  }
  return filled;
}

function isPlaceholder(name: string): name is ManifestPlaceholder {
  return (MANIFEST_PLACEHOLDERS as readonly string[]).includes(name);
}

function mapStrings(value: unknown, map: (text: string) => string): unknown {
  if (typeof value === 'string') return map(value);
  if (Array.isArray(value)) return value.map((item) => mapStrings(item, map));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, mapStrings(item, map)]));
  }
  return value;
}

/** Settings from the environment (blank variables count as unset) and the package version. */
export function resolveTeamsPackageSettings(
  env: Readonly<Record<string, string | undefined>>,
  appVersion: string,
): TeamsPackageSettings {
  const read = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };
  return {
    appId: read('SPE_TEAMS_APP_ID') ?? TEAMS_PACKAGE_DEFAULTS.appId,
    appVersion,
    clientId: read('SPE_CLIENT_ID') ?? TEAMS_PACKAGE_DEFAULTS.clientId,
    tabUrl: read('SPE_TAB_URL') ?? TEAMS_PACKAGE_DEFAULTS.tabUrl,
  };
}

/**
 * Builds the package: fills and schema-validates manifest.json and its localization files, adds the
 * icons the manifest names, and writes the zip. Nothing is written when any check fails.
 */
export function buildTeamsPackage(options: BuildTeamsPackageOptions = {}): TeamsPackageResult {
  const rootDir = resolve(options.rootDir ?? DEFAULT_ROOT);
  const teamsDir = join(rootDir, 'teams');
  const packageJson = readJson(join(rootDir, 'package.json'));
  const appVersion =
    isRecord(packageJson) && typeof packageJson.version === 'string' ? packageJson.version : '';
  const settings = resolveTeamsPackageSettings(options.env ?? process.env, appVersion);

  const manifestText = fillManifestPlaceholders(readText(join(teamsDir, 'manifest.json')), settings);
  const manifest: unknown = JSON.parse(manifestText);
  const manifestVersion = isRecord(manifest) ? manifest.manifestVersion : undefined;
  if (typeof manifestVersion !== 'string') throw new Error('teams/manifest.json has no manifestVersion.');
  ensureValid('manifest', manifestVersion, 'manifest.json', manifest);

  // Every file sits at the package root, where Teams looks for it.
  const files: Zippable = { 'manifest.json': packageFile(Buffer.from(manifestText, 'utf8')) };
  const names = packageFileNames(manifest);
  for (const name of names.localizationFiles) {
    const text = fillManifestPlaceholders(readText(join(teamsDir, name)), settings);
    ensureValid('localization', manifestVersion, name, JSON.parse(text));
    files[name] = packageFile(Buffer.from(text, 'utf8'));
  }
  for (const name of names.icons) files[name] = packageFile(readFileSync(join(teamsDir, name)));

  const outDir = resolve(rootDir, options.outDir ?? 'release');
  const zipPath = join(outDir, `spe-permission-matrix-teams-${settings.appVersion}.zip`);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(zipPath, zipSync(files));
  return { zipPath, entries: Object.keys(files), settings };
}

function packageFile(data: Uint8Array): [Uint8Array, ZipOptions] {
  return [data, { level: 9, mtime: ENTRY_TIME }];
}

function ensureValid(kind: TeamsSchemaKind, manifestVersion: string, name: string, document: unknown): void {
  const problems = validateAgainstTeamsSchema(kind, manifestVersion, document);
  if (problems.length > 0) {
    throw new Error(
      `teams/${name} does not match the Teams ${kind} schema v${manifestVersion}:\n  ${problems.join('\n  ')}`,
    );
  }
}

/** The files the manifest refers to; Teams wants them beside manifest.json at the package root. */
function packageFileNames(manifest: unknown): { localizationFiles: string[]; icons: string[] } {
  const localizationFiles: string[] = [];
  const icons: string[] = [];
  if (isRecord(manifest)) {
    const info = manifest.localizationInfo;
    if (isRecord(info)) {
      if (info.defaultLanguageFile !== undefined)
        localizationFiles.push(rootFileName(info.defaultLanguageFile));
      if (Array.isArray(info.additionalLanguages)) {
        for (const language of info.additionalLanguages) {
          localizationFiles.push(rootFileName(isRecord(language) ? language.file : undefined));
        }
      }
    }
    if (isRecord(manifest.icons)) {
      icons.push(rootFileName(manifest.icons.color), rootFileName(manifest.icons.outline));
    }
  }
  if (icons.length === 0) throw new Error('teams/manifest.json names no icons.');
  return { localizationFiles, icons };
}

function rootFileName(value: unknown): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(value) || value === 'manifest.json') {
    throw new Error(`teams/manifest.json refers to "${String(value)}": files must sit beside manifest.json.`);
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new Error(`Cannot read ${path}.`);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function readJson(path: string): unknown {
  return JSON.parse(readText(path));
}

/** Command line: `[--out <dir>]`; the folder is relative to the current directory. */
export function parseArguments(args: readonly string[]): { outDir?: string } {
  let outDir: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--out' && args[i + 1] !== undefined) outDir = args[++i];
    else if (arg.startsWith('--out=')) outDir = arg.slice('--out='.length);
    else throw new Error(`Unknown argument "${arg}". Usage: buildTeamsPackage.ts [--out <dir>]`);
  }
  return outDir === undefined || outDir === '' ? {} : { outDir: resolve(outDir) };
}

function main(): void {
  try {
    const result = buildTeamsPackage(parseArguments(process.argv.slice(2)));
    const { settings } = result;
    process.stdout.write(
      `Teams app package: ${relative(process.cwd(), result.zipPath) || result.zipPath}\n` +
        `  ${result.entries.join(', ')}\n` +
        `  app id ${settings.appId}, version ${settings.appVersion}, client id ${settings.clientId}, tab ${settings.tabUrl}\n`,
    );
  } catch (error) {
    process.stderr.write(`Teams app package not built: ${messageOf(error)}\n`);
    process.exitCode = 1;
  }
}

// Run as a script (tsx …/buildTeamsPackage.ts), not when imported by tests.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main();
}
