/**
 * A resource path as the client sent it, read without a URL parser: WHATWG URL resolution turns
 * `%2e%2e` into `..` and `..` into the parent, and a `//host/…` batch URL into another host, each of
 * which would answer for a resource the client did not name. Segments are split first, then decoded,
 * so `%2F` stays inside its segment.
 */
import { GraphProblem } from './requestContext';

export interface ResourcePath {
  /** Decoded segments, e.g. `['storage', 'fileStorage', 'containerTypeRegistrations', '<id>']`. */
  readonly segments: readonly string[];
  readonly query: URLSearchParams;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/** `url` is relative to the version root (`/storage/…?$top=2`, or without the leading slash in a batch). */
export function parseResourcePath(url: string): ResourcePath {
  if (SCHEME.test(url) || url.startsWith('//')) {
    throw new GraphProblem(
      400,
      'BadRequest',
      'The URL must be relative to the version root, such as /storage/fileStorage/containerTypeRegistrations.',
    );
  }
  const queryStart = url.indexOf('?');
  const rawPath = queryStart < 0 ? url : url.slice(0, queryStart);
  const segments = rawPath
    .split('/')
    .filter((segment) => segment !== '')
    .map((segment) => {
      let decoded: string;
      try {
        decoded = decodeURIComponent(segment);
      } catch {
        throw new GraphProblem(400, 'BadRequest', 'The URL has malformed percent-encoding.');
      }
      if (decoded === '.' || decoded === '..') {
        throw new GraphProblem(
          400,
          'BadRequest',
          "The segments '.' and '..' are not allowed in a resource path.",
        );
      }
      return decoded;
    });
  return { segments, query: new URLSearchParams(queryStart < 0 ? '' : url.slice(queryStart + 1)) };
}
