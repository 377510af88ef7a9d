/**
 * How untrusted text (names, ids and values from Graph and the directory) is shown: hidden characters
 * revealed, and its length bounded wherever it is a label (a 20,000-character name would otherwise
 * be read out in full for every cell of its row).
 */
import { revealHiddenCharacters } from './hiddenCharacters';

/** Longer than any display name Microsoft Entra accepts (256), so a real name is never cut. */
export const MAX_LABEL_LENGTH = 256;

/** At most `maxLength` characters (whole code points), the cut marked with an ellipsis. */
export function shortenText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  const codePoints = Array.from(text);
  return codePoints.length <= maxLength ? text : `${codePoints.slice(0, maxLength - 1).join('')}…`;
}

/** The text as a label: hidden characters shown as code points, at most `maxLength` characters. */
export function displayText(text: string, maxLength: number = MAX_LABEL_LENGTH): string {
  return shortenText(revealHiddenCharacters(text), maxLength);
}
