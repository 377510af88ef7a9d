export { ErrorExplanation } from './ErrorExplanation';
export type { ErrorExplanationProps } from './ErrorExplanation';
export { RequestId } from './RequestId';
export { toGraphError } from './toGraphError';
