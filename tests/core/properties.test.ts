import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyChanges, diffGrants } from '../../src/core/diffGrants';
import type { Grant } from '../../src/core/model';
import { normaliseGrant, normalisePlane, planesEqual } from '../../src/core/normalise';
import { GRANTABLE_PERMISSIONS } from '../../src/core/permissions';
import { readGrant, toWireGrantBody } from '../../src/core/readGrants';
import { effectivePermissions, togglePermission } from '../../src/core/rules';

const unknownValue = fc.constantFrom('manageSensitivityLabels', 'futureThing', 'zzz');
const knownValue = fc.constantFrom(...GRANTABLE_PERMISSIONS);
const knownPlane = fc.array(knownValue, { maxLength: 8 });
const plane = fc.array(
  fc.oneof({ weight: 5, arbitrary: knownValue }, { weight: 1, arbitrary: unknownValue }),
  { maxLength: 8 },
);
const appIds = [
  '71392b2f-1765-406e-86af-5907d9bdb2ab',
  '89ea5c94-7736-4e25-95ad-3fa95f62b6cd',
  'de8bc8b5-d9f9-48b1-a8ad-b748da725064',
  'e8e1b0bf-140f-4b8b-8e94-fbe8937fad04',
];
const grantSet = fc
  .subarray(appIds)
  .chain((ids) =>
    fc.tuple(
      ...ids.map((appId) =>
        fc.record({ appId: fc.constant(appId), delegatedPermissions: plane, applicationPermissions: plane }),
      ),
    ),
  )
  .map((grants): Grant[] => grants);

const unknownOf = (values: readonly string[]): string[] =>
  values.filter((value) => !(GRANTABLE_PERMISSIONS as readonly string[]).includes(value));
const byApp = (grants: readonly Grant[]): Record<string, Grant> =>
  Object.fromEntries(grants.map((grant) => [grant.appId, normaliseGrant(grant)]));

describe('properties of the permission algebra', () => {
  it('normalisation is idempotent', () => {
    fc.assert(
      fc.property(plane, (values) => {
        expect(normalisePlane(normalisePlane(values))).toEqual(normalisePlane(values));
      }),
    );
  });

  it('two known planes normalise equal exactly when they grant the same', () => {
    fc.assert(
      fc.property(knownPlane, knownPlane, (a, b) => {
        const sameMeaning =
          [...effectivePermissions(a)].sort().join() === [...effectivePermissions(b)].sort().join();
        expect(planesEqual(a, b)).toBe(sameMeaning);
      }),
    );
  });

  it('diff then apply gives the target', () => {
    fc.assert(
      fc.property(grantSet, grantSet, (baseline, edited) => {
        expect(byApp(applyChanges(baseline, diffGrants(baseline, edited)))).toEqual(byApp(edited));
      }),
    );
  });

  it('toggling never leaves writeContent without readContent', () => {
    fc.assert(
      fc.property(knownPlane, knownValue, fc.boolean(), (values, permission, checked) => {
        const start = effectivePermissions(values).has('writeContent') ? [...values, 'readContent'] : values;
        const effective = effectivePermissions(togglePermission(start, permission, checked).permissions);
        expect(!effective.has('writeContent') || effective.has('readContent')).toBe(true);
      }),
    );
  });

  it('toggling does exactly what was asked for the toggled permission', () => {
    fc.assert(
      fc.property(
        plane,
        knownValue.filter((value) => value !== 'none'),
        fc.boolean(),
        (values, permission, checked) => {
          expect(
            effectivePermissions(togglePermission(values, permission, checked).permissions).has(permission),
          ).toBe(checked);
        },
      ),
    );
  });

  it('unknown values survive toggling, normalising, diffing, reading and writing', () => {
    fc.assert(
      fc.property(plane, knownValue, fc.boolean(), grantSet, (values, permission, checked, grants) => {
        const expected = [...new Set(unknownOf(values))].sort();
        expect(unknownOf(togglePermission(values, permission, checked).permissions).sort()).toEqual(expected);
        expect(unknownOf(normalisePlane(values))).toEqual(expected);
        const grant: Grant = {
          appId: appIds[0] ?? '',
          delegatedPermissions: values,
          applicationPermissions: ['read'],
        };
        expect(unknownOf(toWireGrantBody(grant).delegatedPermissions)).toEqual(expected);
        const applied = byApp(applyChanges([], diffGrants([], [...grants, grant])));
        expect(unknownOf(applied[grant.appId]?.delegatedPermissions ?? [])).toEqual(expected);
      }),
    );
  });

  it('what is written reads back as the same grant', () => {
    fc.assert(
      fc.property(grantSet, (grants) => {
        for (const grant of grants) {
          const read = readGrant({ appId: grant.appId, ...toWireGrantBody(grant) }, 'g');
          expect(read.value && normaliseGrant(read.value)).toEqual(normaliseGrant(grant));
        }
      }),
    );
  });
});
