/**
 * The admin's "Reload" after a part of the editor failed (PartBoundary). Per page on purpose: the reload
 * ends this page, and the flag with it.
 */
let requested = false;

/**
 * Reloads the page. Unsaved edits are already in the tab's draft (written after every edit), which the
 * matrix offers back after the reload; so the editing session lets this reload go without the browser's
 * "leave page?" prompt when its draft is stored (`reloadRequested`).
 */
export function reloadPage(): void {
  requested = true;
  window.location.reload();
}

/** Whether the admin asked for the reload now under way. */
export function reloadRequested(): boolean {
  return requested;
}
