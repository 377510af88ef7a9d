import { describe, expect, it } from 'vitest';
import { MAX_LABEL_LENGTH, displayText, shortenText } from '../../src/core/displayText';

describe('untrusted text as a label', () => {
  it('keeps a name Microsoft Entra accepts whole', () => {
    const longest = 'N'.repeat(MAX_LABEL_LENGTH);
    expect(displayText(longest)).toBe(longest);
    expect(displayText('Contoso Backup')).toBe('Contoso Backup');
  });

  it('cuts a 20,000-character name to the label length, marked with an ellipsis', () => {
    const label = displayText('A'.repeat(20_000));
    expect(label).toHaveLength(MAX_LABEL_LENGTH);
    expect(label.endsWith('A…')).toBe(true);
  });

  it('reveals hidden characters before cutting', () => {
    expect(displayText('\u202Eepyt reniatnoC tseT')).toBe('[U+202E]epyt reniatnoC tseT');
    expect(displayText(`\u200B${'B'.repeat(300)}`, 12)).toBe('[U+200B]BBB…');
  });

  it('never splits a character outside the basic plane', () => {
    expect(shortenText('😀😀😀', 2)).toBe('😀…');
    expect(shortenText('😀😀', 2)).toBe('😀😀');
  });
});
