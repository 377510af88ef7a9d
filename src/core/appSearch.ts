/**
 * Finding an app by what the admin types: part of its name or part of its id, in any letter case.
 * Every word typed must appear in the name or the id ("graph expl" finds Graph Explorer, "de8bc8b5"
 * finds it too). Names come from the caller's lookups; Microsoft's well-known apps are named even
 * when no lookup could be made.
 */
import { wellKnownAppName } from './wellKnownApps';

/** The words of a query, lower-cased; an empty list matches every app. */
export function queryTerms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter((term) => term !== '');
}

/** Whether every term appears in one of the texts (a term never spans two texts). */
function matchesTerms(terms: readonly string[], texts: readonly (string | undefined)[]): boolean {
  if (terms.length === 0) return true;
  const haystack = texts.map((text) => (text ?? '').trim().toLowerCase()).join('\n');
  return terms.every((term) => haystack.includes(term));
}

/**
 * Whether the app matches every term. `name` is what a lookup found (or `undefined`); pass the
 * terms of `queryTerms` once and reuse them, since a filter calls this for every app.
 */
export function appMatches(terms: readonly string[], appId: string, name: string | undefined): boolean {
  return matchesTerms(terms, [name ?? wellKnownAppName(appId), appId]);
}

/** Whether a registration matches every term, by name or id. */
export function registrationMatches(
  terms: readonly string[],
  registration: { readonly id: string; readonly name: string },
): boolean {
  return matchesTerms(terms, [registration.name, registration.id]);
}
