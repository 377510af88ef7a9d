/** A registration's settings in the admin's words: labels, values, sizes. */
import { displayText } from '../../core/displayText';
import { SETTINGS, SHARING_CAPABILITIES } from '../../core/registrationSettings';
import type { SettingKey, SettingValue, SharingCapability } from '../../core/registrationSettings';
import type { Localizer } from '../strings';

const KIND = new Map(SETTINGS.map((spec) => [spec.key as string, spec.kind]));

export function isSettingKey(path: string): path is SettingKey {
  return KIND.has(path);
}

/** The setting's label; a setting this tool does not know is named by its path (as text). */
export function settingLabel(path: string, localizer: Localizer): string {
  return isSettingKey(path) ? localizer.strings.settings.labels[path] : displayText(path);
}

const UNITS = [
  ['terabyte', 1024 ** 4],
  ['gigabyte', 1024 ** 3],
  ['megabyte', 1024 ** 2],
  ['kilobyte', 1024],
] as const;

/** "100 MB" (binary units, as SharePoint counts storage); bytes below a kilobyte as a number. */
export function sizeText(bytes: number, localizer: Localizer): string {
  const [unit, size] = UNITS.find(([, unitSize]) => bytes >= unitSize) ?? ['byte', 1];
  try {
    return new Intl.NumberFormat(localizer.locale, {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumFractionDigits: 2,
    }).format(bytes / size);
  } catch {
    return localizer.formatNumber(bytes);
  }
}

/**
 * A setting's value in words. `value` is a value the table reads, or the text of one it does not
 * (shown as it came, bounded, hidden characters revealed); `undefined` when the service sent none.
 */
export function settingValueText(
  path: string,
  value: SettingValue | string | undefined,
  localizer: Localizer,
): string {
  const { strings, format, formatNumber, list } = localizer;
  const texts = strings.settings;
  if (value === undefined) return texts.notSent;
  const kind = KIND.get(path);
  if (kind === 'boolean' && typeof value === 'boolean') {
    if (path === 'isSharingRestricted') return value ? texts.yes : texts.no;
    return value ? texts.on : texts.off;
  }
  if (kind === 'sharing' && typeof value === 'string' && isSharing(value)) return texts.sharing[value];
  if (kind === 'bytes' && typeof value === 'number')
    return format(texts.bytes, { size: sizeText(value, localizer), bytes: formatNumber(value) });
  if (kind === 'count' && typeof value === 'number') return formatNumber(value);
  if (Array.isArray(value))
    return value.length === 0 ? texts.noHosts : list(value.map((host) => displayText(host)));
  return displayText(String(value));
}

function isSharing(value: string): value is SharingCapability {
  return (SHARING_CAPABILITIES as readonly string[]).includes(value);
}
