import { lazyPart } from '../shared/lazyPart';
import type * as RegistrationEditorModule from './RegistrationEditor';

const load = (): Promise<typeof RegistrationEditorModule> => import('./RegistrationEditor');

/**
 * The matrix screen, loaded on demand so the first screen (sign-in, the list) ships without it; the
 * list prefetches it while the admin reads (`prefetchRegistrationEditor`).
 */
export const RegistrationEditor = lazyPart(() =>
  load().then((module) => ({ default: module.RegistrationEditor })),
);

/** Starts loading the matrix screen's code; later calls and the lazy component share the one download. */
export function prefetchRegistrationEditor(): void {
  // A failed prefetch is not an error: opening a registration loads it again and reports any failure.
  load().catch(() => undefined);
}

export type { RegistrationArrival, RegistrationEditorProps } from './RegistrationEditor';
