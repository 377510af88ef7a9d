export { en } from './en';
export type { Strings, SupportedLanguage } from './Strings';
export { format, selectPluralForm, isPluralForms } from './format';
export type { FormatValues, PluralForms } from './format';
export { loadLocalizer, resolveLanguage } from './localizer';
export type { Localizer } from './localizer';
export { LocalizerProvider, useHostLocalizer, useLocalizer } from './LocalizerContext';
