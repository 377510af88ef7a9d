/**
 * Characters that change how a name looks without being seen: bidirectional controls, which reorder
 * the text around them (U+202E shows "txet" as "text"), and invisible characters (zero-width,
 * soft hyphen, fillers, tags), which make two different names look the same. Names come from Graph
 * and the directory, so anyone who can name an app or a container type could use them to make one
 * pass for another. The UI shows such names with every one of these characters made visible
 * (`[U+202E]`) and flags them.
 *
 * Left out on purpose: variation selectors (emoji use them) and visible spaces such as U+00A0.
 */

export type HiddenCharacterKind = 'bidi' | 'invisible';

export interface HiddenCharacter {
  /** UTF-16 index in the text. */
  readonly index: number;
  readonly codePoint: number;
  readonly kind: HiddenCharacterKind;
}

/** Inclusive code point ranges. */
const BIDI_CONTROLS: readonly (readonly [number, number])[] = [
  [0x061c, 0x061c], // Arabic letter mark
  [0x200e, 0x200f], // left-to-right and right-to-left marks
  [0x202a, 0x202e], // embeddings, overrides, pop directional formatting
  [0x2066, 0x2069], // isolates, pop directional isolate
];

const INVISIBLE: readonly (readonly [number, number])[] = [
  [0x0000, 0x001f], // C0 controls
  [0x007f, 0x009f], // delete, C1 controls
  [0x00ad, 0x00ad], // soft hyphen
  [0x034f, 0x034f], // combining grapheme joiner
  [0x115f, 0x1160], // Hangul fillers
  [0x17b4, 0x17b5], // Khmer inherent vowels
  [0x180b, 0x180f], // Mongolian variation selectors and vowel separator
  [0x200b, 0x200d], // zero-width space, non-joiner, joiner
  [0x2060, 0x2064], // word joiner, invisible operators
  [0x206a, 0x206f], // deprecated format characters
  [0x2800, 0x2800], // Braille pattern blank
  [0x3164, 0x3164], // Hangul filler
  [0xfeff, 0xfeff], // zero-width no-break space (byte order mark)
  [0xffa0, 0xffa0], // halfwidth Hangul filler
  [0xfff9, 0xfffb], // interlinear annotation
  [0x1bca0, 0x1bca3], // shorthand format controls
  [0x1d173, 0x1d17a], // musical symbol format controls
  [0xe0000, 0xe007f], // tags
];

function inRanges(codePoint: number, ranges: readonly (readonly [number, number])[]): boolean {
  return ranges.some(([first, last]) => codePoint >= first && codePoint <= last);
}

function kindOf(codePoint: number): HiddenCharacterKind | undefined {
  if (inRanges(codePoint, BIDI_CONTROLS)) return 'bidi';
  if (inRanges(codePoint, INVISIBLE)) return 'invisible';
  return undefined;
}

/** Any character of either kind: most names have none, and one regular expression tells at once. */
const ANY_HIDDEN = new RegExp(
  `[${[...BIDI_CONTROLS, ...INVISIBLE]
    .map(([first, last]) => `\\u{${first.toString(16)}}-\\u{${last.toString(16)}}`)
    .join('')}]`,
  'u',
);

/** Every hidden character of `text`, in order. */
export function findHiddenCharacters(text: string): HiddenCharacter[] {
  const found: HiddenCharacter[] = [];
  if (!ANY_HIDDEN.test(text)) return found;
  for (let index = 0; index < text.length;) {
    const codePoint = text.codePointAt(index) ?? 0;
    const kind = kindOf(codePoint);
    if (kind !== undefined) found.push({ index, codePoint, kind });
    index += codePoint > 0xffff ? 2 : 1;
  }
  return found;
}

export function hasHiddenCharacters(text: string): boolean {
  return findHiddenCharacters(text).length > 0;
}

/** `U+202E`, as Unicode names a code point. */
export function codePointLabel(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase();
  return `U+${hex.length < 4 ? `0000${hex}`.slice(-4) : hex}`;
}

/**
 * The text with every hidden character replaced by its code point in brackets (`[U+202E]`): what is
 * shown then is what is stored, in stored order, and nothing in it can reorder the text around it.
 */
export function revealHiddenCharacters(text: string): string {
  const hidden = findHiddenCharacters(text);
  if (hidden.length === 0) return text;
  let revealed = '';
  let from = 0;
  for (const character of hidden) {
    revealed += `${text.slice(from, character.index)}[${codePointLabel(character.codePoint)}]`;
    from = character.index + (character.codePoint > 0xffff ? 2 : 1);
  }
  return revealed + text.slice(from);
}
