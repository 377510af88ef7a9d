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
  tenantId: string,
): string {
  return tenantGrantsJson([{ registration, grants }], exportedAt, tenantId);
}

/** Many registrations (the tenant overview's export) in one document. */
export function tenantGrantsJson(
  entries: readonly { readonly registration: Registration; readonly grants: readonly Grant[] }[],
  exportedAt: Date,
  /** The signed-in tenant: a later comparison refuses the file in another tenant. */
  tenantId: string,
): string {
  return JSON.stringify(createGrantsDocument(entries, exportedAt.toISOString(), tenantId), null, 2);
}

/** The tenant export's file name, dated (UTC) so that exports of different days do not collide. */
export function tenantExportFileName(extension: 'json' | 'csv', exportedAt: Date): string {
  return `grants-tenant-${exportedAt.toISOString().slice(0, 10)}.${extension}`;
}

/** Starts a download in the browser; `false` when this environment cannot create object URLs. */
export function downloadJson(fileName: string, json: string): boolean {
  return downloadText(fileName, json, 'application/json');
}

/** `downloadJson` for any text type (the tenant's CSV for auditors). */
export function downloadText(fileName: string, text: string, type: string): boolean {
  if (typeof URL.createObjectURL !== 'function' || typeof document === 'undefined') return false;
  const url = URL.createObjectURL(new Blob([text], { type }));
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
