// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { csvCell, toCsv } from '../../../src/domain/exchange/csv';

test.each([
  ['plain text', 'Ana Ruiz', 'Ana Ruiz'],
  ['a formula', '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
  ['a plus', '+1+2', "'+1+2"],
  ['a minus', '-2+3', "'-2+3"],
  ['an at sign', '@SUM(A1)', "'@SUM(A1)"],
  ['a leading tab', '\t=1', "'\t=1"],
  ['a leading carriage return', '\r=1', '"\'\r=1"'],
  ['a comma', 'Lee, Dana', '"Lee, Dana"'],
  ['a quote', 'The "best"', '"The ""best"""'],
  ['a line break', 'two\nlines', '"two\nlines"'],
  ['a number', 88, '88'],
])('%s is written safely', (_, value, expected) => {
  expect(csvCell(value)).toBe(expected);
});

/** A minimal RFC 4180 reader, to prove every cell reads back as written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (quoted && ch === '"') {
      quoted = false;
    } else if (quoted) {
      cell += ch;
    } else if (ch === '"') {
      quoted = true;
    } else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else {
      cell += ch;
    }
  }
  return rows;
}

test('any table reads back cell for cell, and no cell can start a formula', () => {
  fc.assert(
    fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (table) => {
      const back = parseCsv(toCsv(table));
      const expected = table.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)));
      expect(back).toEqual(expected);
      for (const cell of back.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }),
  );
});
