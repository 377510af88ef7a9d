import { lazyPart } from '../shared/lazyPart';

/** Loaded on first use: most saves meet no conflict. */
export const ConflictResolver = lazyPart(() => import('./ConflictResolver'));
export type { ConflictChoice, ConflictResolverProps } from './ConflictResolver';
