// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { textToBase64url } from '../../../src/domain/encoding/base64url';
import { canonicalJson } from '../../../src/domain/encoding/canonical-json';
import { buildReceipt, receiptChecksum, receiptToCode } from '../../../src/domain/exchange/receipt';
import { planBatch, readPiece } from '../../../src/domain/exchange/receipt-batch';
import { decodeReceipt } from '../../../src/domain/exchange/receipt-decode';
import { digestReceipt } from '../../../src/domain/exchange/receipt-digest';
import { receiptToFile } from '../../../src/domain/exchange/receipt-file';
import { banks, oldReceiptFile, progressWith, receiptAssignment, receiptFor } from '../../fixtures/assignment-fixtures';

const CODES = ['empty', 'too-large', 'not-a-receipt', 'future-version', 'unreadable', 'invalid'];

test('a receipt round-trips through its file, an older JSON file and its code with a good checksum', () => {
  const receipt = receiptFor();
  for (const text of [receiptToFile(receipt, 'Peer Support Values'), oldReceiptFile(receipt), receiptToCode(receipt)]) {
    expect(decodeReceipt(text)).toEqual({ ok: true, value: { receipt, checksumOk: true, text: canonicalJson(receipt) } });
  }
});

test('a receipt holds answers, attempts with times, claimed scores and the course version, never reflections', () => {
  const receipt = receiptFor('Ana Ruiz', { respectful: 5, hopeful: 3 });
  expect(receipt.course).toEqual({ id: 'peer-support-values', version: '2.0.0' });
  expect(receipt.modules.map((m) => [m.id, m.attempts[0]?.claimed])).toEqual([
    ['respectful', { percent: 100, passed: true }],
    ['hopeful', { percent: 60, passed: false }],
  ]);
  expect(receipt.modules[0]?.attempts[0]).toMatchObject({
    startedAt: '2025-06-10T09:10:00.000Z',
    finishedAt: '2025-06-10T09:20:00.000Z',
    seed: 7,
  });
  expect(canonicalJson(receipt)).not.toContain('PRIVATE REFLECTION TEXT');
  expect(canonicalJson(receipt)).not.toContain('reflection');
});

test('unfinished attempts stay out of a receipt', () => {
  const progress = progressWith({ respectful: 5 });
  progress.attempts.push({
    id: 'open',
    quizId: 'respectful',
    seed: 1,
    startedAt: '2025-06-11T09:00:00.000Z',
    mode: 'check',
    items: [],
    answers: {},
  });
  const receipt = buildReceipt({
    learner: 'A',
    assignment: receiptAssignment(),
    course: { id: 'c', version: '1' },
    progress,
    banks: banks(),
  });
  expect(receipt.modules[0]?.attempts.map((a) => a.id)).toEqual(['respectful-a1']);
});

test('the same progress always gives the same receipt and checksum', () => {
  expect(receiptFor()).toEqual(receiptFor());
  expect(receiptFor().checksum).not.toBe(receiptFor('Someone else').checksum);
});

test('editing any value in a receipt file fails its checksum', () => {
  const edits: [string, (r: ReturnType<typeof receiptFor>) => void][] = [
    ['the name', (r) => (r.learner = 'Mallory')],
    ['a claimed score', (r) => (r.modules[1]!.attempts[0]!.claimed.percent = 100)],
    ['an answer', (r) => (r.modules[1]!.attempts[0]!.answers['hopeful-q5'] = { kind: 'single', optionId: 'a' })],
    ['a finish time', (r) => (r.modules[0]!.attempts[0]!.finishedAt = '2025-06-01T00:00:00.000Z')],
    ['the due date', (r) => (r.assignment.due = '2099-01-01')],
  ];
  for (const [, edit] of edits) {
    const receipt = receiptFor();
    edit(receipt);
    const decoded = decodeReceipt(JSON.stringify(receipt));
    expect(decoded.ok && decoded.value.checksumOk).toBe(false);
  }
});

