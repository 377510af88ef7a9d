import { describe, expect, it } from 'vitest';
import { applyPreset, findPreset, PRESETS, type PresetId } from '../../src/core/presets';
import { effectivePermissions } from '../../src/core/rules';
import { validateGrants } from '../../src/core/validate';

const appId = '89ea5c94-7736-4e25-95ad-3fa95f62b6cd';

describe('presets', () => {
  it.each<[PresetId, string[], string[]]>([
    ['owner', ['full'], ['full']],
    ['backupReader', ['none'], ['readContent', 'read', 'enumeratePermissions']],
    [
      'backupRestore',
      ['none'],
      [
        'readContent',
        'writeContent',
        'create',
        'read',
        'write',
        'enumeratePermissions',
        'addPermissions',
        'updatePermissions',
      ],
    ],
    ['readOnly', ['readContent', 'read'], ['none']],
    ['graphExplorer', ['full'], ['none']],
    ['powerPlatformConnector', ['full'], ['none']],
  ])('%s grants delegated %j and application %j', (id, delegated, application) => {
    const grant = applyPreset(
      { appId, delegatedPermissions: ['none'], applicationPermissions: ['none'] },
      findPreset(id),
    );
    expect(grant.delegatedPermissions).toEqual(delegated);
    expect(grant.applicationPermissions).toEqual(application);
  });

  it.each(PRESETS.map((preset) => [preset.id, preset] as const))(
    '%s is a valid grant with a rationale',
    (_id, preset) => {
      const grant = applyPreset(
        { appId: preset.appId ?? appId, delegatedPermissions: [], applicationPermissions: [] },
        preset,
      );
      expect(validateGrants([grant])).toEqual([]);
      expect(preset.rationale.length).toBeGreaterThan(30);
    },
  );

  it('ties Graph Explorer and the Power Platform connector to their app ids', () => {
    expect(findPreset('graphExplorer').appId).toBe('de8bc8b5-d9f9-48b1-a8ad-b748da725064');
    expect(findPreset('powerPlatformConnector').appId).toBe('e8e1b0bf-140f-4b8b-8e94-fbe8937fad04');
  });

  it('keeps values this tool does not know when a preset replaces a row', () => {
    const grant = applyPreset(
      { appId, delegatedPermissions: ['full', 'manageSensitivityLabels'], applicationPermissions: ['write'] },
      findPreset('backupReader'),
    );
    expect(grant.delegatedPermissions).toEqual(['manageSensitivityLabels']);
    expect(effectivePermissions(grant.applicationPermissions).has('write')).toBe(false);
  });

  it('gives backup and restore no delete', () => {
    expect(effectivePermissions(findPreset('backupRestore').applicationPermissions).has('delete')).toBe(
      false,
    );
  });
});
