// @vitest-environment node
import { expect, test } from 'vitest';
import { answersToReport } from '../../../src/domain/lms/answer-changes';
import type { Attempt } from '../../../src/domain/progress/progress-model';

const attempt = (id: string, answers: Attempt['answers'], more: Partial<Attempt> = {}): Attempt => ({
  id,
  quizId: 'voluntary',
  seed: 1,
  startedAt: '2026-01-05T09:00:00.000Z',
  mode: 'quiz',
  answers,
  ...more,
});
const finished = { finishedAt: '2026-01-05T09:20:00.000Z' };
const pick = (optionId: string) => ({ kind: 'single' as const, optionId });
const summary = (list: ReturnType<typeof answersToReport>) => list.map((a) => [a.attempt.id, a.questionId, a.fromStep]);

test('a practice answer is reported when given, once; an unchanged one is not reported again', () => {
  const before = [attempt('p1', { q1: pick('a') }, { mode: 'practice' })];
  const after = [attempt('p1', { q1: pick('a'), q2: pick('b') }, { mode: 'practice' })];
  expect(summary(answersToReport(before, after))).toEqual([['p1', 'q2', 0]]);
  expect(answersToReport(after, after)).toEqual([]);
});

test('a branching scenario’s path reports only the decisions it gained', () => {
  const at = (path: string[]) => [attempt('p1', { b: { kind: 'branch', path } }, { mode: 'practice' })];
  expect(summary(answersToReport(at([]), at(['x'])))).toEqual([['p1', 'b', 0]]);
  expect(summary(answersToReport(at(['x']), at(['x', 'y'])))).toEqual([['p1', 'b', 1]]);
  // A path that changed (not only grew) is reported whole.
  expect(summary(answersToReport(at(['x', 'y']), at(['z'])))).toEqual([['p1', 'b', 0]]);
});

test('a check’s answers are reported when it is submitted, in the form’s order, and not before', () => {
  const open = attempt('c1', { q3: pick('a'), q1: pick('b') }, { mode: 'check', items: ['q1', 'q2', 'q3'] });
  expect(answersToReport([attempt('c1', {}, { mode: 'check' })], [open])).toEqual([]);
  expect(summary(answersToReport([open], [{ ...open, ...finished }]))).toEqual([
    ['c1', 'q1', 0],
    ['c1', 'q3', 0],
  ]);
});

test('a whole-bank quiz from before the split, still open, reports answer by answer', () => {
  expect(summary(answersToReport([attempt('q1', {})], [attempt('q1', { x: pick('a') })]))).toEqual([['q1', 'x', 0]]);
});

test('finished attempts that arrive whole (a restored backup) are not reported', () => {
  const restored = [
    attempt('p9', { q1: pick('a') }, { mode: 'practice', ...finished }),
    attempt('c9', { q1: pick('a') }, { mode: 'check', ...finished }),
  ];
  expect(answersToReport([], restored)).toEqual([]);
});
