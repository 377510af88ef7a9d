/**
 * A registration's settings (graph-api.md §2.2) from one table: reading, editing, the review's
 * before → after, and the PATCH body are all derived from `SETTINGS`. Settings arrive as untrusted
 * JSON of any shape: a setting this table does not know, or a known one whose value is not of its
 * documented type, is kept and shown as text, and never edited or written back.
 */
export const SHARING_CAPABILITIES = [
  'disabled',
  'existingExternalUserSharingOnly',
  'externalUserSharingOnly',
  'externalUserAndGuestSharing',
] as const;

export type SharingCapability = (typeof SHARING_CAPABILITIES)[number];

export type SettingKind = 'sharing' | 'boolean' | 'count' | 'bytes' | 'url' | 'hosts';

export type SettingKey =
  | 'sharingCapability'
  | 'isSharingRestricted'
  | 'isDiscoverabilityEnabled'
  | 'isSearchEnabled'
  | 'isItemVersioningEnabled'
  | 'itemMajorVersionLimit'
  | 'maxStoragePerContainerInBytes'
  | 'urlTemplate'
  | 'agent.chatEmbedAllowedHosts';

export type SettingValue = boolean | number | string | readonly string[];

export interface SettingSpec {
  readonly key: SettingKey;
  readonly kind: SettingKind;
  /**
   * A consuming tenant may ask to change it: the owning type's overridables (graph-api.md §2.2),
   * `sharingCapability` ("can always be updated") and the agent's hosts (a subset of the owner's).
   * Whether the owner allows it for this type cannot be read here; the service answers 400 if not.
   */
  readonly editable: boolean;
}

export const SETTINGS: readonly SettingSpec[] = [
  { key: 'sharingCapability', kind: 'sharing', editable: true },
  { key: 'isSharingRestricted', kind: 'boolean', editable: false },
  { key: 'isDiscoverabilityEnabled', kind: 'boolean', editable: true },
  { key: 'isSearchEnabled', kind: 'boolean', editable: true },
  { key: 'isItemVersioningEnabled', kind: 'boolean', editable: true },
  { key: 'itemMajorVersionLimit', kind: 'count', editable: true },
  { key: 'maxStoragePerContainerInBytes', kind: 'bytes', editable: true },
  { key: 'urlTemplate', kind: 'url', editable: true },
  { key: 'agent.chatEmbedAllowedHosts', kind: 'hosts', editable: true },
];

/** At most this many agent hosts (graph-api.md §2.2). */
export const MAX_AGENT_HOSTS = 10;

/** Something in the settings this tool does not read: shown as its path and its JSON text. */
export interface OtherSetting {
  readonly path: string;
  readonly text: string;
}

export interface ReadSettings {
  /** Known settings with a value of their documented type; absent ones are left out. */
  readonly values: Partial<Readonly<Record<SettingKey, SettingValue>>>;
  /** Everything else, in the order the service sent it. */
  readonly other: readonly OtherSetting[];
}

type JsonObject = Readonly<Record<string, unknown>>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isStringList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Whether `value` is of the setting's documented type (and a value this tool can write back). */
function fitsKind(kind: SettingKind, value: unknown): value is SettingValue {
  switch (kind) {
    case 'sharing':
      return typeof value === 'string' && (SHARING_CAPABILITIES as readonly string[]).includes(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'count':
    case 'bytes':
      return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
    case 'url':
      return typeof value === 'string';
    case 'hosts':
      return isStringList(value);
  }
}

function jsonText(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

const specOf = new Map(SETTINGS.map((spec) => [spec.key as string, spec]));

/** The registration's `settings` as read; anything (not an object, `null`, absent) reads as empty. */
export function readSettings(raw: unknown): ReadSettings {
  const values: Partial<Record<SettingKey, SettingValue>> = {};
  const other: OtherSetting[] = [];
  const visit = (source: JsonObject, prefix: string): void => {
    for (const [name, value] of Object.entries(source)) {
      if (name === '@odata.type') continue;
      const path = `${prefix}${name}`;
      if (path === 'agent' && isObject(value)) {
        visit(value, 'agent.');
        continue;
      }
      const spec = specOf.get(path);
      if (spec !== undefined && fitsKind(spec.kind, value)) values[spec.key] = value;
      else other.push({ path, text: jsonText(value) });
    }
  };
  if (isObject(raw)) visit(raw, '');
  return { values, other };
}

/** Whether the admin may edit it here: editable by kind, and read exactly (or absent). */
export function canEditSetting(read: ReadSettings, key: SettingKey): boolean {
  if (specOf.get(key)?.editable !== true) return false;
  // Other agent settings beside the hosts: a PATCH of `agent` could replace them unseen.
  if (key === 'agent.chatEmbedAllowedHosts' && read.other.some((item) => item.path.startsWith('agent')))
    return false;
  return !read.other.some((item) => item.path === key);
}

export function sameSettingValue(a: SettingValue | undefined, b: SettingValue | undefined): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

export interface SettingChange {
  readonly key: SettingKey;
  /** `undefined`: the service did not send it. */
  readonly before: SettingValue | undefined;
  readonly after: SettingValue;
}

/** The settings the edit changes, in table order: exactly what the review shows and the PATCH sends. */
export function settingChanges(
  read: ReadSettings,
  edited: Partial<Readonly<Record<SettingKey, SettingValue>>>,
): SettingChange[] {
  return SETTINGS.flatMap(({ key }) => {
    const after = edited[key];
    if (after === undefined || !canEditSetting(read, key)) return [];
    const before = read.values[key];
    return sameSettingValue(before, after) ? [] : [{ key, before, after }];
  });
}

/** The PATCH body's `settings`: the changed ones only, the agent's hosts nested as Graph has them. */
export function settingsPatch(changes: readonly SettingChange[]): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const { key, after } of changes) {
    if (key === 'agent.chatEmbedAllowedHosts') patch.agent = { chatEmbedAllowedHosts: after };
    else patch[key] = after;
  }
  return patch;
}

