/**
 * Results kept for inputs that repeat. Sound only for inputs that are never changed in place (grant
 * lists and planes are not: every edit makes new ones) and results that are only read (hence
 * `Readonly`): the same input then always has the same answer, and the views asking for it pay once.
 */
import type { Permission } from './permissions';

/** `compute` of two objects, kept per pair of arguments (by identity) for as long as both are alive. */
export function rememberPerPair<A extends object, B extends object, R>(
  compute: (a: A, b: B) => R,
): (a: A, b: B) => Readonly<R> {
  const results = new WeakMap<A, WeakMap<B, R>>();
  return (a, b) => {
    let byB = results.get(a);
    if (byB === undefined) {
      byB = new WeakMap();
      results.set(a, byB);
    }
    if (byB.has(b)) return byB.get(b) as R;
    const result = compute(a, b);
    byB.set(b, result);
    return result;
  };
}

/** Enough for every distinct plane a tenant holds; a file of all-different values only empties it now and then. */
const MAX_REMEMBERED_PLANES = 4096;

/**
 * `compute` of a plane, kept per plane content: a file of 20,000 apps holds a handful of distinct
 * planes, each in its own array. Keyed by the values as JSON, so any value, however hostile, keeps
 * its own key.
 */
export function rememberPerPlane<R>(
  compute: (plane: readonly Permission[]) => R,
): (plane: readonly Permission[]) => Readonly<R> {
  const results = new Map<string, R>();
  return (plane) => {
    const key = JSON.stringify(plane);
    let result = results.get(key);
    if (result === undefined) {
      if (results.size >= MAX_REMEMBERED_PLANES) results.clear();
      result = compute(plane);
      results.set(key, result);
    }
    return result;
  };
}
