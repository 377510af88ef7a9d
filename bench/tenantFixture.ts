/**
 * Tenants of a chosen size for the benchmarks, written as the local stack's data file: `registrations`
 * registrations of container types owned by the demo app, each with the owning app and `apps - 1` guest
 * apps holding a few permissions.
 */
import { writeFileSync } from 'node:fs';
import { DEMO_OWNING_APP_ID, type TenantState } from '../src/local/demoTenant';

/** A stable GUID from two numbers, so runs compare like for like. */
export function benchGuid(kind: number, index: number): string {
  const hex = (kind * 1_000_000 + index).toString(16).padStart(12, '0');
  return `b3c4d5e6-0000-4000-8000-${hex}`;
}

export function benchRegistrationId(index: number): string {
  return benchGuid(1, index);
}

export function benchAppId(index: number): string {
  return benchGuid(2, index);
}

export function benchTenant(registrations: number, apps: number): TenantState {
  const state: TenantState = { containerTypes: [], registrations: [] };
  for (let r = 0; r < registrations; r++) {
    const id = benchRegistrationId(r);
    const name = `Bench ${String(r + 1).padStart(2, '0')}`;
    state.containerTypes.push({
      id,
      name,
      owningAppId: DEMO_OWNING_APP_ID,
      billingClassification: 'standard',
      billingConfigured: true,
    });
    state.registrations.push({
      id,
      name,
      owningAppId: DEMO_OWNING_APP_ID,
      billingClassification: 'standard',
      billingStatus: 'valid',
      registeredDateTime: '2025-01-01T00:00:00Z',
      expirationDateTime: null,
      version: 1,
      settings: {},
      containerCount: 0,
      grants: [
        { appId: DEMO_OWNING_APP_ID, delegatedPermissions: ['full'], applicationPermissions: ['full'] },
        ...Array.from({ length: apps - 1 }, (_, a) => ({
          appId: benchAppId(a),
          delegatedPermissions: a % 2 === 0 ? ['read', 'write'] : ['readContent'],
          applicationPermissions: ['none'],
        })),
      ],
    });
  }
  return state;
}

export function writeBenchTenant(file: string, registrations: number, apps: number): void {
  writeFileSync(file, JSON.stringify(benchTenant(registrations, apps)));
}
