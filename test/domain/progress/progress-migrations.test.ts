// @vitest-environment node
import { expect, test } from 'vitest';
import { MIGRATIONS, migrateProgress } from '../../../src/domain/progress/progress-migrations';
import { restoreProgress } from '../../../src/domain/progress/progress-restore';
import pilotText from '../../fixtures/progress-v0-pilot.json?raw';
import { progressWith } from '../../fixtures/progress-fixtures';
import v2Fixture from '../../fixtures/progress-v2-content-2.0.0.json';
import v3Fixture from '../../fixtures/progress-v3-practice-and-check.json';
import { summarizeAttempts } from '../../../src/domain/progress/attempt-summary';
import { moduleStatus } from '../../../src/domain/progress/module-status';

/** What the pilot build left in localStorage: `{ state, version: 0 }`. */
const pilot = () => JSON.parse(pilotText) as { state: Record<string, unknown>; version: number };

/** Migrates a v0 state and validates it, as loading does. */
const fromPilot = (state: unknown) => restoreProgress(migrateProgress(state, 0).saved);

test('the pilot (v0) fixture migrates to the current shape with nothing lost', () => {
  const { state, version } = pilot();
  const { saved, applied } = migrateProgress(state, version);
  expect(applied).toEqual(['pilot-to-attempts', 'earlier-passes-and-tombstones', 'practice-and-check', 'lessons-opened']);
  expect(restoreProgress(saved)).toEqual({
    progress: progressWith({
      lessonsRead: { voluntary: '2025-11-02T18:31:12.000Z', hopeful: '2025-11-02T18:31:12.000Z' },
      attempts: [
        {
          id: 'voluntary-pilot',
          quizId: 'voluntary',
          seed: 1234,
          startedAt: '2025-11-02T18:30:00.000Z',
          finishedAt: '2025-11-02T18:30:00.000Z',
          mode: 'quiz',
          answers: {
            'vol-er-naloxone': { kind: 'single', optionId: 'invite' },
            'vol-reentry-parole-report': { kind: 'branch', path: ['check-role'] },
          },
        },
        {
          id: 'hopeful-pilot',
          quizId: 'hopeful',
          seed: 99,
          startedAt: '2025-11-02T18:31:12.000Z',
          mode: 'practice',
          answers: { 'hope-warmline-relapse': { kind: 'single', optionId: 'curious' } },
        },
      ],
      learnerName: 'Jordan Pilot',
      updatedAt: '2025-11-02T18:31:12.000Z',
    }),
    problems: [],
  });
});

test('a v1 record (content 1.0.0) gains empty earlier passes and tombstones and keeps everything else', () => {
  const v1 = {
    lessonsRead: { voluntary: '2026-10-01T10:00:00.000Z' },
    attempts: [
      {
        id: 'voluntary-1',
        quizId: 'voluntary',
        seed: 7,
        startedAt: '2026-10-01T10:05:00.000Z',
        finishedAt: '2026-10-01T10:20:00.000Z',
        answers: { 'vol-er-naloxone': { kind: 'single', optionId: 'invite' } },
      },
    ],
    reflections: {},
    learnerName: 'Jordan',
    assignments: [],
    lastLocation: '/module/voluntary',
    setAside: [],
    updatedAt: '2026-10-01T10:20:00.000Z',
  };
  const { saved, applied } = migrateProgress(v1, 1);
  expect(applied).toEqual(['earlier-passes-and-tombstones', 'practice-and-check', 'lessons-opened']);
  expect(restoreProgress(saved)).toEqual({
    progress: {
      ...v1,
      attempts: v1.attempts.map((a) => ({ ...a, mode: 'quiz' })),
      lessonsOpened: {},
      earlierPasses: {},
      deleted: { attempts: [], modules: {}, assignments: {} },
    },
    problems: [],
  });
});

