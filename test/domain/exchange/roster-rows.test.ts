// @vitest-environment node
import { expect, test } from 'vitest';
import { judgeRows, openRosterBook } from '../../../src/domain/exchange/roster-book';
import { groupByTrainee, indexAttempts, learnerKey, replaysOf } from '../../../src/domain/exchange/roster-rows';
import { receiptFor } from '../../fixtures/assignment-fixtures';
import { COURSE, itemOf, own, receiptClaiming, resign } from '../../fixtures/roster-fixtures';

test('names are compared as people read them: case, spacing and Unicode form ignored', () => {
  expect(learnerKey('  Ana   RUIZ ')).toBe('ana ruiz');
  expect(learnerKey('Ana\u0301')).toBe(learnerKey('An\u00e1'));
});

test('one row per trainee per assignment: the latest receipt wins and earlier ones are history', () => {
  const first = itemOf(receiptFor('Ana Ruiz', { respectful: 5 }, '2025-06-01'), '2025-06-20T00:00:00.000Z');
  const later = itemOf(receiptFor('ana ruiz', { respectful: 5, hopeful: 5 }, '2025-06-10'), '2025-06-12T00:00:00.000Z');
  const ben = itemOf(receiptFor('Ben', { respectful: 1 }));
  const otherAssignment = itemOf(receiptClaiming('Ana Ruiz', { respectful: 5 }, { id: 'zzz999zzz9' }));
  const rows = groupByTrainee([first, ben, later, otherAssignment]);
  expect(rows.map((r) => [r.latest.digest.learner, r.latest.digest.assignment.id, r.history.map((h) => h.id)])).toEqual([
    ['ana ruiz', 'abc123def4', [first.id]],
    ['Ana Ruiz', 'zzz999zzz9', []],
    ['Ben', 'abc123def4', []],
  ]);
});

test('an attempt id held under two learners’ names is a replay for both; the same learner’s receipts are not', () => {
  const ana = itemOf(receiptFor('Ana', { respectful: 5 }));
  const anaAgain = itemOf(receiptFor('Ana', { respectful: 5, hopeful: 2 }));
  const ben = itemOf(resign({ ...receiptFor('Ana', { respectful: 5 }), learner: 'Ben' }));
  const owners = indexAttempts([ana, anaAgain, ben]);
  expect([...replaysOf(ana.digest, owners)]).toEqual([['respectful-a1', ['Ben']]]);
  expect([...replaysOf(ben.digest, owners)]).toEqual([['respectful-a1', ['Ana']]]);
  expect([...replaysOf(itemOf(receiptFor('Cy', { hopeful: 5 }, '2025-06-11')).digest, owners)]).toEqual([['hopeful-a1', ['Ana']]]);
});

test('the judged roster uses the instructor’s own assignment, the course for whole-course receipts, else the receipt', () => {
  const items = [
    itemOf(receiptClaiming('Ana', { respectful: 5, hopeful: 5 }, { passMark: 0 })),
    itemOf(receiptClaiming('Ben', { respectful: 5 }, { id: 'course', modules: COURSE.modules, passMark: 10 })),
    itemOf(receiptClaiming('Cy', { respectful: 5 }, { id: 'elsewhere1' })),
  ];
  const book = { rows: judgeRows(openRosterBook(items, [own()], COURSE)) };
  expect(
    book.rows.map((r) => [r.row.latest.digest.learner, r.judgement.judgedBy, r.judgement.passMark, r.judgement.flags.map((f) => f.kind)]),
  ).toEqual([
    ['Ana', 'own', 80, ['pass-mark']],
    ['Ben', 'course', 80, ['pass-mark', 'due']],
    ['Cy', 'receipt', 80, []],
  ]);
});
