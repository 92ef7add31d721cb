// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  encodeBackup,
  MAX_BACKUP_CHARS,
  parseBackup,
  previewImport,
  RECEIPT_NOT_BACKUP,
} from '../../../src/domain/exchange/backup';
import { receiptToCode } from '../../../src/domain/exchange/receipt';
import { receiptToFile } from '../../../src/domain/exchange/receipt-file';
import type { Progress } from '../../../src/domain/progress/progress-model';
import { mergeProgress } from '../../../src/domain/progress/progress-merge';
import { oldReceiptFile, receiptFor } from '../../fixtures/assignment-fixtures';
import { assignment, at, attempt, progressArb, progressWith } from '../../fixtures/progress-fixtures';

const COURSE = 'peer-support-values';
const mine = () =>
  progressWith({
    lessonsRead: { voluntary: at(0), hopeful: at(1) },
    lessonsOpened: { voluntary: at(0), hopeful: at(0), respectful: at(2) },
    attempts: [attempt('v-1', 'voluntary', { q1: { kind: 'single', optionId: 'a' } })],
    reflections: { voluntary: { text: 'Being pushed felt like losing my say.', updatedAt: at(2) } },
    learnerName: 'Sam',
    updatedAt: at(3),
  });
/** A backup file's text with `changes` applied to its top level. */
const file = (changes: Record<string, unknown> = {}, progress: unknown = mine()) =>
  JSON.stringify({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    courseId: COURSE,
    courseVersion: '1.0.0',
    exportedAt: at(4),
    progress,
    ...changes,
  });

test('a backup holds everything, reflections included, with the course and its content version', () => {
  const data = JSON.parse(encodeBackup(mine(), COURSE, '1.0.0', at(4))) as Record<string, unknown>;
  expect(data).toEqual({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    courseId: COURSE,
    courseVersion: '1.0.0',
    exportedAt: at(4),
    progress: mine(),
  });
});

test('a backup reads back to exactly what was saved', () => {
  expect(parseBackup(encodeBackup(mine(), COURSE, '1.0.0', at(4)), COURSE)).toEqual({
    ok: true,
    backup: { courseId: COURSE, courseVersion: '1.0.0', exportedAt: at(4), progress: mine(), problems: [] },
  });
});

test.each([
  ['empty', '', 'This file is not a course backup: it is not readable JSON. Nothing was changed.'],
  ['truncated JSON', file().slice(0, 120), 'This file is not a course backup: it is not readable JSON. Nothing was changed.'],
  ['binary bytes', '\u0000\u00ff\ufffdPK\u0003\u0004', 'This file is not a course backup: it is not readable JSON. Nothing was changed.'],
  ['a JSON list', '[1,2,3]', 'This file is not a Peer Support Values backup. Nothing was changed.'],
  ['JSON null', 'null', 'This file is not a Peer Support Values backup. Nothing was changed.'],
  ['another app’s JSON', '{"format":"something-else","version":1}', 'This file is not a Peer Support Values backup. Nothing was changed.'],
  [
    'a newer backup version',
    file({ version: BACKUP_VERSION + 1 }),
    'This backup was made by a newer version of the course. Update the course, then try again. Nothing was changed.',
  ],
  ['a version that is text', file({ version: '1' }), 'This backup file is damaged: its version number is unreadable. Nothing was changed.'],
  ['a version of zero', file({ version: 0 }), 'This backup file is damaged: its version number is unreadable. Nothing was changed.'],
  ['another course', file({ courseId: 'other-course' }), 'This backup belongs to a different course. Nothing was changed.'],
  [
    'no progress in it',
    file({ progress: undefined }),
    'This backup file is damaged: it has no readable progress in it. Nothing was changed.',
  ],
  [
    'progress that is text',
    file({ progress: 'all of it' }),
    'This backup file is damaged: it has no readable progress in it. Nothing was changed.',
  ],
  [
    'too large',
    file({ padding: 'x'.repeat(MAX_BACKUP_CHARS) }),
    'This file is too large to be a course backup (the limit is 2 MB). Nothing was changed.',
  ],
])('a file that is %s is refused with a clear reason', (_, text, error) => {
  expect(parseBackup(text, COURSE)).toEqual({ ok: false, error });
});

test.each([
  ['a receipt file', receiptToFile(receiptFor(), 'Peer Support Values')],
  ['a receipt file saved on Windows (CRLF)', receiptToFile(receiptFor(), 'Peer Support Values').replace(/\n/g, '\r\n')],
  ['a receipt code pasted into a file', receiptToCode(receiptFor())],
  ['an older JSON receipt file', oldReceiptFile(receiptFor())],
])('%s is refused as a receipt for the instructor, not a backup', (_, text) => {
  expect(parseBackup(text, COURSE)).toEqual({ ok: false, error: RECEIPT_NOT_BACKUP });
  expect(RECEIPT_NOT_BACKUP).toMatch(/^This is a completion receipt for your instructor, not a backup of your progress/);
  expect(RECEIPT_NOT_BACKUP).toMatch(/Nothing was changed\.$/);
});

