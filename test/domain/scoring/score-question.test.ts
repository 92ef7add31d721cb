// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Answer } from '../../../src/domain/scoring/answers';
import { maxRankDistance, scoreQuestion } from '../../../src/domain/scoring/score-question';
import {
  answerArb,
  bestAnswer,
  branch,
  multi,
  permutationFor,
  questionArb,
  rank,
  single,
  valueQ,
  withOptionsReordered,
} from './scoring-arbitraries';

/** The parts of a score a table row checks. */
const summary = (q: Parameters<typeof scoreQuestion>[0], answer: Answer | undefined) => {
  const s = scoreQuestion(q, answer);
  return { earned: round(s.earned), status: s.status, isCorrect: s.isCorrect, reasons: s.reasons };
};
const round = (n: number) => Math.round(n * 10000) / 10000;
const scored = (earned: number, reasons: string[] = []) => ({ earned: round(earned), status: 'scored', isCorrect: earned === 1, reasons });
const invalid = (reason: string) => ({ earned: 0, status: 'invalid', isCorrect: false, reasons: [reason] });
const unanswered = { earned: 0, status: 'unanswered', isCorrect: false, reasons: ['Not answered.'] };

test.each([
  ['the best response', { kind: 'single', optionId: 'a' }, scored(1)],
  ['another response', { kind: 'single', optionId: 'c' }, scored(0)],
  ['an unknown response', { kind: 'single', optionId: 'zz' }, invalid('Unknown response "zz".')],
  ['no answer', undefined, unanswered],
  ['an answer of the wrong kind', { kind: 'multi', optionIds: ['a'] }, invalid('Answer is for a "multi" question, not "single".')],
] as const)('single best response: %s', (_, answer, expected) => {
  expect(summary(single(), answer as Answer | undefined)).toEqual(expected);
});

test.each([
  ['the value most at stake', 'respectful', scored(1)],
  ['a value less at stake', 'hopeful', scored(0)],
  ['a value not offered', 'voluntary', invalid('Unknown response "voluntary".')],
] as const)('which value is most at stake: %s', (_, optionId, expected) => {
  expect(summary(valueQ(), { kind: 'value', optionId })).toEqual(expected);
});

// Three options apply (a, b, c); two do not (d, e). Credit = (right ticks − wrong ticks) ÷ 3, at least 0.
test.each([
  [['a', 'b', 'c'], scored(1)],
  [['a', 'b'], scored(2 / 3)],
  [['a'], scored(1 / 3)],
  [['a', 'b', 'c', 'd'], scored(2 / 3)],
  [['a', 'b', 'c', 'd', 'e'], scored(1 / 3)],
  [['a', 'd'], scored(0)],
  [['d', 'e'], scored(0)],
  [[], scored(0)],
  [['a', 'a', 'b'], scored(2 / 3, ['Response "a" was chosen twice; counted once.'])],
  [['a', 'zz'], scored(1 / 3, ['Unknown response "zz" was ignored.'])],
])('choose all that apply: ticking %j earns partial credit', (optionIds, expected) => {
  expect(summary(multi(), { kind: 'multi', optionIds })).toEqual(expected);
});

test('choose all that apply: feedback covers what was ticked, then every response that applies', () => {
  expect(scoreQuestion(multi(), { kind: 'multi', optionIds: ['d', 'b'] }).feedbackIds).toEqual(['d', 'b', 'a', 'c']);
});

// Keyed order r1 r2 r3 r4; the largest total distance for four responses is 8.
test.each([
  [['r1', 'r2', 'r3', 'r4'], 0, scored(1)],
  [['r2', 'r1', 'r3', 'r4'], 2, scored(0.75)],
  [['r1', 'r2', 'r4', 'r3'], 2, scored(0.75)],
  [['r1', 'r3', 'r2', 'r4'], 2, scored(0.75)],
  [['r3', 'r1', 'r2', 'r4'], 4, scored(0.5)],
  [['r4', 'r1', 'r2', 'r3'], 6, scored(0.25)],
  [['r2', 'r3', 'r4', 'r1'], 6, scored(0.25)],
  [['r4', 'r3', 'r2', 'r1'], 8, scored(0)],
])('ranking %j is %i places from the key in all', (order, _distance, expected) => {
  expect(summary(rank(), { kind: 'rank', order })).toEqual(expected);
});

test.each([
  ['a response twice', ['r1', 'r1', 'r2', 'r3']],
  ['a response missing', ['r1', 'r2', 'r3']],
  ['an unknown response', ['r1', 'r2', 'r3', 'zz']],
  ['an extra response', ['r1', 'r2', 'r3', 'r4', 'zz']],
])('a ranking with %s is invalid, not an error', (_, order) => {
  expect(summary(rank(), { kind: 'rank', order })).toEqual(invalid('The ranking does not list each response exactly once.'));
});

test('ranking three responses: one swap costs half, the reverse earns nothing', () => {
  const q = rank('q3', ['x', 'y', 'z']);
  expect(scoreQuestion(q, { kind: 'rank', order: ['y', 'x', 'z'] }).earned).toBe(0.5);
  expect(scoreQuestion(q, { kind: 'rank', order: ['z', 'y', 'x'] }).earned).toBe(0);
});

test.each([
  [1, 0],
  [2, 2],
  [3, 4],
  [4, 8],
  [5, 12],
])('the largest ranking distance for %i responses is %i', (n, max) => {
  expect(maxRankDistance(n)).toBe(max);
});