test('a v2 record (content 2.0.0, before practice and checks) keeps its passes: finished attempts become whole-bank quizzes', async () => {
  const { state, version } = v2Fixture as { state: Record<string, unknown>; version: number };
  const { saved, applied } = migrateProgress(state, version);
  expect(applied).toEqual(['practice-and-check', 'lessons-opened']);
  const { progress, problems } = restoreProgress(saved);
  expect(problems).toEqual([]);
  const [passed, open] = progress.attempts;
  expect(passed).toMatchObject({ id: 'voluntary-mhz1a2b3-1x9k', mode: 'quiz', finishedAt: '2026-11-20T10:40:00.000Z' });
  expect(passed?.items).toBeUndefined();
  // The unfinished one showed the check items with feedback and passed nothing: it is practice now.
  expect(open).toMatchObject({ id: 'hopeful-mhz9c8d7-2y7j', mode: 'practice' });
  expect(open?.answers).toEqual({ 'hop-er-first-overdose': { kind: 'single', optionId: 'went-back-twice' } });
  const voluntary = (await import('../../../content/01-voluntary/scenarios')).default.questions;
  const summary = summarizeAttempts(progress, 'voluntary', voluntary, 80);
  expect(summary.best?.score.percent).toBeGreaterThanOrEqual(80);
  expect(moduleStatus(progress, 'voluntary', summary)).toBe('passed');
  expect(moduleStatus(progress, 'respectful', undefined)).toBe('in-progress');
  expect(progress.earlierPasses).toEqual({ respectful: { contentVersion: '1.0.0', percent: 90, at: '2026-06-01T12:00:00.000Z' } });
  expect(progress.reflections.voluntary?.text).toBe('Choice matters.');
});

test('a v3 record (practice and checks) gains an empty list of lessons opened and keeps everything else exactly', () => {
  const { state, version } = v3Fixture as { state: Record<string, unknown>; version: number };
  const { saved, applied } = migrateProgress(state, version);
  expect(applied).toEqual(['lessons-opened']);
  // Nothing is guessed: not from the last place (hopeful) nor from the lesson read (voluntary).
  expect(restoreProgress(saved)).toEqual({ progress: { ...state, lessonsOpened: {} }, problems: [] });
});

test('steps are named, start at version 0 and run one version at a time', () => {
  expect(MIGRATIONS.map((m) => m.from)).toEqual(MIGRATIONS.map((_, i) => i));
  expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
  for (const step of MIGRATIONS) expect(step.name).toMatch(/^[a-z]+(-[a-z]+)+$/);
});

test('progress already at the newest version is not touched', () => {
  const state = { lessonsRead: {} };
  expect(migrateProgress(state, MIGRATIONS.length)).toEqual({ saved: state, applied: [] });
});

test('progress from a future version is left as is for restore to read what it can', () => {
  const state = { lessonsRead: {}, somethingNew: true };
  expect(migrateProgress(state, MIGRATIONS.length + 3)).toEqual({ saved: state, applied: [] });
});

test('a pilot record that is not an object is passed on for restore to reject', () => {
  expect(migrateProgress('corrupt', 0)).toEqual({ saved: 'corrupt', applied: [] });
  expect(fromPilot('corrupt').problems).toEqual(['The saved progress was not readable.']);
});

test('junk inside a pilot record is skipped and the rest migrates', () => {
  const { progress, problems } = fromPilot({
    completedLessons: ['voluntary', 42, '__proto__', null],
    quizzes: {
      respectful: 'not a quiz',
      hopeful: { seed: 3.7, answers: 'none' },
      voluntary: { seed: 5, finishedAt: '2025-11-02T18:30:00.000Z', answers: {} },
    },
    name: 12,
    savedAt: '2025-11-02T18:31:12.000Z',
  });
  expect(Object.keys(progress.lessonsRead)).toEqual(['voluntary']);
  expect(progress.attempts.map((a) => [a.id, a.seed])).toEqual([
    ['hopeful-pilot', 0],
    ['voluntary-pilot', 5],
  ]);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(problems).toEqual(['The saved name was unreadable and was left out.']);
});

test('a pilot record with no save time dates its marks at the epoch rather than losing them', () => {
  const { progress } = fromPilot({ completedLessons: ['voluntary'] });
  expect(progress.lessonsRead).toEqual({ voluntary: '1970-01-01T00:00:00.000Z' });
});

test.each([
  ['milliseconds since 1970', Date.UTC(2025, 10, 2, 18, 31, 12)],
  ['an ISO time with an offset', '2025-11-02T19:31:12+01:00'],
  ['an ISO time without milliseconds', '2025-11-02T18:31:12Z'],
])('a pilot save time written as %s still dates the lesson marks', (_, savedAt) => {
  const { progress, problems } = fromPilot({
    completedLessons: ['voluntary'],
    quizzes: { voluntary: { seed: 1, finishedAt: savedAt, answers: {} } },
    savedAt,
  });
  expect(progress.lessonsRead).toEqual({ voluntary: '2025-11-02T18:31:12.000Z' });
  expect(progress.attempts[0]?.finishedAt).toBe('2025-11-02T18:31:12.000Z');
  expect(problems).toEqual([]);
});
