import { describe, expect, it } from 'vitest';
import { diffGrants, diffGrantsOnce } from '../../src/core/diffGrants';
import { planImport, planImportOnce } from '../../src/core/importPlan';
import type { Grant } from '../../src/core/model';
import { normalisePlane } from '../../src/core/normalise';
import { rememberPerPair, rememberPerPlane } from '../../src/core/remember';
import { effectivePermissions } from '../../src/core/rules';

const APP = '89ea5c94-7736-4e25-95ad-3fa95f62b6aa';
const grant = (delegated: string[]): Grant => ({
  appId: APP,
  delegatedPermissions: delegated,
  applicationPermissions: ['none'],
});

describe('results kept for inputs that repeat', () => {
  it('computes once per pair of objects, by identity', () => {
    let calls = 0;
    const concat = rememberPerPair((a: readonly string[], b: readonly string[]) => {
      calls += 1;
      return [...a, ...b];
    });
    const a = ['x'];
    const b = ['y'];
    expect(concat(a, b)).toEqual(['x', 'y']);
    expect(concat(a, b)).toBe(concat(a, b));
    expect(calls).toBe(1);
    // Equal contents in new lists are new inputs: nothing stale is ever answered.
    expect(concat(['x'], b)).toEqual(['x', 'y']);
    expect(calls).toBe(2);
  });

  it('computes once per plane content, and keeps a hostile value apart from its parts', () => {
    let calls = 0;
    const joined = rememberPerPlane((plane) => {
      calls += 1;
      return plane.join('+');
    });
    expect(joined(['read', 'write'])).toBe('read+write');
    expect(joined(['read', 'write'])).toBe('read+write');
    expect(calls).toBe(1);
    expect(joined(['read\nwrite'])).toBe('read\nwrite');
    expect(joined(['read","write'])).toBe('read","write');
    expect(calls).toBe(3);
  });

  it('hands out a plane of its own to every caller: changing one leaves the next answer as it was', () => {
    const first = normalisePlane(['readContent', 'writeContent']);
    first.push('full');
    expect(normalisePlane(['readContent', 'writeContent'])).toEqual(['readContent', 'writeContent']);
    expect(effectivePermissions(['manageContent'])).toEqual(effectivePermissions(['manageContent']));
  });

  it('diffs and plans the same lists once, with the answer of the plain functions', () => {
    const baseline = [grant(['readContent'])];
    const edited = [grant(['readContent', 'writeContent'])];
    expect(diffGrantsOnce(baseline, edited)).toEqual(diffGrants(baseline, edited));
    expect(diffGrantsOnce(baseline, edited)).toBe(diffGrantsOnce(baseline, edited));
    const file = [grant(['full'])];
    expect(planImportOnce(baseline, file, 'merge')).toEqual(planImport(baseline, file, 'merge'));
    expect(planImportOnce(baseline, file, 'merge')).toBe(planImportOnce(baseline, file, 'merge'));
    expect(planImportOnce(baseline, file, 'replace')).toEqual(planImport(baseline, file, 'replace'));
  });
});