test('the largest ranking distance is reached by the reverse order and never exceeded', () => {
  for (let n = 1; n <= 6; n++) {
    const ids = Array.from({ length: n }, (_, i) => `r${i}`);
    let worst = 0;
    for (const order of permutations(ids))
      worst = Math.max(
        worst,
        order.reduce((sum, id, place) => sum + Math.abs(place - ids.indexOf(id)), 0),
      );
    expect(worst).toBe(maxRankDistance(n));
  }
});

function permutations(items: string[]): string[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

test.each([
  ['best, then best', ['good', 'g1'], scored(1)],
  ['best, then not best', ['good', 'g2'], scored(0.5)],
  ['not best, then the best recovery', ['poor', 'p1'], scored(0.5)],
  ['not best twice', ['poor', 'p2'], scored(0)],
  ['a choice that ends the scenario at once', ['ends'], scored(0)],
  ['nothing', [], unanswered],
  ['an unfinished path', ['good'], invalid('The scenario was not finished.')],
  ['a choice from another branch', ['good', 'p1'], invalid('Unknown response "p1" at step 2.')],
  ['a choice after the end', ['good', 'g1', 'g1'], invalid('Choice 3 does not follow the scenario.')],
])('branching path: %s', (_, path, expected) => {
  expect(summary(branch(), { kind: 'branch', path })).toEqual(expected);
});

test('a branching path is its own feedback trail', () => {
  expect(scoreQuestion(branch(), { kind: 'branch', path: ['poor', 'p1'] }).feedbackIds).toEqual(['poor', 'p1']);
});

test.each([
  ['multi', multi(), { kind: 'multi' }, 'The answer does not list the chosen responses.'],
  ['rank', rank(), { kind: 'rank', order: 'r1' }, 'The answer does not list the responses in order.'],
  ['branch', branch(), { kind: 'branch', path: null }, 'The answer does not list the choices made.'],
])('a malformed saved %s answer is invalid, not an error', (_, q, answer, reason) => {
  expect(summary(q, answer as unknown as Answer)).toEqual(invalid(reason));
});

test('property: the score is within 0..possible, every question is worth 1, and junk never throws', () => {
  const qa = questionArb('q').chain((q) => fc.tuple(fc.constant(q), answerArb(q)));
  fc.assert(
    fc.property(qa, ([q, answer]) => {
      const s = scoreQuestion(q, answer);
      expect(s.possible).toBe(1);
      expect(s.earned).toBeGreaterThanOrEqual(0);
      expect(s.earned).toBeLessThanOrEqual(s.possible);
      expect(s.isCorrect).toBe(s.earned >= 1 - 1e-9);
      if (s.status !== 'scored') expect(s.earned).toBe(0);
    }),
  );
});

test('property: scoring is deterministic', () => {
  const qa = questionArb('q').chain((q) => fc.tuple(fc.constant(q), answerArb(q)));
  fc.assert(
    fc.property(qa, ([q, answer]) => {
      expect(scoreQuestion(q, answer)).toEqual(scoreQuestion(q, answer));
    }),
  );
});

test('property: reordering a question’s options never changes its score', () => {
  const qa = questionArb('q').chain((q) => fc.tuple(fc.constant(q), answerArb(q), fc.integer()));
  fc.assert(
    fc.property(qa, ([q, answer, seed]) => {
      const a = scoreQuestion(q, answer);
      const b = scoreQuestion(withOptionsReordered(q, permutationFor(seed)), answer);
      expect([b.earned, b.status, b.isCorrect, new Set(b.feedbackIds)]).toEqual([a.earned, a.status, a.isCorrect, new Set(a.feedbackIds)]);
    }),
  );
});

test('property: the best answer earns full credit and no answer scores higher', () => {
  const qa = questionArb('q').chain((q) => fc.tuple(fc.constant(q), answerArb(q)));
  fc.assert(
    fc.property(qa, ([q, answer]) => {
      const best = scoreQuestion(q, bestAnswer(q));
      expect(best.earned).toBe(1);
      expect(best.isCorrect).toBe(true);
      expect(scoreQuestion(q, answer).earned).toBeLessThanOrEqual(best.earned);
    }),
  );
});

test('property: ticking one more response that applies never lowers a choose-all score', () => {
  const q = multi();
  fc.assert(
    fc.property(fc.subarray(['a', 'b', 'c', 'd', 'e']), fc.constantFrom('a', 'b', 'c'), (picked, extra) => {
      const before = scoreQuestion(q, { kind: 'multi', optionIds: picked.filter((id) => id !== extra) }).earned;
      const after = scoreQuestion(q, { kind: 'multi', optionIds: [...picked.filter((id) => id !== extra), extra] }).earned;
      expect(after).toBeGreaterThanOrEqual(before);
    }),
  );
});

test('property: swapping two neighbours into their keyed order never lowers a ranking score', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  const q = rank('q', ids);
  fc.assert(
    fc.property(fc.shuffledSubarray(ids, { minLength: 5 }), fc.nat(3), (order, i) => {
      const [x, y] = [order[i] as string, order[i + 1] as string];
      fc.pre(ids.indexOf(x) > ids.indexOf(y));
      const fixed = [...order];
      [fixed[i], fixed[i + 1]] = [y, x];
      expect(scoreQuestion(q, { kind: 'rank', order: fixed }).earned).toBeGreaterThanOrEqual(
        scoreQuestion(q, { kind: 'rank', order }).earned,
      );
    }),
  );
});