test('a backup whose reflection holds a receipt code is still a backup', () => {
  const text = file(
    {},
    { ...mine(), reflections: { voluntary: { text: `My receipt: ${receiptToCode(receiptFor())}`, updatedAt: at(2) } } },
  );
  expect(parseBackup(text, COURSE).ok).toBe(true);
});

test('a backup with some unreadable parts keeps the rest and lists what was left out', () => {
  const result = parseBackup(file({}, { ...mine(), lessonsRead: { voluntary: at(0), hopeful: 'Tuesday' }, learnerName: ['Sam'] }), COURSE);
  expect(result.ok && result.backup.progress.lessonsRead).toEqual({ voluntary: at(0) });
  expect(result.ok && result.backup.problems).toEqual([
    'A lesson-read mark for "hopeful" was unreadable and was left out.',
    'The saved name was unreadable and was left out.',
  ]);
});

test('a backup made before lessons opened were noted reads with none opened, and merging it keeps the ones here', () => {
  const { lessonsOpened: _, ...older } = mine();
  const result = parseBackup(file({}, older), COURSE);
  expect(result.ok && result.backup.progress).toEqual({ ...mine(), lessonsOpened: {} });
  expect(result.ok && result.backup.problems).toEqual([]);
  if (result.ok) expect(mergeProgress(mine(), result.backup.progress).lessonsOpened).toEqual(mine().lessonsOpened);
});

test('a backup with an unreadable lesson-opened mark keeps the others and says which was left out', () => {
  const result = parseBackup(file({}, { ...mine(), lessonsOpened: { voluntary: at(0), hopeful: null } }), COURSE);
  expect(result.ok && result.backup.progress).toEqual({ ...mine(), lessonsOpened: { voluntary: at(0) } });
  expect(result.ok && result.backup.problems).toEqual(['A lesson-opened mark for "hopeful" was unreadable and was left out.']);
});

test('a hostile __proto__ payload is read as plain data and pollutes nothing', () => {
  const text = `{"format":"${BACKUP_FORMAT}","version":1,"courseId":"${COURSE}","__proto__":{"polluted":1},
    "progress":{"__proto__":{"polluted":2},"lessonsRead":{"__proto__":{"polluted":3},"voluntary":"${at(0)}"}}}`;
  const result = parseBackup(text, COURSE);
  expect(result.ok && result.backup.progress.lessonsRead).toEqual({ voluntary: at(0) });
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

test('long or odd course versions and export times are shortened for display', () => {
  const result = parseBackup(file({ courseVersion: 'v'.repeat(500), exportedAt: 12 }), COURSE);
  expect(result.ok && [result.backup.courseVersion.length, result.backup.exportedAt]).toEqual([40, '']);
});

test('the preview counts what importing would add and what replacing would remove', () => {
  const here = mine();
  const incoming = progressWith({
    lessonsRead: { hopeful: at(1), respectful: at(5) },
    attempts: [attempt('v-1', 'voluntary'), attempt('r-1', 'respectful'), attempt('r-2', 'respectful')],
    reflections: { voluntary: { text: 'Newer thoughts.', updatedAt: at(9) }, respectful: { text: 'New.', updatedAt: at(9) } },
    assignments: [assignment('as-1')],
  });
  expect(previewImport(here, incoming)).toEqual({
    newLessons: 1,
    newAttempts: 2,
    newerReflections: 2,
    newAssignments: 1,
    lostIfReplaced: 1,
  });
});

test('the preview of a backup of this very progress adds nothing and loses nothing', () => {
  expect(previewImport(mine(), mine())).toEqual({
    newLessons: 0,
    newAttempts: 0,
    newerReflections: 0,
    newAssignments: 0,
    lostIfReplaced: 0,
  });
});

test('any text at all gives a backup or a clear error, and never throws', () => {
  const texts = fc.oneof(
    fc.string({ unit: 'binary' }),
    fc.json(),
    fc.jsonValue().map((progress) => file({}, progress)),
    fc.jsonValue().map((v) => file({ version: v })),
    fc.string().map((s) => file().slice(0, s.length * 7)),
  );
  fc.assert(
    fc.property(texts, (text) => {
      const result = parseBackup(text, COURSE);
      if (result.ok) expect(Array.isArray(result.backup.problems)).toBe(true);
      else expect(result.error).toMatch(/Nothing was changed\.$/);
    }),
    { numRuns: 1000 },
  );
});

test('every valid progress survives a backup round trip', () => {
  fc.assert(
    fc.property(progressArb, (progress: Progress) => {
      const result = parseBackup(encodeBackup(progress, COURSE, '1.0.0', at(0)), COURSE);
      expect(result).toEqual({ ok: true, backup: expect.objectContaining({ progress, problems: [] }) as unknown });
    }),
  );
});
