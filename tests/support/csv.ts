/** Reading CSV as a spreadsheet does, for the tests of every CSV this tool writes. */

/**
 * A CSV reader as a spreadsheet reads the file, independent of the writer: RFC 4180 with the
 * locale's delimiter (`,` or `;`), and, as Excel does, text after a closing quote kept in the cell.
 */
export function readCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || row.length > 0) throw new Error('The last row has no CRLF');
  return rows;
}

/** Would a spreadsheet that trims and folds Unicode forms take this cell for a formula? */
export const runsAsFormula = (cell: string): boolean => /^[\t\r]|^\s*[=+\-@]/u.test(cell.normalize('NFKC'));

/** Texts a spreadsheet would run, in every form that reached a cell before. */
export const FORMULAS = [
  '=HYPERLINK("https://evil.example","x")',
  '+1+1',
  '-2',
  '@SUM(A1)',
  '\tcmd',
  '\rcmd',
  ' =2+5',
  '\n=2+5',
  '\u3000=2+5', // an ideographic space
  '\uff1d2+5', // full-width =
  '\uff0b1', // full-width +
  '\uff0d1', // full-width -
  '\uff20SUM(A1)', // full-width @
  '\ufe661', // small =
];
