import type { Grant } from '../../core/model';
import type { GrantsDocument } from '../../core/grantsDocument';

/** The grants a document holds for one registration, or `undefined` when it has none for it. */
export function grantsForRegistration(
  document: GrantsDocument,
  registrationId: string,
): readonly Grant[] | undefined {
  const entry = document.registrations.find(
    (candidate) => candidate.registrationId.toLowerCase() === registrationId.toLowerCase(),
  );
  return entry?.applicationPermissionGrants;
}
