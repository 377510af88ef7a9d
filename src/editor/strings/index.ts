export { en } from './en';
export { it } from './it';
export { ru } from './ru';
export type { Strings, SupportedLanguage } from './Strings';
export { format, selectPluralForm, isPluralForms } from './format';
export type { FormatValues, PluralForms } from './format';
export { createLocalizer, resolveLanguage } from './localizer';
export type { Localizer } from './localizer';
export { LocalizerProvider, useLocalizer } from './LocalizerContext';
