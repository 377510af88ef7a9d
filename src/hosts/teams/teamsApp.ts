/**
 * The slice of teams-js the tab uses, as its own module: imported on demand (only in a frame), so the
 * chunk carries `app` and what it needs rather than every teams-js capability.
 */
export { app } from '@microsoft/teams-js';
