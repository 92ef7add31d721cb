// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Answers } from '../../../src/domain/scoring/answers';
import type { Question } from '../../../src/domain/content/content-types';
import { clampPassMark, scoreQuiz, toPercent } from '../../../src/domain/scoring/score-quiz';
import {
  answerArb,
  bestAnswer,
  branch,
  multi,
  permutationFor,
  questionArb,
  rank,
  single,
  withOptionsReordered,
} from './scoring-arbitraries';

/** Five single-best questions q1..q5 (best option `a`). */
const fiveSingles = (): Question[] => ['q1', 'q2', 'q3', 'q4', 'q5'].map((id) => single(id));
/** Answers choosing `a` (best) for the first `right` ids and `b` for the rest. */
const answersFor = (ids: string[], right: number): Answers =>
  Object.fromEntries(ids.map((id, i) => [id, { kind: 'single', optionId: i < right ? 'a' : 'b' }]));
const ids5 = ['q1', 'q2', 'q3', 'q4', 'q5'];

test.each([
  ['all best', answersFor(ids5, 5), 80, { earned: 5, percent: 100, passed: true, answered: 5 }],
  ['none answered', {}, 80, { earned: 0, percent: 0, passed: false, answered: 0 }],
  ['none best', answersFor(ids5, 0), 80, { earned: 0, percent: 0, passed: false, answered: 5 }],
  ['exactly at the pass mark', answersFor(ids5, 4), 80, { earned: 4, percent: 80, passed: true, answered: 5 }],
  ['one point below the pass mark', answersFor(ids5, 4), 81, { earned: 4, percent: 80, passed: false, answered: 5 }],
  ['well below the pass mark', answersFor(ids5, 3), 80, { earned: 3, percent: 60, passed: false, answered: 5 }],
  ['a pass mark of 0 with nothing answered', {}, 0, { earned: 0, percent: 0, passed: true, answered: 0 }],
  ['a pass mark of 100 with everything best', answersFor(ids5, 5), 100, { earned: 5, percent: 100, passed: true, answered: 5 }],
] as const)('%s', (_, answers, passMark, expected) => {
  const s = scoreQuiz(fiveSingles(), answers, passMark);
  expect({ earned: s.earned, percent: s.percent, passed: s.passed, answered: s.answered }).toEqual(expected);
  expect(s.possible).toBe(5);
  expect(s.passMark).toBe(passMark);
});

test('79.2% is shown as 79% and does not pass a pass mark of 80', () => {
  // Six best answers, one miss, and a five-item ranking 8 places off (1 − 8/12 = 1/3 point): 6⅓ of 8.
  const questions = [...['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7'].map((id) => single(id)), rank('r', ['a', 'b', 'c', 'd', 'e'])];
  const answers: Answers = {
    ...answersFor(['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7'], 6),
    r: { kind: 'rank', order: ['e', 'b', 'c', 'a', 'd'] },
  };
  const s = scoreQuiz(questions, answers, 80);
  expect(s.perQuestion.at(-1)?.earned).toBeCloseTo(1 / 3);
  expect(s.percent).toBe(79);
  expect(s.passed).toBe(false);
  expect(scoreQuiz(questions, answers, 79).passed).toBe(true);
});

test('partial credit adds up across question kinds', () => {
  const questions = [multi('m'), rank('r'), branch('b')];
  const answers: Answers = {
    m: { kind: 'multi', optionIds: ['a', 'b'] }, // 2/3
    r: { kind: 'rank', order: ['r2', 'r1', 'r3', 'r4'] }, // 0.75
    b: { kind: 'branch', path: ['poor', 'p1'] }, // 0.5
  };
  const s = scoreQuiz(questions, answers, 80);
  expect(s.earned).toBeCloseTo(2 / 3 + 0.75 + 0.5);
  expect(s.possible).toBe(3);
  expect(s.percent).toBe(63);
  expect(s.perQuestion.map((q) => q.isCorrect)).toEqual([false, false, false]);
});

test('the per-value profile groups questions by the value they test', () => {
  const questions = [
    single('q1', undefined, 'a', 'respectful'),
    single('q2', undefined, 'a', 'respectful'),
    multi('q3', undefined, undefined, 'hopeful'),
  ];
  const answers: Answers = {
    q1: { kind: 'single', optionId: 'a' },
    q2: { kind: 'single', optionId: 'b' },
    q3: { kind: 'multi', optionIds: ['a'] },
  };
  expect(scoreQuiz(questions, answers, 80).perValue).toEqual({
    respectful: { earned: 1, possible: 2, percent: 50 },
    hopeful: { earned: 1 / 3, possible: 1, percent: 33 },
  });
});

test('an empty quiz is a result with a reason, and never passes', () => {
  const s = scoreQuiz([], {}, 0);
  expect(s).toMatchObject({ earned: 0, possible: 0, percent: 0, passed: false, answered: 0, perQuestion: [], perValue: {} });
  expect(s.reasons).toEqual(['This quiz has no questions.']);
});

