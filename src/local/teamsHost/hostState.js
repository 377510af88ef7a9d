// @ts-check
/**
 * What the Teams host simulator is set to (theme, signed-in profile, locale, nested app auth), read
 * from its address at start and changed by its controls (hostControls.js).
 *
 * Query parameters: theme=default|dark|contrast, profile=<name>, locale=en-US|it-IT|ru-RU, naa=0|1,
 * naaFail=0|1 (silent token requests fail with USER_INTERACTION_REQUIRED), tab=<same-origin path, default />.
 */

export const THEMES = ['default', 'dark', 'contrast'];
export const LOCALES = ['en-US', 'it-IT', 'ru-RU'];
export const PROFILE_NAMES = ['spe-admin', 'global-admin', 'no-role', 'no-scope', 'manage-all'];

/**
 * @typedef {{ name: string, displayName: string, upn: string, oid: string, tenantId: string }} ProfileInfo
 */

const query = new URLSearchParams(location.search);

/** @param {string | null} value @param {string[]} allowed @param {string} fallback */
export function oneOf(value, allowed, fallback) {
  return value !== null && allowed.includes(value) ? value : fallback;
}

/** @param {string | null} value @param {boolean} fallback */
function flag(value, fallback) {
  if (value === null) return fallback;
  return value === '1' || value === 'true' || value === 'on';
}

/** The tab's address: a path on this origin only (no open framing of other sites). */
function tabPath() {
  const asked = query.get('tab');
  return asked !== null && asked.startsWith('/') && !asked.startsWith('//') ? asked : '/';
}

export const state = {
  theme: oneOf(query.get('theme'), THEMES, 'default'),
  profile: oneOf(query.get('profile'), PROFILE_NAMES, 'spe-admin'),
  locale: oneOf(query.get('locale'), LOCALES, 'en-US'),
  naa: flag(query.get('naa'), true),
  naaFail: flag(query.get('naaFail'), false),
  tab: tabPath(),
  /** Teams' session of this tab instance: new on every frame load. */
  sessionId: '',
  /** The host's own session (the Teams client). */
  hostSessionId: crypto.randomUUID(),
  /** @type {Map<string, ProfileInfo>} */
  profiles: new Map(),
};

/** The signed-in profile as the stack describes it (GET /__local/profiles). */
export function currentProfile() {
  const profile = state.profiles.get(state.profile);
  if (profile === undefined) throw new Error(`Profile ${state.profile} is unknown to the stack.`);
  return profile;
}
