// @vitest-environment node
import { expect, test } from 'vitest';
import { canonicalJson } from '../../../src/domain/encoding/canonical-json';
import { restoreOwnAssignment } from '../../../src/domain/exchange/own-assignment';
import { planBatch, readPiece } from '../../../src/domain/exchange/receipt-batch';
import { restoreDigest } from '../../../src/domain/exchange/receipt-digest';
import { encodeRosterExport, parseExportHeader } from '../../../src/domain/exchange/roster-export';
import { receiptFor } from '../../fixtures/assignment-fixtures';
import { COURSE, CREATED, digestOf, own } from '../../fixtures/roster-fixtures';

const COURSE_ID = 'peer-support-values';

test('a roster export holds every receipt with its import time and the instructor’s assignments, and reads back whole', () => {
  const receipts = [receiptFor('Ana'), receiptFor('Ben', { respectful: 2 })].map((r, i) => ({
    text: canonicalJson(r),
    importedAt: `2025-06-1${i}T00:00:00.000Z`,
  }));
  const text = encodeRosterExport(COURSE_ID, '2025-06-20T00:00:00.000Z', [own()], receipts);
  expect(text.split('\n')).toHaveLength(4);
  const plan = planBatch([{ name: 'roster.jsonl', text }], COURSE_ID);
  expect(plan.assignments).toEqual([own()]);
  expect(plan.refused).toEqual([]);
  const read = plan.pieces.map(readPiece);
  expect(read.map((r) => r.ok && [r.value.read.receipt.learner, r.value.read.checksumOk, r.value.importedAt])).toEqual([
    ['Ana', true, '2025-06-10T00:00:00.000Z'],
    ['Ben', true, '2025-06-11T00:00:00.000Z'],
  ]);
});

test('an export for another course, from a newer version, or with a damaged line is refused with its reason', () => {
  const text = encodeRosterExport(COURSE_ID, '2025-06-20T00:00:00.000Z', [], [{ text: canonicalJson(receiptFor()), importedAt: CREATED }]);
  expect(parseExportHeader(text.split('\n')[0]!, 'other')).toEqual({
    ok: false,
    message: 'This roster export belongs to a different course.',
  });
  const newer = text.replace('"version":1', '"version":2');
  expect(planBatch([{ name: 'new.jsonl', text: newer }], COURSE_ID).refused[0]?.message).toMatch(/newer version of the course/);
  const damaged = planBatch([{ name: 'r.jsonl', text: text.replace('"receipt":{', '"receipt":{{') }], COURSE_ID);
  expect(damaged.pieces.map(readPiece)).toEqual([
    { ok: false, error: { code: 'unreadable', message: 'This line of the roster export is damaged.' } },
  ]);
});

test('stored assignments and digests are untrusted: unusable ones are refused', () => {
  expect(restoreOwnAssignment(own())).toEqual(own());
  expect(restoreOwnAssignment({ ...own(), createdAt: 'yesterday' })).toBeNull();
  expect(restoreOwnAssignment({ assignment: { ...own().assignment, passMark: 500 }, createdAt: CREATED })).toBeNull();
  expect(restoreOwnAssignment({ assignment: { ...own().assignment, extra: '<script>' }, createdAt: CREATED })).toEqual(own());
  const digest = digestOf(receiptFor());
  expect(restoreDigest(JSON.parse(JSON.stringify(digest)), COURSE.version)).toEqual(digest);
  expect(restoreDigest(digest, `${COURSE.version}-other`)).toBeNull();
  expect(restoreDigest({ ...digest, modules: [{ id: 'x', attempts: [{ id: 1 }] }] }, COURSE.version)).toBeNull();
});
