/**
 * What the stack serves of the product itself: the Teams host simulator at `/host`, and the built tab at
 * `/` with the headers a static host sets in production, here with the local cloud's policy (its hosts
 * are the stack's origin). `npm start`, the browser tests and the benchmarks all serve it this way.
 */
import { resolve } from 'node:path';
import { tabPageOf, tabSecurityHeaders } from '../hosts/teams/tabSecurityHeaders';
import { withFrameAncestorsSelf } from './http';
import type { StaticMount } from './stack';

export const TEAMS_HOST_DIR = resolve(__dirname, 'teamsHost');

export function tabMount(dir: string): StaticMount {
  return { path: '/', dir, headers: (file, origin) => tabSecurityHeaders('local', tabPageOf(file), origin) };
}

/** The host simulator and the tab built into `tabDir`; the tab last, as it answers every path. */
export function productMounts(tabDir: string): StaticMount[] {
  // The simulator is signed in: no other site may frame it (the tab keeps Microsoft's list, set above).
  return [{ path: '/host', dir: TEAMS_HOST_DIR, headers: () => withFrameAncestorsSelf() }, tabMount(tabDir)];
}
