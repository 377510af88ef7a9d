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

  // The first and last code point of every range, as the module's comments list them: the quick
  // check that most names pass must let none of them through.
  it.each([
    [0x061c, 0x061c, 'bidi'],
    [0x200e, 0x200f, 'bidi'],
    [0x202a, 0x202e, 'bidi'],
    [0x2066, 0x2069, 'bidi'],
    [0x0000, 0x001f, 'invisible'],
    [0x007f, 0x009f, 'invisible'],
    [0x00ad, 0x00ad, 'invisible'],
    [0x034f, 0x034f, 'invisible'],
    [0x115f, 0x1160, 'invisible'],
    [0x17b4, 0x17b5, 'invisible'],
    [0x180b, 0x180f, 'invisible'],
    [0x200b, 0x200d, 'invisible'],
    [0x2060, 0x2064, 'invisible'],
    [0x206a, 0x206f, 'invisible'],
    [0x2800, 0x2800, 'invisible'],
    [0x3164, 0x3164, 'invisible'],
    [0xfeff, 0xfeff, 'invisible'],
    [0xffa0, 0xffa0, 'invisible'],
    [0xfff9, 0xfffb, 'invisible'],
    [0x1bca0, 0x1bca3, 'invisible'],
    [0x1d173, 0x1d17a, 'invisible'],
    [0xe0000, 0xe007f, 'invisible'],
  ])('finds code points %i to %i (decimal) as %s', (first, last, kind) => {
    for (const codePoint of [first, last]) {
      const text = `Contoso${String.fromCodePoint(codePoint)}Backup`;
      expect(findHiddenCharacters(text)).toEqual([{ index: 7, codePoint, kind }]);
    }
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