test('changing one character of a receipt code never yields a receipt that passes its checksum', () => {
  const code = receiptToCode(receiptFor());
  fc.assert(
    fc.property(fc.integer({ min: 6, max: code.length - 1 }), fc.constantFrom(...'AQgw09-_'), (at, ch) => {
      fc.pre(code[at] !== ch);
      const decoded = decodeReceipt(code.slice(0, at) + ch + code.slice(at + 1));
      expect(decoded.ok && decoded.value.checksumOk).toBe(false);
    }),
  );
});

test('any string decodes to a receipt or a typed error, and never throws', () => {
  const file = receiptToFile(receiptFor(), 'Peer Support Values');
  const oldFile = oldReceiptFile(receiptFor());
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string(),
        fc.json(),
        fc.string().map((s) => `PSVR1.${s}`),
        fc.json().map((j) => `PSVR1.${textToBase64url(j)}`),
        fc.tuple(fc.nat({ max: file.length }), fc.string()).map(([at, s]) => file.slice(0, at) + s),
        fc.tuple(fc.nat({ max: oldFile.length }), fc.string()).map(([at, s]) => oldFile.slice(0, at) + s),
      ),
      (input) => {
        const decoded = decodeReceipt(input);
        if (!decoded.ok) expect(CODES).toContain(decoded.error.code);
      },
    ),
  );
});

test('hostile shapes are typed errors, not crashes', () => {
  const good = receiptFor();
  const cases: unknown[] = [
    null,
    42,
    '{"format":"psv-receipt","version":1}',
    JSON.stringify({ ...good, modules: 'x' }),
    JSON.stringify({ ...good, learner: 'x'.repeat(5000) }),
    JSON.stringify({ ...good, assignment: { ...good.assignment, modules: ['__proto__'] } }),
    JSON.stringify({ ...good, modules: [{ id: 'voluntary', attempts: [] }] }),
    JSON.stringify({
      ...good,
      modules: [{ ...good.modules[0], attempts: [{ ...good.modules[0]!.attempts[0], claimed: { percent: 101, passed: true } }] }],
    }),
    `[${'['.repeat(100000)}`,
  ];
  for (const input of cases) {
    const decoded = decodeReceipt(input);
    expect(decoded.ok).toBe(false);
  }
});

test('a future-version receipt or code explains that the course needs updating', () => {
  for (const input of [JSON.stringify({ ...receiptFor(), version: 3 }), 'PSVR3.abc']) {
    const decoded = decodeReceipt(input);
    expect(decoded.ok ? '' : decoded.error.code).toBe('future-version');
    expect(decoded.ok ? '' : decoded.error.message).toMatch(/newer version/);
  }
});

test('the checksum covers canonical content, so key order and spacing do not matter', () => {
  const receipt = receiptFor();
  const reordered = JSON.stringify(Object.fromEntries(Object.entries(receipt).reverse()), null, 4);
  expect(decodeReceipt(reordered)).toEqual({ ok: true, value: { receipt, checksumOk: true, text: canonicalJson(receipt) } });
  expect(receiptChecksum(receipt)).toBe(receipt.checksum);
});

test('a batch picks codes out of surrounding text, reads JSON lists, and reports each bad piece', () => {
  const a = receiptFor('A');
  const b = receiptFor('B');
  const plan = planBatch(
    [
      { name: 'email', text: `Hello! ${receiptToCode(a)} and ${receiptToCode(b)}. Bye` },
      { name: 'list.json', text: JSON.stringify([a, { nope: true }]) },
      { name: 'huge.json', text: null },
      { name: 'empty.txt', text: '   ' },
    ],
    'peer-support-values',
  );
  const read = plan.pieces.map((p) => [p.name, readPiece(p)] as const);
  expect(read.flatMap(([name, r]) => (r.ok ? [[name, r.value.read.receipt.learner]] : []))).toEqual([
    ['email (receipt 1)', 'A'],
    ['email (receipt 2)', 'B'],
    ['list.json (receipt 1)', 'A'],
  ]);
  expect(read.flatMap(([name, r]) => (r.ok ? [] : [name]))).toEqual(['list.json (receipt 2)']);
  expect(plan.refused.map((f) => f.name)).toEqual(['huge.json', 'empty.txt']);
});

