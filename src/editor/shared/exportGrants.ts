/**
 * Export: the registration's saved grants as the core's JSON document, downloaded as a file.
 * The saved grants (not unsaved edits): a file that claims to be the registration's state must be.
 */
import type { Grant, Registration } from '../../core/model';
import { createGrantsDocument } from '../../core/grantsDocument';

export function exportFileName(registration: Registration): string {
  return `grants-${registration.id}.json`;
}

export function grantsDocumentJson(
  registration: Registration,
  grants: readonly Grant[],
  exportedAt: Date,
): string {
  return JSON.stringify(createGrantsDocument([{ registration, grants }], exportedAt.toISOString()), null, 2);
}

/** Starts a download in the browser; `false` when this environment cannot create object URLs. */
export function downloadJson(fileName: string, json: string): boolean {
  if (typeof URL.createObjectURL !== 'function' || typeof document === 'undefined') return false;
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  try {
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    URL.revokeObjectURL(url);
  }
  return true;
}
