/** Shared fixtures: a demo tenant, a host port over the in-memory repository, and render helpers. */
import { render, screen } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, vi } from 'vitest';
import type { Grant, RegistrationWithGrants } from '../../src/core/model';
import type { DraftStorage, EditorHost } from '../../src/editor';
import { PermissionMatrixApp } from '../../src/editor';
import { InMemoryRegistrationRepository } from './InMemoryRegistrationRepository';
import type { InMemoryRepositoryOptions } from './InMemoryRegistrationRepository';

export const TENANT_ID = '11111111-2222-3333-4444-555555555555';
export const CONTOSO_ID = 'de988700-d700-020e-0a00-0831f3042f00';
export const FABRIKAM_ID = '0a1b2c3d-0000-4000-8000-00000000fab0';
export const OWNER_ID = '71392b2f-1765-406e-86af-5907d9bdb2ab';
export const GUEST_ID = '89ea5c94-7736-4e25-95ad-3fa95f62b6aa';
export const BACKUP_ID = '5a8c2f61-0c1e-4f3e-9a55-2b6f0e9d1c44';
export const NEW_APP_ID = 'c0ffee00-1234-4abc-8def-0123456789ab';

export const grant = (appId: string, delegated: string[], application: string[]): Grant => ({
  appId,
  delegatedPermissions: delegated,
  applicationPermissions: application,
});

export function contoso(grants?: Grant[]): RegistrationWithGrants {
  return {
    id: CONTOSO_ID,
    name: 'Contoso Files',
    owningAppId: OWNER_ID,
    billingClassification: 'trial',
    billingStatus: 'valid',
    registeredDateTime: '2025-08-11T09:00:00Z',
    expirationDateTime: null,
    applicationPermissionGrants: grants ?? [
      grant(OWNER_ID, ['full'], ['full']),
      grant(GUEST_ID, ['readContent'], ['none']),
      grant(BACKUP_ID, ['none'], ['readContent']),
    ],
  };
}

export function fabrikam(): RegistrationWithGrants {
  return {
    id: FABRIKAM_ID,
    name: 'Fabrikam Archive',
    owningAppId: BACKUP_ID,
    billingClassification: 'standard',
    billingStatus: 'invalid',
    registeredDateTime: '2024-01-02T00:00:00Z',
    expirationDateTime: '2026-01-02T00:00:00Z',
    applicationPermissionGrants: [grant(BACKUP_ID, ['full'], ['full'])],
  };
}

export const DISPLAY_NAMES = { [OWNER_ID]: 'Contoso Owner', [GUEST_ID]: 'Guest' };

export function createRepository(
  options?: Partial<InMemoryRepositoryOptions>,
): InMemoryRegistrationRepository {
  return new InMemoryRegistrationRepository({
    registrations: [contoso(), fabrikam()],
    displayNames: DISPLAY_NAMES,
    ...options,
  });
}

/** A Storage stand-in (jsdom's sessionStorage would leak between tests). */
export function memoryStorage(): DraftStorage & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
    removeItem: (key) => {
      items.delete(key);
    },
  };
}

export function createHost(overrides: Partial<EditorHost> = {}): EditorHost {
  return {
    repository: createRepository(),
    user: { displayName: 'Megan Bowen', tenantId: TENANT_ID, role: 'has_role' },
    scopeMode: 'manageAll',
    theme: 'light',
    locale: 'en-US',
    logger: { info: vi.fn(), warn: vi.fn(), error: vi.fn() },
    draftStorage: memoryStorage(),
    now: () => new Date('2025-08-11T14:03:00Z'),
    ...overrides,
  };
}

export function renderApp(host: EditorHost): RenderResult & { user: ReturnType<typeof userEvent.setup> } {
  const user = userEvent.setup();
  return { user, ...render(<PermissionMatrixApp host={host} />) };
}

/** Opens a registration from the list and waits for its matrix. */
export async function openRegistration(
  user: ReturnType<typeof userEvent.setup>,
  name = 'Contoso Files',
): Promise<void> {
  await user.click(await screen.findByRole('button', { name }));
  await screen.findByRole('grid');
}

/** Renders the app and opens Contoso Files. */
export async function renderMatrix(
  host: EditorHost = createHost(),
): Promise<RenderResult & { user: ReturnType<typeof userEvent.setup> }> {
  const result = renderApp(host);
  await openRegistration(result.user);
  // Names arrive from lookups: wait until the guest is shown by name.
  await screen.findByRole('checkbox', { name: 'Guest Delegated readContent' });
  return result;
}

export const cell = (app: string, plane: 'Delegated' | 'Application', permission: string): HTMLElement =>
  screen.getByRole('checkbox', { name: `${app} ${plane} ${permission}` });

/**
 * The files the editor downloads (an object URL clicked on an anchor), by name and content, for every
 * test of the calling file; the browser's functions come back after each test.
 */
export function captureDownloads(): { readonly name: string; readonly blob: Blob }[] {
  const downloads: { name: string; blob: Blob }[] = [];
  const originalCreate = URL.createObjectURL;
  const originalRevoke = URL.revokeObjectURL;
  beforeEach(() => {
    downloads.length = 0;
    let blob: Blob | undefined;
    URL.createObjectURL = vi.fn((created: Blob) => {
      blob = created;
      return 'blob:download';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      if (blob) downloads.push({ name: this.download, blob });
    });
  });
  afterEach(() => {
    URL.createObjectURL = originalCreate;
    URL.revokeObjectURL = originalRevoke;
    vi.restoreAllMocks();
  });
  return downloads;
}
