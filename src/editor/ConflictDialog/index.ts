export { default as ConflictResolver, chosenGrant } from './ConflictResolver';
export type { ConflictChoice, ConflictResolverProps } from './ConflictResolver';
