/** How an app is named in the UI: its display name when known, its appId always as the fallback. */
import { displayText } from '../../core/displayText';
import { appIdKey, sameAppId } from '../../core/normalise';
import { PRESETS } from '../../core/presets';
import type { PresetId } from '../../core/presets';

/** The key app ids are indexed by (case and spaces do not matter): the core's own. */
export const appKey = appIdKey;

/** As text in sentences and labels: bounded, hidden characters shown, so no name can pass for another. */
export function appLabel(appId: string, names: ReadonlyMap<string, string>): string {
  return displayText(names.get(appKey(appId)) ?? appId);
}

/** The preset that belongs to a well-known app (Graph Explorer, Power Platform connector), if any. */
export function wellKnownPresetId(appId: string): PresetId | undefined {
  return PRESETS.find((preset) => preset.appId !== undefined && sameAppId(preset.appId, appId))?.id;
}
