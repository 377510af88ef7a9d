import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codePointLabel,
  findHiddenCharacters,
  hasHiddenCharacters,
  revealHiddenCharacters,
} from '../../src/core/hiddenCharacters';

describe('hidden characters in names', () => {
  it.each([
    ['\u202A', 'bidi'],
    ['\u202B', 'bidi'],
    ['\u202C', 'bidi'],
    ['\u202D', 'bidi'],
    ['\u202E', 'bidi'],
    ['\u2066', 'bidi'],
    ['\u2067', 'bidi'],
    ['\u2068', 'bidi'],
    ['\u2069', 'bidi'],
    ['\u200E', 'bidi'],
    ['\u200F', 'bidi'],
    ['\u061C', 'bidi'],
    ['\u200B', 'invisible'],
    ['\u200C', 'invisible'],
    ['\u200D', 'invisible'],
    ['\u2060', 'invisible'],
    ['\uFEFF', 'invisible'],
    ['\u00AD', 'invisible'],
    ['\u034F', 'invisible'],
    ['\u3164', 'invisible'],
    ['\u0000', 'invisible'],
    ['\n', 'invisible'],
    ['\u{E0041}', 'invisible'],
  ])('finds %j as %s', (character, kind) => {
    const text = `Contoso${character}Backup`;
    expect(findHiddenCharacters(text)).toEqual([{ index: 7, codePoint: character.codePointAt(0), kind }]);
    expect(hasHiddenCharacters(text)).toBe(true);
  });

  it.each([
    'Contoso Backup',
    'Graph Explorer',
    'Резервное копирование',
    'שלום עולם',
    'مرحبا',
    '备份',
    'Café',
    'Ω\u00A0non-breaking space is visible',
    '❤\uFE0F emoji presentation',
  ])('finds none in %j', (text) => {
    expect(findHiddenCharacters(text)).toEqual([]);
    expect(revealHiddenCharacters(text)).toBe(text);
  });

  it('shows a right-to-left override as a code point, so the name reads as stored', () => {
    // Rendered as is, this name looks exactly like "Test Container Type".
    const spoof = '\u202Eepyt reniatnoC tseT';
    expect(revealHiddenCharacters(spoof)).toBe('[U+202E]epyt reniatnoC tseT');
  });

  it('tells a zero-width lookalike from the real name', () => {
    const real = 'Contoso Review Portal';
    const lookalike = 'Contoso\u200D Review Portal';
    expect(revealHiddenCharacters(lookalike)).not.toBe(revealHiddenCharacters(real));
    expect(revealHiddenCharacters(lookalike)).toBe('Contoso[U+200D] Review Portal');
  });

  it('reveals characters outside the basic plane whole, not as surrogate halves', () => {
    expect(revealHiddenCharacters('a\u{E0041}b\u{1D173}')).toBe('a[U+E0041]b[U+1D173]');
    expect(findHiddenCharacters('😀\u200B')).toEqual([{ index: 2, codePoint: 0x200b, kind: 'invisible' }]);
  });

  it('labels code points as Unicode does', () => {
    expect(codePointLabel(0xad)).toBe('U+00AD');
    expect(codePointLabel(0x202e)).toBe('U+202E');
    expect(codePointLabel(0xe0041)).toBe('U+E0041');
  });

  it('handles a 20,000-character name', () => {
    const long = `${'A'.repeat(10_000)}\u202E${'B'.repeat(9_999)}`;
    expect(findHiddenCharacters(long)).toHaveLength(1);
    expect(revealHiddenCharacters(long)).toHaveLength(20_000 - 1 + '[U+202E]'.length);
  });

  it('never leaves a hidden character in what it reveals, and keeps every visible one in order', () => {
    const character = fc.oneof(
      fc.constantFrom(
        '\u202E',
        '\u2066',
        '\u200B',
        '\u200D',
        '\u00AD',
        '\uFEFF',
        '\u{E0020}',
        'a',
        'ß',
        'ж',
        ' ',
      ),
      fc.string({ unit: 'grapheme', maxLength: 1 }),
    );
    fc.assert(
      fc.property(fc.array(character, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const revealed = revealHiddenCharacters(text);
        expect(hasHiddenCharacters(revealed)).toBe(false);
        const visible = Array.from(text)
          .filter((character) => !hasHiddenCharacters(character))
          .join('');
        expect(revealed.replace(/\[U\+[0-9A-F]{4,6}\]/g, '')).toBe(visible);
      }),
    );
  });
});
