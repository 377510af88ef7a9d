/**
 * The difference between the grants as loaded and as edited: exactly what a save writes, one entry
 * per app (added / changed → per-app PUT with both planes, removed → per-app DELETE).
 */
import { isGrantablePermission } from './catalog';
import { indexGrants } from './grantList';
import { rememberPerPair } from './remember';
import type { Grant, GrantChange, PermissionIncluded, Plane, PlaneChange } from './model';
import { PLANES } from './model';
import { appIdKey, grantsEqual, normaliseGrant, normalisePlane } from './normalise';
import type { Permission } from './permissions';
import { impliedByParent } from './rules';

function diffPlane(before: readonly Permission[], after: readonly Permission[]): PlaneChange {
  const from = normalisePlane(before);
  const to = normalisePlane(after);
  const dropped = from.filter((value) => !to.includes(value));
  // The canonical list drops what a granted parent includes: such a value leaves the list, not the app.
  const included: PermissionIncluded[] = dropped.filter(isGrantablePermission).flatMap((permission) => {
    const includedIn = impliedByParent(to, permission);
    return includedIn === undefined ? [] : [{ permission, includedIn }];
  });
  return {
    added: to.filter((value) => !from.includes(value)),
    removed: dropped.filter((value) => !included.some((entry) => entry.permission === value)),
    included,
  };
}

/** Apps whose grants differ in meaning, in the edited order, then removed apps in baseline order. */
export function diffGrants(baseline: readonly Grant[], edited: readonly Grant[]): GrantChange[] {
  const changes: GrantChange[] = [];
  // Indexed by app: a matrix of a thousand apps is diffed on every click.
  const baselineByApp = indexGrants(baseline);
  const editedApps = new Set(edited.map((grant) => appIdKey(grant.appId)));
  for (const after of edited) {
    const before = baselineByApp.get(appIdKey(after.appId));
    if (before === undefined) {
      changes.push({ type: 'added', appId: after.appId, after: normaliseGrant(after) });
    } else if (!grantsEqual(before, after)) {
      changes.push({
        type: 'changed',
        appId: after.appId,
        before: normaliseGrant(before),
        after: normaliseGrant(after),
        delegated: diffPlane(before.delegatedPermissions, after.delegatedPermissions),
        application: diffPlane(before.applicationPermissions, after.applicationPermissions),
      });
    }
  }
  for (const before of baseline) {
    if (!editedApps.has(appIdKey(before.appId))) {
      changes.push({ type: 'removed', appId: before.appId, before: normaliseGrant(before) });
    }
  }
  return changes;
}

/**
 * `diffGrants`, computed once per pair of lists: the editing session, the matrix and the review each
 * need the diff of the same baseline and edit, and after a 20,000-app import each pass is a visible
 * pause.
 */
export const diffGrantsOnce: (
  baseline: readonly Grant[],
  edited: readonly Grant[],
) => readonly GrantChange[] = rememberPerPair(diffGrants);

/**
 * The planes a set of changes touches: a view that shows one plane says when the other has changes
 * (an added or removed app counts for each plane where it has permissions).
 */
export function changedPlanes(changes: readonly GrantChange[]): Plane[] {
  const granted = (grant: Grant, plane: Plane): boolean =>
    normalisePlane(plane === 'delegated' ? grant.delegatedPermissions : grant.applicationPermissions).some(
      (value) => value !== 'none',
    );
  return PLANES.filter((plane) =>
    changes.some((change) => {
      switch (change.type) {
        case 'added':
          return granted(change.after, plane);
        case 'removed':
          return granted(change.before, plane);
        case 'changed':
          return change[plane].added.length > 0 || change[plane].removed.length > 0;
      }
    }),
  );
}

/** The grants after a set of changes: changed apps in place, removed apps gone, added apps at the end. */
export function applyChanges(baseline: readonly Grant[], changes: readonly GrantChange[]): Grant[] {
  // Indexed by app: a save after an import can apply tens of thousands of changes.
  const changeByApp = new Map<string, GrantChange>();
  for (const change of changes) changeByApp.set(appIdKey(change.appId), change);
  const result: Grant[] = [];
  const done = new Set<string>();
  for (const grant of baseline) {
    const key = appIdKey(grant.appId);
    const change = changeByApp.get(key);
    if (change === undefined || done.has(key)) {
      result.push(grant);
      continue;
    }
    done.add(key);
    if (change.type !== 'removed') result.push(change.after);
  }
  for (const [key, change] of changeByApp) {
    if (!done.has(key) && change.type !== 'removed') result.push(change.after);
  }
  return result;
}
