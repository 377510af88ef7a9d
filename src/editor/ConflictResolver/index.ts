import { lazy } from 'react';

/** Loaded on first use: most saves meet no conflict. */
export const ConflictResolver = lazy(() => import('./ConflictResolver'));
export type { ConflictChoice, ConflictResolverProps } from './ConflictResolver';
