// @ts-check
/**
 * The simulator page's own parts: its controls, the tab's frame, the status line and the message log.
 * The log is text only, never markup built from message data.
 */

const MAX_LOG_ENTRIES = 500;

/** @param {string} id @returns {HTMLElement} */
function element(id) {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`The simulator page lacks #${id}.`);
  return found;
}

export const frame = /** @type {HTMLIFrameElement} */ (element('tab-frame'));
export const themeSelect = /** @type {HTMLSelectElement} */ (element('theme'));
export const profileSelect = /** @type {HTMLSelectElement} */ (element('profile'));
export const localeSelect = /** @type {HTMLSelectElement} */ (element('locale'));
export const naaCheckbox = /** @type {HTMLInputElement} */ (element('naa'));
export const naaFailCheckbox = /** @type {HTMLInputElement} */ (element('naa-fail'));
export const reloadButton = /** @type {HTMLButtonElement} */ (element('reload'));
export const clearLogButton = /** @type {HTMLButtonElement} */ (element('clear-log'));
const logList = element('log');
const statusLine = element('status');

/** @param {'→' | '←' | '•'} direction @param {string} text */
export function log(direction, text) {
  const item = document.createElement('li');
  const time = new Date().toISOString().slice(11, 23);
  item.textContent = `${time} ${direction} ${text}`;
  logList.append(item);
  while (logList.childElementCount > MAX_LOG_ENTRIES) logList.firstElementChild?.remove();
  item.scrollIntoView({ block: 'nearest' });
}

export function clearLog() {
  logList.replaceChildren();
}

/** A short, token-free rendering of message arguments. @param {unknown} value */
export function brief(value) {
  let text;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

/** @param {string} text */
export function setStatus(text) {
  statusLine.textContent = text;
}

/** @param {unknown} error */
export function report(error) {
  const text = error instanceof Error ? error.message : String(error);
  setStatus(`The simulator failed: ${text}`);
  log('•', `error: ${text}`);
}
