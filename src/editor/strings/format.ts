/**
 * Tiny message formatting: `{name}` placeholders and plural forms chosen by `Intl.PluralRules`.
 * Values are inserted as text; React renders the result as text, never as HTML.
 */

/** Plural forms of one message, keyed by CLDR plural category (`other` is always required). */
export interface PluralForms {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type FormatValues = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Replaces `{name}` with `values.name`; unknown placeholders stay visible so a gap is noticed. */
export function format(template: string, values: FormatValues = {}): string {
  return template.replace(PLACEHOLDER, (match: string, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : match,
  );
}

// One rules object per locale: building it is far slower than using it, and a matrix formats counts
// on every click.
const pluralRules = new Map<string, Intl.PluralRules>();

/** Picks the plural form for `count` in `locale`, falling back to `other`. */
export function selectPluralForm(forms: PluralForms, count: number, locale: string): string {
  let rules = pluralRules.get(locale);
  if (rules === undefined) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  const category = rules.select(count) as keyof PluralForms;
  return forms[category] ?? forms.other;
}

export function isPluralForms(value: unknown): value is PluralForms {
  return typeof value === 'object' && value !== null && typeof (value as PluralForms).other === 'string';
}
