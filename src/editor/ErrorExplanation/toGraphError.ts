import { GraphError } from '../../graph/errors';

/** Every failure shown to the admin as a `GraphError`; anything else is `unknown` (and logged by the caller). */
export function toGraphError(error: unknown): GraphError {
  return error instanceof GraphError ? error : new GraphError({ code: 'unknown' });
}
