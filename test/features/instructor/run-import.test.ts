import { expect, test } from 'vitest';
import { canonicalJson } from '../../../src/domain/encoding/canonical-json';
import { receiptToCode } from '../../../src/domain/exchange/receipt';
import { NO_RECEIPT_CODE } from '../../../src/domain/exchange/receipt-decode';
import { encodeRosterExport } from '../../../src/domain/exchange/roster-export';
import { runImport, type ImportDeps, type LazySource } from '../../../src/features/instructor/run-import';
import type { NewReceipt } from '../../../src/store/roster-store';
import { banks, receiptFor } from '../../fixtures/assignment-fixtures';
import { COURSE, IMPORTED, digestOf, own } from '../../fixtures/roster-fixtures';

const source = (name: string, text: string | null): LazySource => ({ name, read: async () => text });
function deps(known: string[] = []) {
  const saved: NewReceipt[] = [];
  const d: ImportDeps = {
    banks: banks(),
    course: COURSE,
    known: new Set(known),
    now: IMPORTED,
    saveReceipts: async (r) => (saved.push(...r), { ok: true }),
    publishReceipts: () => {},
    saveAssignments: async () => ({ ok: true }),
    onProgress: () => {},
  };
  return { d, saved };
}

test('every piece is added, a true duplicate, or refused with its reason: nothing is capped or miscounted', async () => {
  const learners = Array.from({ length: 1200 }, (_, i) => receiptFor(`Trainee ${i}`, { respectful: i % 6 }));
  const inRoster = digestOf(learners[0]!).id;
  const { d, saved } = deps([inRoster]);
  const out = await runImport(
    [
      source('codes.txt', learners.map(receiptToCode).join('\n')),
      source('again.txt', receiptToCode(learners[1]!)),
      source('notes.txt', 'not a receipt'),
      source('huge.json', null),
    ],
    d,
  );
  expect(out).toEqual({
    added: 1199,
    alreadyInRoster: 1,
    repeatedInBatch: 1,
    refused: [
      { name: 'notes.txt', message: NO_RECEIPT_CODE },
      { name: 'huge.json', message: 'This file is far larger than any receipt or roster export, so it was not read.' },
    ],
    assignments: 0,
    saved: true,
  });
  expect(saved).toHaveLength(1199);
  expect(new Set(saved.map((s) => s.id)).size).toBe(1199);
});

test('a roster export keeps each receipt’s import time and brings the assignments back', async () => {
  const r = receiptFor('Ana');
  const text = encodeRosterExport(COURSE.id, IMPORTED, [own()], [{ text: canonicalJson(r), importedAt: '2025-06-05T00:00:00.000Z' }]);
  const restored: unknown[] = [];
  const { d, saved } = deps();
  const out = await runImport([source('roster.jsonl', text)], { ...d, saveAssignments: async (a) => (restored.push(...a), { ok: true }) });
  expect(out.added).toBe(1);
  expect(out.assignments).toBe(1);
  expect(restored).toEqual([own()]);
  expect(saved.map((s) => [s.importedAt, s.text])).toEqual([['2025-06-05T00:00:00.000Z', canonicalJson(r)]]);
});
