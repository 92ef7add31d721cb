// @vitest-environment node
import { expect, test } from 'vitest';
import type { Question } from '../../../src/domain/content/content-types';
import { keepRecordedOutcome, lmsReport, type LmsReportInput } from '../../../src/domain/lms/lms-report';
import { attemptAt } from '../../fixtures/lms-state';
import { at, progressWith } from '../../fixtures/progress-fixtures';

// Two one-question quizzes and a review; one point each, so scores are 0 or 100.
const q = (id: string): Question => ({
  id,
  kind: 'single',
  value: 'voluntary',
  setting: 'er',
  title: id,
  situation: 'A situation.',
  prompt: 'What do you do?',
  options: [
    { id: 'good', text: 'Good', feedback: 'Why', best: true },
    { id: 'poor', text: 'Poor', feedback: 'Why not' },
  ],
});
const banks = { voluntary: [q('v1')], hopeful: [q('h1')], review: [q('r1')] };
const finished = (quizId: string, optionId: 'good' | 'poor', minute = 0) =>
  attemptAt(
    quizId,
    Date.UTC(2026, 0, 1, 9, minute),
    { [`${quizId[0]}1`]: { kind: 'single', optionId } },
    Date.UTC(2026, 0, 1, 9, minute + 1),
  );
const input = (parts: Parameters<typeof progressWith>[0], more: Partial<LmsReportInput> = {}): LmsReportInput => ({
  progress: progressWith(parts),
  banks,
  quizzes: ['voluntary', 'hopeful'],
  withLesson: new Set(['voluntary', 'hopeful']),
  passMark: 80,
  ...more,
});

test('nothing done yet: incomplete, no score, every objective not attempted', () => {
  expect(lmsReport(input({}))).toEqual({
    status: 'incomplete',
    progress: 0,
    objectives: [
      { id: 'voluntary', status: 'not attempted', progress: 0 },
      { id: 'hopeful', status: 'not attempted', progress: 0 },
    ],
  });
});

test('a module passed but the other not started: incomplete, no course score yet, half the progress', () => {
  const report = lmsReport(input({ lessonsRead: { voluntary: at(0) }, attempts: [finished('voluntary', 'good')] }));
  expect(report).toEqual({
    status: 'incomplete',
    progress: 0.5,
    objectives: [
      { id: 'voluntary', status: 'passed', score: 100, progress: 1 },
      { id: 'hopeful', status: 'not attempted', progress: 0 },
    ],
  });
});

test('a package built for the running mean reports it from the first finished quiz', () => {
  const progress = { lessonsRead: { voluntary: at(0) }, attempts: [finished('voluntary', 'good')] };
  expect(lmsReport(input(progress, { scoreMode: 'running' }))).toMatchObject({ status: 'incomplete', score: 50 });
  expect(lmsReport(input({ lessonsRead: { voluntary: at(0) } }, { scoreMode: 'running' })).score).toBeUndefined();
});

test('a module opened, its lesson read, or its quiz begun: its objective is incomplete, with progress for the lesson', () => {
  expect(lmsReport(input({}, { begun: new Set(['hopeful']) })).objectives[1]).toEqual({ id: 'hopeful', status: 'incomplete', progress: 0 });
  const started = attemptAt('voluntary', Date.UTC(2026, 0, 1), {});
  const report = lmsReport(input({ lessonsRead: { hopeful: at(0) }, attempts: [started] }));
  expect(report.objectives).toEqual([
    { id: 'voluntary', status: 'incomplete', progress: 0 },
    { id: 'hopeful', status: 'incomplete', progress: 0.5 },
  ]);
  expect(report.progress).toBe(0.25);
});

test('a quiz passed without reading its lesson is not done yet', () => {
  const report = lmsReport(
    input({ lessonsRead: { hopeful: at(0) }, attempts: [finished('voluntary', 'good'), finished('hopeful', 'good')] }),
  );
  expect(report.status).toBe('incomplete');
  expect(report.objectives[0]).toEqual({ id: 'voluntary', status: 'incomplete', score: 100, progress: 0.5 });
});

