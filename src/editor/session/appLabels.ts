/** How an app is named in the UI: its display name when known, its appId always as the fallback. */
import { sameAppId } from '../../core/normalise';
import { PRESETS } from '../../core/presets';
import type { PresetId } from '../../core/presets';

export function appKey(appId: string): string {
  return appId.toLowerCase();
}

export function appLabel(appId: string, names: ReadonlyMap<string, string>): string {
  return names.get(appKey(appId)) ?? appId;
}

/** The preset that belongs to a well-known app (Graph Explorer, Power Platform connector), if any. */
export function wellKnownPresetId(appId: string): PresetId | undefined {
  return PRESETS.find((preset) => preset.appId !== undefined && sameAppId(preset.appId, appId))?.id;
}
