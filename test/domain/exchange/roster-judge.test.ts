// @vitest-environment node
import { expect, test } from 'vitest';
import { certificateCode } from '../../../src/domain/exchange/certificate-code';
import { authorityFor } from '../../../src/domain/exchange/own-assignment';
import { confirmsCertificate, flagTexts, judgeReceipt, type JudgeContext } from '../../../src/domain/exchange/roster-judge';
import { isOnTime, moduleOutcome } from '../../../src/domain/progress/module-outcome';
import { banks, progressWith, receiptFor } from '../../fixtures/assignment-fixtures';
import { COURSE, IMPORTED, digestOf, own, receiptClaiming, resign } from '../../fixtures/roster-fixtures';

const mine = authorityFor(own(), COURSE.passMark);
const ctx = (extra: Partial<JudgeContext> = {}): JudgeContext => ({
  importedAt: IMPORTED,
  replays: new Map(),
  course: COURSE,
  authority: mine,
  ...extra,
});
const title = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);
const texts = (receipt = receiptFor(), c = ctx()) => flagTexts(judgeReceipt(digestOf(receipt), c), title);

test('an honest receipt for the instructor’s own assignment has no flags and outcomes in the assignment’s order', () => {
  const j = judgeReceipt(digestOf(receiptFor('Ana', { respectful: 5, hopeful: 3 })), ctx());
  expect(j.flags).toEqual([]);
  expect(j.judgedBy).toBe('own');
  expect(j.passMark).toBe(80);
  expect(j.outcomes.map((o) => [o.moduleId, o.status, o.best?.percent, o.attempts, o.completedAt, o.timing])).toEqual([
    ['respectful', 'passed', 100, 1, '2025-06-10T09:20:00.000Z', 'on-time'],
    ['hopeful', 'needs-another-try', 60, 1, '2025-06-10T09:20:00.000Z', undefined],
  ]);
  expect(j.passedAll).toBe(false);
  expect(j.code).toBe(certificateCode(receiptFor('Ana', { respectful: 5, hopeful: 3 }).checksum));
  expect(j.perValue).toEqual({ respectful: { earned: 5, possible: 5, percent: 100 }, hopeful: { earned: 3, possible: 5, percent: 60 } });
});

test('a receipt that rewrites its pass mark to 0 (and re-signs) is judged by the instructor’s 80% and flagged', () => {
  const forged = receiptClaiming('Ben', { respectful: 5, hopeful: 0 }, { passMark: 0 });
  const j = judgeReceipt(digestOf(forged), ctx());
  expect(j.outcomes.map((o) => [o.moduleId, o.status, o.best?.percent])).toEqual([
    ['respectful', 'passed', 100],
    ['hopeful', 'needs-another-try', 0],
  ]);
  expect(flagTexts(j, title)).toEqual([
    "Pass mark differs: the receipt claims 0%, the assignment's pass mark is 80%.",
    "Passed below the pass mark: Hopeful attempt 1 claims a pass with 0%, below the assignment's pass mark of 80%.",
  ]);
  expect(confirmsCertificate(j)).toBe(false);
});

test('a different module list and due date are flagged with what differs', () => {
  const other = receiptClaiming('Cy', { respectful: 5, voluntary: 5 }, { modules: ['respectful', 'voluntary'], due: '2099-12-31' });
  expect(texts(other)).toEqual([
    'Module list differs from the assignment: missing Hopeful; not assigned Voluntary.',
    "Due date differs: the receipt claims 2099-12-31, the assignment's is 2025-07-01.",
  ]);
  const j = judgeReceipt(digestOf(other), ctx());
  expect(j.outcomes.map((o) => [o.moduleId, o.status])).toEqual([
    ['respectful', 'passed'],
    ['hopeful', 'not-started'],
  ]);
});

test('a receipt for an assignment this roster did not create is judged by its own claims and labelled so', () => {
  const j = judgeReceipt(digestOf(receiptClaiming('Di', { respectful: 5, hopeful: 5 }, { passMark: 50 })), ctx({ authority: undefined }));
  expect(j.judgedBy).toBe('receipt');
  expect(j.passMark).toBe(50);
  expect(j.flags).toEqual([]);
  expect(j.passedAll).toBe(true);
  expect(confirmsCertificate(j)).toBe(false);
});

test('a certificate is confirmed only for a receipt that passed every module at the instructor’s pass mark with no flags', () => {
  expect(confirmsCertificate(judgeReceipt(digestOf(receiptFor('Ana', { respectful: 5, hopeful: 4 })), ctx()))).toBe(true);
  expect(confirmsCertificate(judgeReceipt(digestOf(receiptFor('Ana', { respectful: 5, hopeful: 3 })), ctx()))).toBe(false);
  const replayed = ctx({ replays: new Map([['hopeful-a1', ['Ben']]]) });
  expect(confirmsCertificate(judgeReceipt(digestOf(receiptFor('Ana', { respectful: 5, hopeful: 4 })), replayed))).toBe(false);
});