test('a batch has no cap: 1,500 pasted codes are 1,500 pieces', () => {
  const code = receiptToCode(receiptFor('A'));
  const plan = planBatch([{ name: 'Pasted text', text: Array.from({ length: 1500 }, () => code).join('\n') }], 'peer-support-values');
  expect(plan.pieces).toHaveLength(1500);
  expect(plan.refused).toEqual([]);
});

test('a receipt carries mastery checks with their forms, never practice, and the roster re-scores exactly the form', () => {
  const progress = progressWith({});
  const form = ['respectful-q2', 'respectful-q4'];
  progress.lessonsRead.respectful = '2025-06-10T09:00:00.000Z';
  progress.attempts.push(
    {
      id: 'p1',
      quizId: 'respectful',
      seed: 1,
      startedAt: '2025-06-10T09:01:00.000Z',
      finishedAt: '2025-06-10T09:02:00.000Z',
      mode: 'practice',
      items: ['respectful-q1'],
      answers: { 'respectful-q1': { kind: 'single', optionId: 'a' } },
    },
    {
      id: 'c1',
      quizId: 'respectful',
      seed: 2,
      startedAt: '2025-06-10T09:03:00.000Z',
      finishedAt: '2025-06-10T09:04:00.000Z',
      mode: 'check',
      items: form,
      answers: { 'respectful-q2': { kind: 'single', optionId: 'a' }, 'respectful-q4': { kind: 'single', optionId: 'b' } },
    },
  );
  const receipt = buildReceipt({
    learner: 'Ana',
    assignment: receiptAssignment(),
    course: { id: 'peer-support-values', version: '2.0.0' },
    progress,
    banks: banks(),
  });
  expect(receipt.version).toBe(2);
  const [respectful] = receipt.modules;
  // Half of a two-item form, not 1 of the 5-item bank: the claim is scored on the form.
  expect(respectful?.attempts).toEqual([
    expect.objectContaining({ id: 'c1', mode: 'check', items: form, claimed: { percent: 50, passed: false } }),
  ]);
  const code = receiptToCode(receipt);
  expect(code.startsWith('PSVR2.')).toBe(true);
  const decoded = decodeReceipt(code);
  expect(decoded.ok && decoded.value.receipt).toEqual(receipt);
  const digest = digestReceipt(decoded.ok ? decoded.value : (undefined as never), banks(), '2.0.0');
  expect(digest.modules[0]?.attempts[0]?.score).toMatchObject({ earned: 1, possible: 2, percent: 50 });
});

test('a version 1 receipt (whole-bank quizzes, before checks) still reads, and is scored on the whole bank', () => {
  const current = receiptFor();
  const { checksum: _old, ...content } = { ...current, version: 1 };
  const v1 = { ...content, checksum: receiptChecksum(content) };
  const code = `PSVR1.${textToBase64url(canonicalJson(v1))}`;
  for (const input of [JSON.stringify(v1), code]) {
    const decoded = decodeReceipt(input);
    expect(decoded.ok && decoded.value.checksumOk).toBe(true);
    expect(decoded.ok && decoded.value.receipt.version).toBe(1);
    const digest = digestReceipt(decoded.ok ? decoded.value : (undefined as never), banks(), '2.0.0');
    expect(digest.modules.map((m) => m.attempts[0]?.score?.percent)).toEqual([100, 80]);
  }
});

test('a receipt attempt that is practice, or a check without its form, is refused with a reason', () => {
  const good = receiptFor();
  const attempt = good.modules[0]!.attempts[0]!;
  for (const bad of [
    { ...attempt, mode: 'practice' },
    { ...attempt, mode: 'check' },
    { ...attempt, mode: 'check', items: [] },
  ]) {
    const decoded = decodeReceipt(JSON.stringify({ ...good, modules: [{ ...good.modules[0], attempts: [bad] }, good.modules[1]] }));
    expect(decoded.ok ? '' : decoded.error.message).toMatch(/^This receipt cannot be used: an attempt at "respectful"/);
  }
  const v1WithCheck = {
    ...good,
    version: 1,
    modules: [{ ...good.modules[0], attempts: [{ ...attempt, mode: 'check', items: ['respectful-q1'] }] }, good.modules[1]],
  };
  expect(decodeReceipt(JSON.stringify(v1WithCheck)).ok).toBe(false);
});