test('every module done and passed: passed; one failed: failed, with the best attempt counted', () => {
  const read = { voluntary: at(0), hopeful: at(0) };
  expect(
    lmsReport(
      input({
        lessonsRead: read,
        attempts: [finished('voluntary', 'poor'), finished('voluntary', 'good', 5), finished('hopeful', 'good')],
      }),
    ),
  ).toMatchObject({ status: 'passed', score: 100, progress: 1 });
  const failed = lmsReport(input({ lessonsRead: read, attempts: [finished('voluntary', 'good'), finished('hopeful', 'poor')] }));
  expect(failed).toMatchObject({ status: 'failed', score: 50 });
  expect(failed.objectives[1]).toEqual({ id: 'hopeful', status: 'failed', score: 0, progress: 1 });
});

test('with no pass mark, finishing everything completes the course', () => {
  const report = lmsReport(
    input(
      { lessonsRead: { voluntary: at(0), hopeful: at(0) }, attempts: [finished('voluntary', 'poor'), finished('hopeful', 'good')] },
      { passMark: null },
    ),
  );
  expect(report).toMatchObject({ status: 'completed', score: 50 });
  expect(report.objectives.map((o) => o.status)).toEqual(['completed', 'completed']);
});

test('a package of one module, or of the review alone, reports only that', () => {
  const progress = { lessonsRead: { voluntary: at(0) }, attempts: [finished('voluntary', 'good'), finished('review', 'poor')] };
  expect(lmsReport(input(progress, { quizzes: ['voluntary'] }))).toMatchObject({
    status: 'passed',
    score: 100,
    objectives: [{ id: 'voluntary' }],
  });
  expect(lmsReport(input(progress, { quizzes: ['review'] }))).toMatchObject({
    status: 'failed',
    score: 0,
    objectives: [{ id: 'review', status: 'failed' }],
  });
});

test('practice never decides the status or the score: only a submitted check does', () => {
  const practice = { ...finished('voluntary', 'good'), mode: 'practice' as const };
  const report = lmsReport(input({ lessonsRead: { voluntary: at(0) }, attempts: [practice] }, { quizzes: ['voluntary'] }));
  expect(report).toEqual({ status: 'incomplete', progress: 0.5, objectives: [{ id: 'voluntary', status: 'incomplete', progress: 0.5 }] });
  const check = { ...finished('voluntary', 'poor', 5), mode: 'check' as const, items: ['v1'] };
  expect(lmsReport(input({ lessonsRead: { voluntary: at(0) }, attempts: [practice, check] }, { quizzes: ['voluntary'] }))).toMatchObject({
    status: 'failed',
    score: 0,
  });
});

test('a module passed on an earlier content version is done, with the score it was earned with', () => {
  const earlierPasses = { voluntary: { contentVersion: '1.0.0', percent: 90, at: at(0) } };
  expect(lmsReport(input({ lessonsRead: { voluntary: at(0) }, earlierPasses }, { quizzes: ['voluntary'] }))).toEqual({
    status: 'passed',
    score: 90,
    progress: 1,
    objectives: [{ id: 'voluntary', status: 'passed', score: 90, progress: 1 }],
  });
});

test('an outcome the LMS already holds is never lowered', () => {
  const now = lmsReport(input({}));
  expect(keepRecordedOutcome(now, { status: 'passed', score: 90 })).toMatchObject({ status: 'passed', score: 90 });
  expect(keepRecordedOutcome(now, { status: 'completed' })).toEqual({ ...now, status: 'completed' });
  expect(keepRecordedOutcome(now, { status: 'failed', score: 30 })).toEqual(now);
  expect(keepRecordedOutcome(now, null)).toEqual(now);
});
