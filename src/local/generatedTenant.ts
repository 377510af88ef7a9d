/**
 * Tenants of a chosen size, made the same way every time: `registrations` registrations of container
 * types owned by the demo app (so `.Selected` sees them all), each with the owning app (`full` / `full`)
 * and the same `apps - 1` guest apps, whose grants vary from read-only to `full` on each plane so the
 * tenant shows every access level. `npm start -- --tenant large`, the control API and the benchmarks
 * all build theirs here.
 */
import { DEMO_OWNING_APP_ID, SERVICE_PRINCIPALS, type TenantState, type WireGrant } from './demoTenant';

export interface TenantSize {
  readonly registrations: number;
  readonly apps: number;
}

/** The demo tenant, the demo tenant with hostile data (hostileTenant.ts), or a generated one of this size. */
export type TenantChoice = 'demo' | 'hostile' | TenantSize;

/** `--tenant large`: the size the tenant overview must stay responsive at. */
export const LARGE_TENANT: TenantSize = { registrations: 300, apps: 200 };

/** Bounds that keep a generated tenant within the stack's memory (250,000 grants is about 60 MB). */
const MAX_REGISTRATIONS = 1000;
const MAX_APPS = 5000;
const MAX_GRANTS = 250_000;

/** Delegated and application planes, in turn: read-only through `full`, guest-app style. */
const PLANES: readonly (readonly [string[], string[]])[] = [
  [['read', 'write'], ['none']],
  [['readContent'], ['none']],
  [['none'], ['readContent', 'read', 'enumeratePermissions']],
  [['readContent', 'writeContent'], ['none']],
  [['full'], ['none']],
  [['none'], ['manageContent', 'create', 'addPermissions']],
  [['readContent'], ['managePermissions']],
];

/** A stable GUID from two numbers, so every run builds the same tenant. */
function generatedGuid(kind: number, index: number): string {
  const hex = (kind * 1_000_000 + index).toString(16).padStart(12, '0');
  return `b3c4d5e6-0000-4000-8000-${hex}`;
}

export function generatedRegistrationId(index: number): string {
  return generatedGuid(1, index);
}

/** Guest app `index` (0-based; the owning app is not one of them). */
export function generatedAppId(index: number): string {
  return generatedGuid(2, index);
}

export function generatedRegistrationName(index: number): string {
  return `Generated type ${String(index + 1).padStart(3, '0')}`;
}

export function generatedAppName(index: number): string {
  return `Generated app ${String(index + 1).padStart(4, '0')}`;
}

export function generateTenant(size: TenantSize): TenantState {
  const servicePrincipals: Record<string, string> = { ...SERVICE_PRINCIPALS };
  for (let a = 0; a < size.apps - 1; a++) servicePrincipals[generatedAppId(a)] = generatedAppName(a);
  const state: TenantState = { containerTypes: [], registrations: [], servicePrincipals };
  for (let r = 0; r < size.registrations; r++) {
    const id = generatedRegistrationId(r);
    const name = generatedRegistrationName(r);
    state.containerTypes.push({
      id,
      name,
      owningAppId: DEMO_OWNING_APP_ID,
      billingClassification: 'standard',
      billingConfigured: true,
    });
    const guests = Array.from({ length: size.apps - 1 }, (_, a): WireGrant => {
      const [delegated, application] = PLANES[(r + a) % PLANES.length] ?? [['none'], ['none']];
      return {
        appId: generatedAppId(a),
        delegatedPermissions: [...delegated],
        applicationPermissions: [...application],
      };
    });
    state.registrations.push({
      id,
      name,
      owningAppId: DEMO_OWNING_APP_ID,
      billingClassification: 'standard',
      billingStatus: 'valid',
      registeredDateTime: '2025-01-01T00:00:00Z',
      expirationDateTime: null,
      version: 0,
      settings: {},
      containerCount: 0,
      grants: [
        { appId: DEMO_OWNING_APP_ID, delegatedPermissions: ['full'], applicationPermissions: ['full'] },
        ...guests,
      ],
    });
  }
  return state;
}

/** `'demo'`, `'hostile'`, `'large'`, `{ registrations, apps }` or `"300x200"`; a problem when it is none of them. */
export function readTenantChoice(value: unknown): TenantChoice | { readonly problem: string } {
  if (value === 'demo' || value === 'hostile') return value;
  if (value === 'large') return LARGE_TENANT;
  const text = typeof value === 'string' ? /^(\d+)x(\d+)$/.exec(value) : null;
  const size =
    text !== null
      ? { registrations: Number(text[1]), apps: Number(text[2]) }
      : typeof value === 'object' && value !== null
        ? (value as Partial<Record<keyof TenantSize, unknown>>)
        : undefined;
  const { registrations, apps } = size ?? {};
  if (
    typeof registrations !== 'number' ||
    typeof apps !== 'number' ||
    !Number.isInteger(registrations) ||
    !Number.isInteger(apps) ||
    registrations < 1 ||
    apps < 1 ||
    registrations > MAX_REGISTRATIONS ||
    apps > MAX_APPS ||
    registrations * apps > MAX_GRANTS
  ) {
    return {
      problem: `"tenant" must be "demo", "hostile", "large" (${LARGE_TENANT.registrations} × ${LARGE_TENANT.apps}), "<registrations>x<apps>" or { registrations, apps }, with 1–${MAX_REGISTRATIONS} registrations, 1–${MAX_APPS} apps and at most ${MAX_GRANTS} grants.`,
    };
  }
  return { registrations, apps };
}
