import type { EditorLogger } from '../../editor';

/**
 * The browser console, with only the details callers chose (codes, request ids), never a token.
 * The one place in the hosts that writes to the console.
 */
/* eslint-disable no-console -- this is the hosts' logger */
export const consoleLogger: EditorLogger = {
  info: (message, details) => console.info(`[permission-matrix] ${message}`, details ?? ''),
  warn: (message, details) => console.warn(`[permission-matrix] ${message}`, details ?? ''),
  error: (message, details) => console.error(`[permission-matrix] ${message}`, details ?? ''),
};
/* eslint-enable no-console */
