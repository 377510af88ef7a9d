import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { en, format, isPluralForms, loadLocalizer } from '../../src/editor/strings';
import { it as italian } from '../../src/editor/strings/it';
import { ru } from '../../src/editor/strings/ru';
import type { PluralForms, Strings } from '../../src/editor/strings';
import { createHost, renderApp } from './testHost';

type Tree = { readonly [key: string]: unknown };

/** Every leaf path of the English strings, with plural messages as leaves. */
function leaves(tree: Tree, path: string[] = []): string[][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' || isPluralForms(value)
      ? [[...path, key]]
      : leaves(value as Tree, [...path, key]),
  );
}

function at(tree: Tree, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);
}

const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();

describe.each([
  ['en', en],
  ['it', italian],
  ['ru', ru],
] as [string, Strings][])('%s strings', (language, strings) => {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

  it('has every key of English, none empty, with the same placeholders and the plural forms the language needs', () => {
    const problems: string[] = [];
    for (const path of leaves(en)) {
      const key = path.join('.');
      const english = at(en, path);
      const translated = at(strings as unknown as Tree, path);
      if (typeof english === 'string') {
        if (typeof translated !== 'string' || translated.trim() === '')
          problems.push(`${key}: missing or empty`);
        else if (placeholders(translated).join() !== placeholders(english).join())
          problems.push(`${key}: placeholders differ`);
      } else if (!isPluralForms(translated)) {
        problems.push(`${key}: not a plural message`);
      } else {
        for (const category of categories) {
          if (!translated[category as keyof PluralForms]?.trim())
            problems.push(`${key}: no "${category}" form`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('has no key English lacks', () => {
    const known = new Set(leaves(en).map((path) => path.join('.')));
    expect(
      leaves(strings as unknown as Tree)
        .map((path) => path.join('.'))
        .filter((key) => !known.has(key)),
    ).toEqual([]);
  });
});

describe('formatting', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{app} has {count}', { app: 'Guest', count: 2 })).toBe('Guest has 2');
    expect(format('{missing} stays')).toBe('{missing} stays');
  });

  it('chooses plural forms by the locale’s rules and formats numbers for it', async () => {
    const russian = await loadLocalizer('ru-RU');
    expect(russian.plural(ru.registration.review, 1)).toBe('Проверить изменения (1 приложение)');
    expect(russian.plural(ru.registration.review, 3)).toBe('Проверить изменения (3 приложения)');
    expect(russian.plural(ru.registration.review, 25)).toBe('Проверить изменения (25 приложений)');
    expect((await loadLocalizer('en-US')).plural(en.list.count, 1200)).toBe('1,200 registrations');
    expect((await loadLocalizer('it-IT')).plural(italian.list.count, 1200)).toBe('1200 registrazioni');
  });

  it('falls back to English for other languages and for malformed tags', async () => {
    expect((await loadLocalizer('de-DE')).language).toBe('en');
    expect((await loadLocalizer('not a locale!')).strings).toBe(en);
  });

  it('shows text the service sent that is not a date as it came', async () => {
    expect((await loadLocalizer('en-US')).formatDate('08/11/2025')).toBe('08/11/2025');
    expect((await loadLocalizer('en-US')).formatDate('2025-08-11T09:00:00Z')).toBe('Aug 11, 2025');
  });
});

describe('one language resolution for the editor and the start-up screens', () => {
  it.each([
    ['it-IT', 'Accedi'],
    ['it_IT', 'Accedi'],
    ['RU-ru', 'Войти'],
    ['ru_RU', 'Войти'],
    ['de-DE', 'Sign in'],
    ['not a tag', 'Sign in'],
  ])('%s → %s', async (locale, signIn) => {
    expect((await loadLocalizer(locale)).strings.startup.signIn).toBe(signIn);
  });
});

describe('every locale renders', () => {
  it.each([
    ['en-US', 'Container type registrations', 'Search registrations'],
    ['it-IT', 'Registrazioni dei tipi di contenitore', 'Cerca registrazioni'],
    ['ru-RU', 'Регистрации типов контейнеров', 'Поиск регистраций'],
  ])('in %s', async (locale, heading, search) => {
    const { user } = renderApp(createHost({ locale }));
    expect(await screen.findByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: search })).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Contoso Files' }));
    const table = await screen.findByRole('grid');
    const { strings } = await loadLocalizer(locale);
    // A cell is "<app> <plane> <permission>": the plane in the admin's language, the permission as on the wire.
    const delegated = strings.matrix.cellPlanes.delegated;
    expect(await screen.findByRole('checkbox', { name: `Guest ${delegated} readContent` })).toBeChecked();
    if (locale !== 'en-US') {
      expect(screen.queryByRole('checkbox', { name: 'Guest Delegated readContent' })).not.toBeInTheDocument();
      expect(screen.queryByRole('checkbox', { name: /^Guest Application / })).not.toBeInTheDocument();
    }
    expect(table).toHaveTextContent(strings.planes.delegated);
    expect(table).toHaveTextContent(strings.groups.membership);
    expect(document.body.textContent).not.toMatch(/\{\w+\}/);
  });
});
