/**
 * The emulator's state: registrations with their grants, in memory, optionally kept in a JSON file
 * written atomically (a temporary file, then a rename), so a crash never leaves half a file.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import {
  SERVICE_PRINCIPALS,
  seedTenant,
  type StoredRegistration,
  type TenantState,
  type WireGrant,
} from './demoTenant';

/** `RVRhZw==` ("ETag") then `RVRhZyArIDE=` ("ETag + 1"), as in the documented examples. */
export function etagOf(version: number): string {
  return Buffer.from(version === 0 ? 'ETag' : `ETag + ${version}`).toString('base64');
}

interface PendingChange {
  /** What reads return until `visibleAt`; `undefined` when the grant did not exist. */
  readonly previous: WireGrant | undefined;
  readonly visibleAt: number;
}

export class TenantStore {
  private state: TenantState;
  /** Propagation delay: per registration and app, the grant reads still return. */
  private readonly pending = new Map<string, PendingChange>();

  /** `seed` makes the tenant a reset returns to (a data file, when it exists, is read instead at start). */
  public constructor(
    private readonly dataFile?: string,
    private seed: () => TenantState = seedTenant,
  ) {
    this.state =
      dataFile !== undefined && existsSync(dataFile)
        ? (JSON.parse(readFileSync(dataFile, 'utf8')) as TenantState)
        : seed();
  }

  /** Back to the seeded tenant; with `seed`, to a new one from now on. */
  public reset(seed: () => TenantState = this.seed): void {
    this.seed = seed;
    this.state = seed();
    this.pending.clear();
    this.persist();
  }

  public snapshot(): TenantState {
    return JSON.parse(JSON.stringify(this.state)) as TenantState;
  }

  public registrations(): readonly StoredRegistration[] {
    return this.state.registrations;
  }

  public registration(id: string): StoredRegistration | undefined {
    return this.state.registrations.find(
      (registration) => registration.id.toLowerCase() === id.toLowerCase(),
    );
  }

  public displayName(appId: string): string | undefined {
    const names = this.state.servicePrincipals ?? SERVICE_PRINCIPALS;
    return Object.entries(names).find(([id]) => id.toLowerCase() === appId.toLowerCase())?.[1];
  }

  public containerType(id: string): TenantState['containerTypes'][number] | undefined {
    return this.state.containerTypes.find((type) => type.id.toLowerCase() === id.toLowerCase());
  }

  /** Grants as a reader sees them now (changes still propagating read as before). */
  public visibleGrants(registration: StoredRegistration, now: number = Date.now()): WireGrant[] {
    const visible: WireGrant[] = [];
    const seen = new Set<string>();
    for (const grant of registration.grants) {
      const change = this.pending.get(this.key(registration.id, grant.appId));
      seen.add(grant.appId.toLowerCase());
      if (change !== undefined && change.visibleAt > now) {
        if (change.previous !== undefined) visible.push(change.previous);
      } else {
        visible.push(grant);
      }
    }
    for (const [key, change] of this.pending) {
      const [registrationId, appId] = key.split('|');
      if (
        registrationId === registration.id.toLowerCase() &&
        appId !== undefined &&
        !seen.has(appId) &&
        change.visibleAt > now &&
        change.previous !== undefined
      ) {
        visible.push(change.previous);
      }
    }
    return visible;
  }

  /** Writes one app's grant (or removes it) and moves the etag. */
  public setGrant(
    registration: StoredRegistration,
    appId: string,
    grant: WireGrant | undefined,
    propagationDelayMs = 0,
  ): void {
    const index = registration.grants.findIndex(
      (existing) => existing.appId.toLowerCase() === appId.toLowerCase(),
    );
    const previous = index >= 0 ? registration.grants[index] : undefined;
    if (propagationDelayMs > 0) {
      this.pending.set(this.key(registration.id, appId), {
        previous,
        visibleAt: Date.now() + propagationDelayMs,
      });
    }
    if (grant === undefined) {
      if (index >= 0) registration.grants.splice(index, 1);
    } else if (index >= 0) {
      registration.grants[index] = grant;
    } else {
      registration.grants.push(grant);
    }
    this.touch(registration);
  }

  public putRegistration(registration: StoredRegistration): void {
    const index = this.state.registrations.findIndex(
      (existing) => existing.id.toLowerCase() === registration.id.toLowerCase(),
    );
    if (index >= 0) this.state.registrations[index] = registration;
    else this.state.registrations.push(registration);
    this.persist();
  }

  public deleteRegistration(id: string): void {
    this.state.registrations = this.state.registrations.filter(
      (registration) => registration.id.toLowerCase() !== id.toLowerCase(),
    );
    this.persist();
  }

  public touch(registration: StoredRegistration): void {
    registration.version += 1;
    this.persist();
  }

  private key(registrationId: string, appId: string): string {
    return `${registrationId.toLowerCase()}|${appId.toLowerCase()}`;
  }

  private persist(): void {
    if (this.dataFile === undefined) return;
    const temporary = `${this.dataFile}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.state, null, 2));
    renameSync(temporary, this.dataFile);
  }
}