test('unanswered and invalid answers are scored 0 with their reasons', () => {
  const s = scoreQuiz(fiveSingles(), { q1: { kind: 'single', optionId: 'zz' }, q2: { kind: 'rank', order: [] } }, 80);
  expect(s.perQuestion.slice(0, 3).map((q) => [q.status, q.reasons])).toEqual([
    ['invalid', ['Unknown response "zz".']],
    ['invalid', ['Answer is for a "rank" question, not "single".']],
    ['unanswered', ['Not answered.']],
  ]);
  expect(s.answered).toBe(0);
});

test('answers to scenarios the quiz does not have are ignored with a reason', () => {
  const s = scoreQuiz(fiveSingles(), { ...answersFor(ids5, 5), 'gone-q': { kind: 'single', optionId: 'a' } }, 80);
  expect(s.percent).toBe(100);
  expect(s.reasons).toEqual(['The answer to unknown scenario "gone-q" was ignored.']);
});

test('an answer record that is not an object scores as nothing answered', () => {
  const s = scoreQuiz(fiveSingles(), null as unknown as Answers, 80);
  expect([s.percent, s.answered, s.reasons]).toEqual([0, 0, []]);
});

test.each([
  [80, 80],
  [0, 0],
  [100, 100],
  [120, 100],
  [-5, 0],
  [79.5, 80],
  [Number.NaN, 100],
  [Number.POSITIVE_INFINITY, 100],
])('a pass mark of %d is used as %d', (requested, used) => {
  expect(clampPassMark(requested)).toBe(used);
  const s = scoreQuiz(fiveSingles(), answersFor(ids5, 4), requested);
  expect(s.passMark).toBe(used);
  expect(s.reasons.length).toBe(requested === used ? 0 : 1);
});

test.each([
  [0.29, 1, 29],
  [2, 3, 66],
  [1, 3, 33],
  [7, 7, 100],
  [0, 4, 0],
  [1, 0, 0],
  [0, 0, 0],
])('toPercent(%d, %d) rounds down to %i', (earned, possible, percent) => {
  expect(toPercent(earned, possible)).toBe(percent);
});

/** A quiz of 0 to 6 questions with unique ids and an answer set. */
const quizArb = fc
  .integer({ min: 0, max: 6 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => questionArb(`q${i}`))).map((qs) => qs as Question[]))
  .chain((questions) =>
    fc.tuple(
      fc.constant(questions),
      fc.tuple(...questions.map((q) => answerArb(q))).map((as) => {
        const answers: Answers = {};
        questions.forEach((q, i) => {
          const a = as[i];
          if (a !== undefined) answers[q.id] = a;
        });
        return answers;
      }),
    ),
  );
const passMarkArb = fc.integer({ min: 0, max: 100 });

test('property: the score is within 0..possible and the percent within 0..100', () => {
  fc.assert(
    fc.property(quizArb, passMarkArb, ([questions, answers], mark) => {
      const s = scoreQuiz(questions, answers, mark);
      expect(s.possible).toBe(questions.length);
      expect(s.earned).toBeGreaterThanOrEqual(0);
      expect(s.earned).toBeLessThanOrEqual(s.possible + 1e-9);
      expect(s.percent).toBeGreaterThanOrEqual(0);
      expect(s.percent).toBeLessThanOrEqual(100);
      expect(s.passed).toBe(s.possible > 0 && s.percent >= mark);
    }),
  );
});

test('property: scoring is deterministic', () => {
  fc.assert(
    fc.property(quizArb, passMarkArb, ([questions, answers], mark) => {
      expect(scoreQuiz(questions, answers, mark)).toEqual(scoreQuiz(questions, answers, mark));
    }),
  );
});

test('property: reordering the options (or the scenarios) never changes the score', () => {
  fc.assert(
    fc.property(quizArb, passMarkArb, fc.integer(), ([questions, answers], mark, seed) => {
      const a = scoreQuiz(questions, answers, mark);
      const shuffled = permutationFor(seed)(questions.length).map((i) =>
        withOptionsReordered(questions[i] as Question, permutationFor(seed + i)),
      );
      const b = scoreQuiz(shuffled, answers, mark);
      expect([b.earned, b.percent, b.passed, b.perValue]).toEqual([a.earned, a.percent, a.passed, a.perValue]);
    }),
  );
});

test('property: replacing any answer with the best response never lowers the score', () => {
  fc.assert(
    fc.property(quizArb, fc.nat(), ([questions, answers], pick) => {
      fc.pre(questions.length > 0);
      const q = questions[pick % questions.length] as Question;
      const before = scoreQuiz(questions, answers, 80);
      const after = scoreQuiz(questions, { ...answers, [q.id]: bestAnswer(q) }, 80);
      expect(after.earned).toBeGreaterThanOrEqual(before.earned - 1e-9);
      expect(after.percent).toBeGreaterThanOrEqual(before.percent);
    }),
  );
});

test('property: all best answers score 100% and pass any pass mark', () => {
  fc.assert(
    fc.property(quizArb, passMarkArb, ([questions], mark) => {
      fc.pre(questions.length > 0);
      const s = scoreQuiz(questions, Object.fromEntries(questions.map((q) => [q.id, bestAnswer(q)])), mark);
      expect([s.percent, s.passed]).toEqual([100, true]);
    }),
  );
});
