/** What a preset grants, in words: shown before it is applied (menu, Add app dialog, legend). */
import type { Preset } from '../../core/presets';
import type { Localizer } from '../strings';

export function presetGrantsText(
  preset: Preset,
  localizer: Pick<Localizer, 'strings' | 'format' | 'list'>,
): string {
  const { strings, format, list } = localizer;
  // Permission values stay as on the wire (and in Microsoft's documentation).
  return format(strings.legend.presetGrants, {
    delegated: list(preset.delegatedPermissions),
    application: list(preset.applicationPermissions),
  });
}