test('a claimed score its answers do not earn, a failed checksum and another course are flagged', () => {
  const receipt = receiptFor('Ana', { respectful: 5, hopeful: 2 });
  receipt.modules[1]!.attempts[0]!.claimed = { percent: 100, passed: true };
  receipt.course = { id: 'other-course', version: COURSE.version };
  const j = judgeReceipt(digestOf(receipt), ctx());
  expect(flagTexts(j, title)).toEqual([
    'Checksum failed: this receipt was changed after it was made, or damaged.',
    'Made for another course ("other-course").',
    'Score mismatch in Hopeful attempt 1: claims 100% (passed), but its answers score 40%.',
    "Passed below the pass mark: Hopeful attempt 1 claims a pass with 40%, below the assignment's pass mark of 80%.",
  ]);
  expect(j.notes).toEqual([]);
});

test('replayed attempts name the other learner and count the attempts', () => {
  const c = ctx({
    replays: new Map([
      ['respectful-a1', ['Ben Ode']],
      ['hopeful-a1', ['Ben Ode', 'Cy Wu']],
    ]),
  });
  expect(texts(receiptFor('Ana'), c)).toEqual([
    'Replay: 2 attempts in this receipt also appear in a receipt from Ben Ode.',
    'Replay: 1 attempt in this receipt also appears in a receipt from Cy Wu.',
  ]);
});

test('attempts finished in 1970 and started in 2099 are impossible times', () => {
  const receipt = receiptFor('Eve', { respectful: 5, hopeful: 5 });
  for (const m of receipt.modules)
    for (const a of m.attempts) Object.assign(a, { startedAt: '2099-01-01T00:00:00.000Z', finishedAt: '1970-01-01T00:00:00.000Z' });
  expect(texts(resign(receipt))).toEqual([
    'Impossible time: Respectful attempt 1 finished (1970-01-01 00:00 UTC) before it started (2099-01-01 00:00 UTC). 1 more attempt does too.',
    'Impossible time: Respectful attempt 1 is dated 2099-01-01 00:00 UTC, after the receipt was imported (2025-06-12 00:00 UTC). 1 more date is too.',
    'Dated before the assignment was created (2025-06-01 08:00 UTC): Respectful attempt 1 at 1970-01-01 00:00 UTC. 1 more date is too.',
  ]);
});

test.each([
  ['a day of clock drift after the import is allowed', '2025-06-12T23:59:00.000Z', []],
  ['more than a day after the import is in the future', '2025-06-13T00:01:00.000Z', ['future']],
  ['a day of drift before the assignment was created is allowed', '2025-05-31T08:00:00.000Z', []],
  ['more than a day before it was created is flagged', '2025-05-31T07:59:00.000Z', ['before-created']],
])('%s', (_, at, kinds) => {
  const receipt = receiptFor('Fay', { respectful: 5 });
  receipt.modules[0]!.lessonReadAt = at;
  expect(judgeReceipt(digestOf(resign(receipt)), ctx()).flags.map((f) => f.kind)).toEqual(kinds);
});

test('without a creation date (another instructor’s assignment) early dates are not flagged', () => {
  const receipt = receiptFor('Fay', { respectful: 5 }, '2020-01-01');
  expect(judgeReceipt(digestOf(receipt), ctx({ authority: undefined })).flags).toEqual([]);
});

test.each([
  ['during the due day in UTC', '2025-07-01T20:00:00.000Z', true],
  ['the evening of the due day in Hawaii (next morning UTC)', '2025-07-02T08:00:00.000Z', true],
  ['two days after', '2025-07-03T00:00:00.000Z', false],
])('completing %s is on time: %s', (_, at, expected) => {
  expect(isOnTime(at, '2025-07-01')).toBe(expected);
});

test('the roster’s outcome matches the course’s own module outcome for the same evidence and pass mark', () => {
  const progress = progressWith({ respectful: 5, hopeful: 1 }, '2025-08-01');
  const j = judgeReceipt(
    digestOf(receiptFor('Gus', { respectful: 5, hopeful: 1 }, '2025-08-01')),
    ctx({ importedAt: '2025-08-02T00:00:00.000Z' }),
  );
  expect(j.outcomes).toEqual(
    [
      moduleOutcome(progress, 'respectful', banks().get('respectful'), 80, '2025-07-01'),
      moduleOutcome(progress, 'hopeful', banks().get('hopeful'), 80, '2025-07-01'),
    ].map(({ best, ...o }) => (best ? { ...o, best: { ...best, answered: 0, perQuestion: [], reasons: [] } } : o)),
  );
});

test('a receipt made on another content version keeps its recorded results and says so, never re-scored', () => {
  const older = resign({ ...receiptClaiming('Cara', { respectful: 5, hopeful: 2 }), course: { id: COURSE.id, version: '1.0.0' } });
  const j = judgeReceipt(digestOf(older), ctx());
  expect(j.outcomes.map((o) => [o.moduleId, o.status, o.best?.percent])).toEqual([
    ['respectful', 'passed', 100],
    ['hopeful', 'needs-another-try', 40],
  ]);
  expect(j.notes).toEqual([
    `Made with content version 1.0.0: shown with the results it recorded, not re-scored against version ${COURSE.version}'s scenarios.`,
  ]);
});
