// @vitest-environment node
import { expect, test } from 'vitest';
import { certificateCode } from '../../../src/domain/exchange/certificate-code';
import { isOnTime, moduleOutcome } from '../../../src/domain/progress/module-outcome';
import { reviewReceipt } from '../../../src/domain/exchange/roster-review';
import { banks, progressWith, receiptFor } from '../../fixtures/assignment-fixtures';

const course = { id: 'peer-support-values', version: '1.0.0' };
const review = (receipt = receiptFor(), checksumOk = true) => reviewReceipt({ receipt, checksumOk }, banks(), course);

test('a consistent receipt has no flags and shows each module in assignment order', () => {
  const r = review(receiptFor('Ana', { respectful: 5, hopeful: 3 }));
  expect(r.flags).toEqual([]);
  expect(r.outcomes.map((o) => [o.moduleId, o.status, o.best?.percent, o.attempts, o.completedAt, o.timing])).toEqual([
    ['respectful', 'passed', 100, 1, '2025-06-10T09:20:00.000Z', 'on-time'],
    ['hopeful', 'needs-another-try', 60, 1, '2025-06-10T09:20:00.000Z', undefined],
  ]);
  expect(r.code).toBe(certificateCode(receiptFor('Ana', { respectful: 5, hopeful: 3 }).checksum));
});

test('a claimed score the answers do not earn is flagged', () => {
  const receipt = receiptFor('Ana', { respectful: 5, hopeful: 2 });
  receipt.modules[1]!.attempts[0]!.claimed = { percent: 100, passed: true };
  expect(review(receipt).flags).toEqual(['Score mismatch in "hopeful" attempt 1: claims 100% (passed), but its answers score 40%.']);
});

test('a failed checksum and another course are flagged; another content version is only noted', () => {
  const receipt = receiptFor();
  receipt.course = { id: 'other-course', version: '0.9.0' };
  const r = review(receipt, false);
  expect(r.flags).toEqual([
    'Checksum failed: this receipt was changed after it was made, or damaged.',
    'Made for another course ("other-course").',
  ]);
  expect(r.notes).toEqual(['Made with content version 0.9.0; re-scored with 1.0.0.']);
});

test('per-value scores add up over each module’s best attempt', () => {
  expect(review(receiptFor('Ana', { respectful: 5, hopeful: 3 })).perValue).toEqual({
    respectful: { earned: 5, possible: 5, percent: 100 },
    hopeful: { earned: 3, possible: 5, percent: 60 },
  });
});

test.each([
  ['during the due day in UTC', '2025-07-01T20:00:00.000Z', true],
  ['the evening of the due day in Hawaii (next morning UTC)', '2025-07-02T08:00:00.000Z', true],
  ['two days after', '2025-07-03T00:00:00.000Z', false],
])('completing %s is on time: %s', (_, at, expected) => {
  expect(isOnTime(at, '2025-07-01')).toBe(expected);
});

test('a module passed after the due date is late, and one never passed has no timing', () => {
  const progress = progressWith({ respectful: 5, hopeful: 1 }, '2025-08-01');
  expect(moduleOutcome(progress, 'respectful', banks().get('respectful'), 80, '2025-07-01').timing).toBe('late');
  expect(moduleOutcome(progress, 'hopeful', banks().get('hopeful'), 80, '2025-07-01').timing).toBeUndefined();
});

test('the assignment pass mark decides passing', () => {
  const progress = progressWith({ hopeful: 3 });
  expect(moduleOutcome(progress, 'hopeful', banks().get('hopeful'), 60).status).toBe('passed');
  expect(moduleOutcome(progress, 'hopeful', banks().get('hopeful'), 80).status).toBe('needs-another-try');
});
