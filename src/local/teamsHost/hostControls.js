// @ts-check
/**
 * The simulator's controls: theme, signed-in profile, locale and nested app auth, kept in the address
 * so a reload (or a test) starts the same way; changing the profile or the locale reloads the tab.
 */
import {
  clearLog,
  clearLogButton,
  frame,
  localeSelect,
  log,
  naaCheckbox,
  naaFailCheckbox,
  profileSelect,
  reloadButton,
  report,
  setStatus,
  themeSelect,
} from './hostPage.js';
import { LOCALES, oneOf, PROFILE_NAMES, state, THEMES } from './hostState.js';

function syncAddress() {
  const params = new URLSearchParams({
    theme: state.theme,
    profile: state.profile,
    locale: state.locale,
    naa: state.naa ? '1' : '0',
    naaFail: state.naaFail ? '1' : '0',
  });
  if (state.tab !== '/') params.set('tab', state.tab);
  history.replaceState(null, '', `${location.pathname}?${params.toString()}`);
}

function applyHostTheme() {
  document.documentElement.dataset.theme = state.theme;
}

export function loadTab() {
  delete frame.dataset.initialized;
  setStatus(`Loading the tab as ${state.profile}…`);
  log('•', `loading ${state.tab} as ${state.profile} (${state.locale}, ${state.theme})`);
  frame.src = state.tab;
}

/** Makes the IdP sign the selected profile in, for any redirect-based fallback of the tab. */
export async function selectProfileAtIdp() {
  const response = await fetch('/__local/profile', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ profile: state.profile }),
  });
  if (!response.ok) throw new Error(`POST /__local/profile answered ${response.status}.`);
}

export async function loadProfiles() {
  const response = await fetch('/__local/profiles');
  if (!response.ok) throw new Error(`GET /__local/profiles answered ${response.status}.`);
  const body = /** @type {{ profiles: import('./hostState.js').ProfileInfo[] }} */ (await response.json());
  for (const profile of body.profiles) state.profiles.set(profile.name, profile);
  for (const option of Array.from(profileSelect.options)) {
    const profile = state.profiles.get(option.value);
    if (profile !== undefined) option.textContent = `${profile.name}: ${profile.displayName}`;
  }
}

/** @param {{ onThemeChange: (theme: string) => void }} handlers */
export function wireControls(handlers) {
  themeSelect.value = state.theme;
  profileSelect.value = state.profile;
  localeSelect.value = state.locale;
  naaCheckbox.checked = state.naa;
  naaFailCheckbox.checked = state.naaFail;
  applyHostTheme();
  syncAddress();

  themeSelect.addEventListener('change', () => {
    state.theme = oneOf(themeSelect.value, THEMES, 'default');
    applyHostTheme();
    syncAddress();
    handlers.onThemeChange(state.theme);
  });
  profileSelect.addEventListener('change', () => {
    state.profile = oneOf(profileSelect.value, PROFILE_NAMES, 'spe-admin');
    syncAddress();
    selectProfileAtIdp().then(loadTab, report);
  });
  localeSelect.addEventListener('change', () => {
    state.locale = oneOf(localeSelect.value, LOCALES, 'en-US');
    syncAddress();
    loadTab();
  });
  naaCheckbox.addEventListener('change', () => {
    state.naa = naaCheckbox.checked;
    syncAddress();
    loadTab();
  });
  naaFailCheckbox.addEventListener('change', () => {
    state.naaFail = naaFailCheckbox.checked;
    syncAddress();
    log('•', `silent token requests will ${state.naaFail ? 'fail (interaction required)' : 'succeed'}`);
  });
  reloadButton.addEventListener('click', loadTab);
  clearLogButton.addEventListener('click', clearLog);
}
