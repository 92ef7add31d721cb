// A whole course taken at a learner's pace in a SCORM 1.2 LMS, through the real tracking,
// connection, pacer and suspend-data encoding: how often the course commits (LMSs whose commits
// block feel each one), how many interactions it writes, and the largest suspend data it saves.
import { afterEach, expect, test } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { loadQuestions } from '../../src/course/bank-loader';
import { allQuizzes, course } from '../../src/course/course-data';
import type { Question } from '../../src/domain/content/content-types';
import { checkPool, practicePool } from '../../src/domain/progress/attempt-summary';
import { emptyProgress, type Attempt, type Progress } from '../../src/domain/progress/progress-model';
import type { Answer } from '../../src/domain/scoring/answers';
import { CHECK_FORM_SIZE, drawCheckForm } from '../../src/domain/scoring/check-form';
import { COMMIT_GAP_MS } from '../../src/store/scorm/commit-pacer';
import { createConnection } from '../../src/store/scorm/lms-connection';
import { lmsProgressStorage } from '../../src/store/scorm/lms-storage';
import { startLmsTracking } from '../../src/store/scorm/lms-tracking';
import { scorm12Model } from '../../src/store/scorm/scorm12';
import { bestAnswer } from '../fixtures/lms-state';
import { fake12, fakeClock } from './scorm-fakes';

let stop = () => {};
afterEach(() => {
  stop();
  window.location.hash = '';
});

// A learner's pace: a lesson takes ten minutes, a scenario twenty seconds (a branch decision ten).
const LESSON_MS = 10 * 60_000;
const SCENARIO_MS = 20_000;
const DECISION_MS = 10_000;

test('a full course commits about once per answer, never more than once per gap, within every limit', async () => {
  const banks = Object.fromEntries(await Promise.all(allQuizzes.map(async (q) => [q.id, await loadQuestions(q)] as const)));
  const lms = fake12();
  const clock = fakeClock(Date.UTC(2026, 2, 2, 9));
  const connection = createConnection(scorm12Model(lms.api), { now: clock.now, schedule: clock.schedule, onHealth: () => {} });
  const start = connection.start();
  if (!start) throw new Error('no session');
  const store = createStore<Progress>()(() => emptyProgress());
  const storage = lmsProgressStorage({
    connection,
    banks,
    initial: emptyProgress(),
    version: 1,
    onTooLarge: () => {},
    suspend: { passMark: course.passMark, contentVersion: course.version },
  });
  const commitTimes: number[] = [];
  let largest = 0;
  const commit = connection.commit;
  connection.commit = () => {
    commitTimes.push(clock.now());
    largest = Math.max(largest, lms.values.get('cmi.suspend_data')?.length ?? 0);
    return commit();
  };
  const quizzes = allQuizzes.map((q) => q.id);
  const withLesson = new Set(course.modules.map((m) => m.id as string));
  stop = startLmsTracking({
    ...start,
    connection,
    progress: store,
    course: { banks, quizzes, withLesson, passMark: course.passMark },
    win: window,
    now: clock.now,
    schedule: clock.schedule,
  });
  const at = () => new Date(clock.now()).toISOString();
  const changes: number[] = [];
  const set = (change: (s: Progress) => Partial<Progress>) => {
    changes.push(clock.now());
    store.setState(change);
    void storage.setItem('psv-progress', { state: store.getState(), version: 1 });
  };
  const wait = (ms: number) => clock.advance(ms);
  const answer = (id: string, questionId: string, value: Answer) =>
    set((s) => ({ attempts: s.attempts.map((a) => (a.id === id ? { ...a, answers: { ...a.answers, [questionId]: value } } : a)) }));
  let n = 0;
  const take = (quizId: string, mode: Attempt['mode'], items: Question[]) => {
    n += 1;
    const id = `${quizId}-${clock.now().toString(36)}-${n}`;
    const attempt: Attempt = { id, quizId, seed: n, startedAt: at(), mode, items: items.map((q) => q.id), answers: {} };
    set((s) => ({ attempts: [...s.attempts, attempt] }));
    for (const q of items) {
      const best = bestAnswer(q);
      if (best.kind === 'branch') {
        // A branching scenario is answered one decision at a time.
        for (let step = 1; step <= best.path.length; step += 1) {
          wait(DECISION_MS);
          answer(id, q.id, { kind: 'branch', path: best.path.slice(0, step) });
        }
      } else {
        wait(SCENARIO_MS);
        answer(id, q.id, best);
      }
    }
    wait(SCENARIO_MS);
    set((s) => ({ attempts: s.attempts.map((a) => (a.id === id ? { ...a, finishedAt: at() } : a)) }));
  };
  const open = (hash: string) => {
    changes.push(clock.now());
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  };

  for (const quizId of quizzes) {
    const bank = banks[quizId] ?? [];
    const form = drawCheckForm(checkPool(bank), [], 7, quizId === 'review' ? CHECK_FORM_SIZE.review : CHECK_FORM_SIZE.module);
    if (withLesson.has(quizId)) {
      open(`#/module/${quizId}`);
      wait(LESSON_MS);
      set((s) => ({ lessonsRead: { ...s.lessonsRead, [quizId]: at() } }));
    } else open('#/review');
    take(quizId, 'practice', practicePool(bank));
    take(
      quizId,
      'check',
      form.map((id) => bank.find((q) => q.id === id)).filter((q): q is Question => q !== undefined),
    );
  }
  wait(COMMIT_GAP_MS);

  expect(lms.values.get('cmi.core.lesson_status')).toBe('passed');
  expect(lms.values.get('cmi.core.score.raw')).toBe('100');
  const gaps = commitTimes.slice(1).map((t, i) => t - (commitTimes[i] ?? 0));
  expect(Math.min(...gaps)).toBeGreaterThanOrEqual(COMMIT_GAP_MS);
  // Every change (each answer and branch decision, each lesson opened or read, each round begun
  // or finished) reached the LMS within one gap, so a crash loses at most the answer being given.
  for (const t of changes) expect(commitTimes.some((c) => c >= t && c <= t + COMMIT_GAP_MS)).toBe(true);
  expect(commitTimes.length).toBeLessThanOrEqual(changes.length + 1);
  expect(largest).toBeLessThanOrEqual(4096);
  const interactions = [...lms.values.keys()].filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k)).length;
  // One interaction per answer and per branch decision, none left out for room.
  const answered = store
    .getState()
    .attempts.flatMap((a) => Object.values(a.answers))
    .reduce((sum, value) => sum + (value.kind === 'branch' ? value.path.length : 1), 0);
  expect(interactions).toBe(answered);
  expect(interactions).toBeLessThanOrEqual(250);
  // The figures for docs/decisions/0012-lms-reporting.md.
  expect({ commits: commitTimes.length, interactions, largest }).toMatchInlineSnapshot(`
    {
      "commits": 236,
      "interactions": 202,
      "largest": 1525,
    }
  `);
});
