/**
 * Picks the strings for a host locale and formats numbers, dates and lists with `Intl` for it.
 * Only English ships in the first load: Italian and Russian download when a host's locale asks for
 * them (`loadLocalizer`), so an admin sees the start-up screen in their language and never English first.
 */
import { en } from './en';
import { format, selectPluralForm } from './format';
import type { FormatValues, PluralForms } from './format';
import type { Strings, SupportedLanguage } from './Strings';

const DOWNLOADS: Readonly<Record<Exclude<SupportedLanguage, 'en'>, () => Promise<Strings>>> = {
  it: () => import('./it').then((module) => module.it),
  ru: () => import('./ru').then((module) => module.ru),
};

/** The strings downloaded so far (English is always there). */
const loaded = new Map<SupportedLanguage, Strings>([['en', en]]);
/** One localizer per host locale, so screens that compare it by identity do not render again. */
const localizers = new Map<string, Localizer>();

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

/** The localizer for a host locale, once its strings are downloaded (the one way hosts get one). */
export async function loadLocalizer(hostLocale: string): Promise<Localizer> {
  const language = resolveLanguage(hostLocale);
  if (language !== 'en' && !loaded.has(language)) loaded.set(language, await DOWNLOADS[language]());
  return loadedLocalizer(hostLocale) as Localizer;
}

/**
 * The localizer for a host locale if its strings are already here (always for English), so a screen
 * whose host has loaded them renders at once; `undefined` means wait for `loadLocalizer`.
 */
export function loadedLocalizer(hostLocale: string): Localizer | undefined {
  const strings = loaded.get(resolveLanguage(hostLocale));
  if (strings === undefined) return undefined;
  const known = localizers.get(hostLocale) ?? localizerFor(hostLocale, strings);
  localizers.set(hostLocale, known);
  return known;
}

function localizerFor(hostLocale: string, strings: Strings): Localizer {
  const language = resolveLanguage(hostLocale);
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
