/**
 * Resolves in a later task of the event loop: long work split at these points lets the page paint and
 * answer input in between (a promise alone resolves in the same task).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
