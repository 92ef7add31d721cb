// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { canonicalJson } from '../../../src/domain/encoding/canonical-json';
import { receiptToCode } from '../../../src/domain/exchange/receipt';
import { planBatch, readPiece } from '../../../src/domain/exchange/receipt-batch';
import { decodeReceipt, NO_RECEIPT_CODE } from '../../../src/domain/exchange/receipt-decode';
import { RECEIPT_FILE_TYPE, receiptFileName, receiptToFile } from '../../../src/domain/exchange/receipt-file';
import { findReceiptCodes } from '../../../src/domain/exchange/receipt-marks';
import { oldReceiptFile, receiptAssignment, receiptFor } from '../../fixtures/assignment-fixtures';

const TITLE = 'Peer Support Values';

test('a receipt file is plain text: what it is and what to do with it, then its code on a line of its own', () => {
  const receipt = receiptFor();
  expect(receiptToFile(receipt, TITLE)).toBe(
    [
      'Completion receipt for Peer Support Values.',
      'Send this file to your instructor: they add it to the course roster (Instructors, then Open the roster). It is not a backup of your progress and cannot restore it.',
      '',
      receiptToCode(receipt),
      '',
    ].join('\n'),
  );
});

test('a course name with line breaks or runs of spaces stays on the first line', () => {
  expect(receiptToFile(receiptFor(), '  Peer\r\nSupport   Values ').split('\n')[0]).toBe('Completion receipt for Peer Support Values.');
});

test('a receipt file holds no reflections and nothing but its code in machine form', () => {
  const file = receiptToFile(receiptFor(), TITLE);
  expect(file).not.toContain('PRIVATE REFLECTION TEXT');
  expect(findReceiptCodes(file)).toEqual([receiptToCode(receiptFor())]);
});

test('its type is exactly text/plain and its name ends in .txt, both on Chromium’s share allow-list', () => {
  // Chromium's FILE_TYPES.md: "txt" - text/plain; the MIME check is an exact string match.
  expect(RECEIPT_FILE_TYPE).toBe('text/plain');
  expect(receiptFileName(receiptFor())).toBe('receipt-ana-ruiz-abc123def4.txt');
});

test.each([
  ['an ordinary name', 'Ana Ruiz', 'abc123def4', 'receipt-ana-ruiz-abc123def4.txt'],
  ['a name of symbols only', '***', 'abc123def4', 'receipt-learner-abc123def4.txt'],
  ['an accented name', 'Zoë O’Neil', 'abc123def4', 'receipt-zo-o-neil-abc123def4.txt'],
  ['an id with dots and colons', 'Ana', 'Spring..2025:A', 'receipt-ana-spring-2025-a.txt'],
  ['a very long name', 'x'.repeat(80), 'abc', `receipt-${'x'.repeat(40)}-abc.txt`],
])('the file name for %s is file-safe and never holds ".."', (_, learner, id, name) => {
  const fileName = receiptFileName({ learner, assignment: receiptAssignment({ id }) });
  expect(fileName).toBe(name);
  expect(fileName).not.toContain('..');
});

test.each([
  ['alone', (code: string) => code],
  ['under the file’s header lines', (code: string) => receiptToFile(receiptFor(), TITLE).replace(receiptToCode(receiptFor()), code)],
  ['with CRLF line endings (saved on Windows)', (code: string) => `Completion receipt for X.\r\nSend this file.\r\n\r\n${code}\r\n`],
  ['with spaces and tabs around it', (code: string) => `\n\n   \t${code}\t   \n\n`],
  ['inside a sentence of an email', (code: string) => `Hi! My receipt: ${code}. Thanks, Ana`],
  ['with a byte-order mark in front', (code: string) => `\uFEFF${code}`],
])('a code %s is found whole', (_, around) => {
  const code = receiptToCode(receiptFor());
  expect(findReceiptCodes(around(code))).toEqual([code]);
  const decoded = decodeReceipt(around(code));
  expect(decoded).toEqual({ ok: true, value: { receipt: receiptFor(), checksumOk: true, text: canonicalJson(receiptFor()) } });
});

test('text without a code has none', () => {
  for (const text of ['', 'hello', 'PSV receipt', 'PSVR.abc', 'my psvr notes']) expect(findReceiptCodes(text)).toEqual([]);
});

test('two codes in one text are both found, in order; the roster reads each, decodeReceipt refuses to pick one', () => {
  const a = receiptToCode(receiptFor('A'));
  const b = receiptToCode(receiptFor('B'));
  const text = `${receiptToFile(receiptFor('A'), TITLE)}\r\n${b}\r\n`;
  expect(findReceiptCodes(text)).toEqual([a, b]);
  const decoded = decodeReceipt(text);
  expect(decoded.ok ? '' : decoded.error.message).toBe('This holds 2 receipt codes, not one. Add it to the roster, which reads each code.');
  const plan = planBatch([{ name: 'two.txt', text }], 'peer-support-values');
  expect(plan.pieces.map((p) => [p.name, readPiece(p).ok])).toEqual([
    ['two.txt (receipt 1)', true],
    ['two.txt (receipt 2)', true],
  ]);
});

test('a receipt file, an older JSON receipt file and a bare code all read to the same receipt', () => {
  const receipt = receiptFor();
  const expected = { ok: true, value: { receipt, checksumOk: true, text: canonicalJson(receipt) } };
  for (const text of [receiptToFile(receipt, TITLE), oldReceiptFile(receipt), receiptToCode(receipt)]) {
    const plan = planBatch([{ name: 'r', text }], 'peer-support-values');
    expect(plan.pieces).toHaveLength(1);
    expect(readPiece(plan.pieces[0]!)).toEqual({ ok: true, value: { read: expected.value } });
    expect(decodeReceipt(text)).toEqual(expected);
  }
});

test('text with no code says what it is not and what to ask for', () => {
  const decoded = decodeReceipt('Shopping list\r\nmilk\r\neggs\r\n');
  expect(decoded).toEqual({ ok: false, error: { code: 'not-a-receipt', message: NO_RECEIPT_CODE } });
  expect(NO_RECEIPT_CODE).toMatch(/^This is not a completion receipt: it holds no receipt code/);
  expect(NO_RECEIPT_CODE).toMatch(/Nothing from it was added\./);
});

test('a receipt file whose code was cut short says the code is damaged', () => {
  const file = receiptToFile(receiptFor(), TITLE);
  const cut = file.slice(0, file.indexOf('PSVR') + 60);
  const decoded = decodeReceipt(cut);
  expect(decoded.ok ? '' : decoded.error.message).toBe('This receipt code is incomplete or damaged. Ask for the receipt again.');
});

test('finding codes never throws and every code found starts with its prefix', () => {
  fc.assert(
    fc.property(fc.string(), fc.string(), (before, after) => {
      const codes = findReceiptCodes(`${before}${receiptToCode(receiptFor())}\n${after}`);
      expect(codes.length).toBeGreaterThanOrEqual(1);
      for (const code of codes) expect(code).toMatch(/^PSVR\d+\./i);
    }),
  );
});
