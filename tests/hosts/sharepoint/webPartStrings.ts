import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type WebPartLocale = 'en-us' | 'it-it' | 'ru-ru';

/** The web part's real strings for a locale (loc/*.js: `define([], function () { return {...}; })`). */
export function webPartStrings<T>(locale: WebPartLocale): T {
  const source = readFileSync(
    resolve(__dirname, `../../../src/hosts/sharepoint/PermissionMatrixWebPart/loc/${locale}.js`),
    'utf8',
  );
  let result: T | undefined;
  new Function('define', source)((_deps: unknown[], factory: () => T) => {
    result = factory();
  });
  if (result === undefined) throw new Error(`${locale}.js defined nothing`);
  return result;
}
