// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { summarizeAttempts } from '../../../src/domain/progress/attempt-summary';
import { holdsAnswers, type Attempt } from '../../../src/domain/progress/progress-model';
import { moduleStatus } from '../../../src/domain/progress/module-status';
import { setAsideUnknown } from '../../../src/domain/progress/progress-reconcile';
import { at, attempt, progressArb, progressWith } from '../../fixtures/progress-fixtures';
import { single } from '../scoring/scoring-arbitraries';

const pick = (optionId: string) => ({ kind: 'single' as const, optionId });
const quizzes = new Set(['voluntary', 'hopeful', 'review']);
const known = new Map([['voluntary', new Set(['q1', 'q2'])]]);

test('an answer to a scenario that no longer exists is moved aside, not deleted', () => {
  const progress = progressWith({ attempts: [attempt('v-1', 'voluntary', { q1: pick('a'), retired: pick('b') })] });
  const { progress: out, moved } = setAsideUnknown(progress, known, quizzes);
  expect(moved).toBe(1);
  expect(out.attempts).toEqual([attempt('v-1', 'voluntary', { q1: pick('a') })]);
  expect(out.setAside).toEqual([attempt('v-1', 'voluntary', { retired: pick('b') })]);
});

test('an attempt at a quiz that no longer exists is moved aside whole', () => {
  const gone = attempt('x-1', 'retired-module', { q9: pick('a') });
  const { progress: out, moved } = setAsideUnknown(progressWith({ attempts: [gone, attempt('h-1', 'hopeful')] }), known, quizzes);
  expect(moved).toBe(1);
  expect(out.attempts.map((a) => a.id)).toEqual(['h-1']);
  expect(out.setAside).toEqual([gone]);
});

test('attempts at quizzes whose scenarios are not loaded yet are left alone', () => {
  const progress = progressWith({ attempts: [attempt('h-1', 'hopeful', { anything: pick('a') })] });
  expect(setAsideUnknown(progress, known, quizzes)).toEqual({ progress, moved: 0 });
});

test('progress that matches the course comes back as the same object', () => {
  const progress = progressWith({ attempts: [attempt('v-1', 'voluntary', { q1: pick('a'), q2: pick('b') })] });
  expect(setAsideUnknown(progress, known, quizzes).progress).toBe(progress);
});

test('parts of one attempt set aside by two content updates are folded together', () => {
  const first = setAsideUnknown(
    progressWith({ attempts: [attempt('v-1', 'voluntary', { q1: pick('a'), q2: pick('b'), q3: pick('c') })] }),
    new Map([['voluntary', new Set(['q1', 'q2'])]]),
    quizzes,
  );
  const second = setAsideUnknown(first.progress, new Map([['voluntary', new Set(['q1'])]]), quizzes);
  expect(second.moved).toBe(1);
  expect(second.progress.attempts[0]?.answers).toEqual({ q1: pick('a') });
  expect(second.progress.setAside).toEqual([attempt('v-1', 'voluntary', { q3: pick('c'), q2: pick('b') })]);
});

test('status is recomputed from the answers that remain', () => {
  // Two scenarios now; the attempt answered both best plus one that was removed from the course.
  const questions = [single('q1'), single('q2')];
  const progress = progressWith({
    lessonsRead: { voluntary: at(0) },
    attempts: [attempt('v-1', 'voluntary', { q1: pick('a'), q2: pick('a'), retired: pick('b') })],
  });
  const { progress: out } = setAsideUnknown(progress, known, quizzes);
  const summary = summarizeAttempts(out, 'voluntary', questions, 80);
  expect(summary.best?.score.percent).toBe(100);
  expect(moduleStatus(out, 'voluntary', summary)).toBe('passed');
});

test('reconciling twice moves nothing the second time', () => {
  fc.assert(
    fc.property(progressArb, (progress) => {
      const once = setAsideUnknown(progress, known, quizzes).progress;
      expect(setAsideUnknown(once, known, quizzes)).toEqual({ progress: once, moved: 0 });
    }),
  );
});

test('no answer is ever lost: every answer is either kept or set aside', () => {
  const entries = (attempts: Attempt[]) =>
    attempts.flatMap((a) => Object.entries(a.answers).map(([q, ans]) => `${a.id}/${q}/${JSON.stringify(ans)}`));
  const slots = (attempts: Attempt[]) => attempts.flatMap((a) => Object.keys(a.answers).map((q) => `${a.id}/${q}`));
  fc.assert(
    fc.property(progressArb, (progress) => {
      const { progress: out, moved } = setAsideUnknown(progress, known, quizzes);
      const after = new Set(entries([...out.attempts, ...out.setAside]));
      for (const answer of entries(progress.attempts)) expect(after.has(answer)).toBe(true);
      // An older set-aside answer to the same question of the same attempt gives way to the newer one.
      const afterSlots = new Set(slots(out.setAside));
      for (const slot of slots(progress.setAside)) expect(afterSlots.has(slot)).toBe(true);
      const unknownAnswers = progress.attempts.flatMap((a) =>
        Object.keys(a.answers).filter((q) => !quizzes.has(a.quizId) || (known.get(a.quizId) !== undefined && !known.get(a.quizId)?.has(q))),
      );
      expect(moved).toBe(unknownAnswers.length);
    }),
  );
});

test('only a record holding answers, in attempts or set aside, has anything to keep in step', () => {
  const answered = attempt('v-1', 'voluntary', { q1: pick('a') });
  expect(holdsAnswers(progressWith({}))).toBe(false);
  expect(holdsAnswers(progressWith({ attempts: [answered] }))).toBe(true);
  expect(holdsAnswers(progressWith({ setAside: [answered] }))).toBe(true);
});