/** What a read shows of a write whose answer never came: all written, none of it, or something else. */
export type SettingsLanded = 'applied' | 'not-applied' | 'changed';

export function settingsLanded(read: ReadSettings, changes: readonly SettingChange[]): SettingsLanded {
  if (changes.every((change) => sameSettingValue(read.values[change.key], change.after))) return 'applied';
  if (changes.every((change) => sameSettingValue(read.values[change.key], change.before)))
    return 'not-applied';
  return 'changed';
}

/** One setting that differs between two reads (for "changed elsewhere since you opened it"). */
export interface SettingDifference {
  readonly path: string;
  readonly before: SettingValue | string | undefined;
  readonly now: SettingValue | string | undefined;
}

/** Every setting, known or not, whose value differs between two reads. */
export function settingDifferences(before: ReadSettings, now: ReadSettings): SettingDifference[] {
  const all = (read: ReadSettings): Map<string, SettingValue | string> =>
    new Map<string, SettingValue | string>([
      ...SETTINGS.flatMap(({ key }) => {
        const value = read.values[key];
        return value === undefined ? [] : [[key, value] as const];
      }),
      ...read.other.map((item) => [item.path, item.text] as const),
    ]);
  const a = all(before);
  const b = all(now);
  const paths = [...a.keys(), ...[...b.keys()].filter((path) => !a.has(path))];
  return paths.flatMap((path) => {
    const was = a.get(path);
    const is = b.get(path);
    return sameSettingValue(was, is) ? [] : [{ path, before: was, now: is }];
  });
}

/** A problem with one edited value, checked before anything is sent. */
export type SettingProblem = 'notWholeNumber' | 'notHttps' | 'tooManyHosts' | 'hostNotHttps';

/**
 * The admin's text for a setting as the value to send, or the problem with it. Whole numbers only
 * for counts and sizes; a link template and agent hosts must be `https` (a browser follows them).
 */
export function parseSettingInput(
  kind: SettingKind,
  text: string,
): { readonly value: SettingValue } | { readonly problem: SettingProblem } {
  const trimmed = text.trim();
  switch (kind) {
    case 'count':
    case 'bytes': {
      const value = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
      return Number.isSafeInteger(value) ? { value } : { problem: 'notWholeNumber' };
    }
    case 'url':
      return isHttps(trimmed) ? { value: trimmed } : { problem: 'notHttps' };
    case 'hosts': {
      const hosts = trimmed.split(/\s+/).filter((host) => host !== '');
      if (hosts.length > MAX_AGENT_HOSTS) return { problem: 'tooManyHosts' };
      return hosts.every(isHttps) ? { value: hosts } : { problem: 'hostNotHttps' };
    }
    case 'boolean':
      return { value: trimmed === 'true' };
    case 'sharing':
      return { value: trimmed };
  }
}

function isHttps(text: string): boolean {
  try {
    return new URL(text).protocol === 'https:';
  } catch {
    return false;
  }
}

/** The text an input starts with for a value (`parseSettingInput` reads it back). */
export function settingInputText(value: SettingValue | undefined): string {
  if (value === undefined) return '';
  if (Array.isArray(value)) return value.join('\n');
  return String(value);
}

/**
 * The edit as values: each setting the admin touched, read from its text (`undefined` while any text
 * has a problem, so nothing can be reviewed or sent).
 */
export function editedSettings(
  texts: Partial<Readonly<Record<SettingKey, string>>>,
): Partial<Record<SettingKey, SettingValue>> | undefined {
  const values: Partial<Record<SettingKey, SettingValue>> = {};
  for (const { key, kind } of SETTINGS) {
    const text = texts[key];
    if (text === undefined) continue;
    const parsed = parseSettingInput(kind, text);
    if ('problem' in parsed) return undefined;
    values[key] = parsed.value;
  }
  return values;
}

/** The questions the tenant overview asks of registrations' settings ("who allows sharing with anyone?"). */
export const SETTINGS_QUESTIONS = {
  anyone: (read: ReadSettings) => read.values.sharingCapability === 'externalUserAndGuestSharing',
  guests: (read: ReadSettings) =>
    read.values.sharingCapability !== undefined && read.values.sharingCapability !== 'disabled',
  searchOff: (read: ReadSettings) => read.values.isSearchEnabled === false,
  versioningOff: (read: ReadSettings) => read.values.isItemVersioningEnabled === false,
} as const satisfies Readonly<Record<string, (read: ReadSettings) => boolean>>;

export type SettingsQuestion = keyof typeof SETTINGS_QUESTIONS;
