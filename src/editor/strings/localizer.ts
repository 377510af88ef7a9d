/**
 * Picks the strings for a host locale and formats numbers, dates and lists with `Intl` for it.
 */
import { en } from './en';
import { format, selectPluralForm } from './format';
import type { FormatValues, PluralForms } from './format';
import { it } from './it';
import { ru } from './ru';
import type { Strings, SupportedLanguage } from './Strings';

const STRINGS: Readonly<Record<SupportedLanguage, Strings>> = { en, it, ru };

export interface Localizer {
  readonly strings: Strings;
  readonly language: SupportedLanguage;
  /** The BCP 47 tag used with `Intl` (the host's, when `Intl` accepts it). */
  readonly locale: string;
  format(template: string, values?: FormatValues): string;
  /** Chooses the plural form for `count`; fills `{count}` (formatted, unless `values` has one) and `values`. */
  plural(forms: PluralForms, count: number, values?: FormatValues): string;
  formatNumber(value: number): string;
  /** A date for display; text the service sent that is not a date is shown as it came. */
  formatDate(value: string): string;
  /** Hours and minutes, e.g. for "saved at 14:03" (text that is not an ISO date is shown as it came). */
  formatTime(value: string | Date): string;
  /** Joins items with the locale's separator. */
  list(items: readonly string[]): string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

export function resolveLanguage(locale: string): SupportedLanguage {
  const primary = locale.toLowerCase().split(/[-_]/)[0];
  return primary === 'it' || primary === 'ru' ? primary : 'en';
}

function usableLocale(locale: string, fallback: string): string {
  try {
    return new Intl.NumberFormat(locale).resolvedOptions().locale;
  } catch {
    // A malformed tag from a host (RangeError) must not break the editor.
    return fallback;
  }
}

export function createLocalizer(hostLocale: string): Localizer {
  const language = resolveLanguage(hostLocale);
  const strings = STRINGS[language];
  const locale = usableLocale(hostLocale, language);
  const numberFormat = new Intl.NumberFormat(locale);
  const dateFormat = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' });
  const timeFormat = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  return {
    strings,
    language,
    locale,
    format,
    plural: (forms, count, values = {}) =>
      format(selectPluralForm(forms, count, locale), { count: numberFormat.format(count), ...values }),
    formatNumber: (value) => numberFormat.format(value),
    formatDate: (value) => {
      // Only ISO 8601: other text (e.g. "08/11/2025") is ambiguous, and Date.parse would guess.
      const time = ISO_DATE.test(value) ? Date.parse(value) : Number.NaN;
      return Number.isNaN(time) ? value : dateFormat.format(new Date(time));
    },
    formatTime: (value) => {
      const date = typeof value === 'string' ? new Date(ISO_DATE.test(value) ? value : Number.NaN) : value;
      return Number.isNaN(date.getTime()) ? String(value) : timeFormat.format(date);
    },
    list: (items) => items.join(strings.common.listSeparator),
  };
}
