/** The shape every locale must fill, derived from the English strings. */
import type { en } from './en';
import type { PluralForms } from './format';

type StringTree<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends PluralForms
      ? PluralForms
      : StringTree<T[K]>;
};

export type Strings = StringTree<typeof en>;

export type SupportedLanguage = 'en' | 'it' | 'ru';
