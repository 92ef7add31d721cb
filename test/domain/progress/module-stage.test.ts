import fc from 'fast-check';
import { expect, test } from 'vitest';
import { courseCount, modulesText, moduleStage, stageText, type ModuleStage } from '../../../src/domain/progress/module-stage';
import { moduleStatus, type ModuleStatus } from '../../../src/domain/progress/module-status';
import { emptyProgress, type Attempt, type Progress } from '../../../src/domain/progress/progress-model';

const T = '2026-03-01T09:00:00.000Z';
const attempt = (mode: Attempt['mode'], finished = true): Attempt => ({
  id: `${mode}-1`,
  quizId: 'hopeful',
  seed: 1,
  startedAt: T,
  mode,
  answers: {},
  ...(finished ? { finishedAt: T } : {}),
});
const base = { ...emptyProgress() };

test.each<[string, Partial<typeof base>, ModuleStatus, boolean, ModuleStage]>([
  ['nothing done', {}, 'not-started', true, 'not-started'],
  ['last place visited is the lesson', { lastLocation: '/module/hopeful' }, 'not-started', true, 'reading'],
  ['another lesson visited last', { lastLocation: '/module/voluntary' }, 'not-started', true, 'not-started'],
  ['lesson opened, nothing else', { lessonsOpened: { hopeful: T } }, 'not-started', true, 'reading'],
  [
    'lesson opened, then another opened (and visited last)',
    { lessonsOpened: { hopeful: T, voluntary: T }, lastLocation: '/module/voluntary' },
    'not-started',
    true,
    'reading',
  ],
  ['only another lesson opened', { lessonsOpened: { voluntary: T } }, 'not-started', true, 'not-started'],
  [
    'lesson opened, then its practice page visited last',
    { lessonsOpened: { hopeful: T }, lastLocation: '/module/hopeful/quiz' },
    'not-started',
    true,
    'reading',
  ],
  ['lesson opened and read', { lessonsOpened: { hopeful: T }, lessonsRead: { hopeful: T } }, 'in-progress', true, 'practicing'],
  [
    'lesson opened, a check passed, lesson unread',
    { lessonsOpened: { hopeful: T }, attempts: [attempt('check')] },
    'in-progress',
    true,
    'finish-lesson',
  ],
  [
    'lesson opened, a check below the mark',
    { lessonsOpened: { hopeful: T }, attempts: [attempt('check')] },
    'needs-another-try',
    true,
    'needs-another-try',
  ],
  ['a reflection written (status in progress)', {}, 'in-progress', true, 'reading'],
  ['lesson read', { lessonsRead: { hopeful: T } }, 'in-progress', true, 'practicing'],
  ['a practice round begun, lesson unread', { attempts: [attempt('practice', false)] }, 'in-progress', true, 'practicing'],
  ['a check passed, lesson unread', { attempts: [attempt('check')] }, 'in-progress', true, 'finish-lesson'],
  ['a finished check while scores load', { attempts: [attempt('check')] }, 'in-progress', false, 'practicing'],
  [
    'a pass kept from earlier content, lesson unread',
    { earlierPasses: { hopeful: { contentVersion: '1.0.0', percent: 90, at: T } } },
    'in-progress',
    false,
    'finish-lesson',
  ],
  ['a check below the mark', { attempts: [attempt('check')] }, 'needs-another-try', true, 'needs-another-try'],
  ['passed', { lessonsRead: { hopeful: T }, attempts: [attempt('check')] }, 'passed', true, 'passed'],
])('%s → %s', (_, parts, status, isScored, stage) => {
  expect(moduleStage({ ...base, ...parts }, 'hopeful', status, isScored)).toBe(stage);
});

test('a stage is passed exactly when the status is', () => {
  for (const status of ['not-started', 'in-progress', 'needs-another-try', 'passed'] as const)
    expect(moduleStage({ ...base, lessonsRead: { hopeful: T } }, 'hopeful', status, true) === 'passed').toBe(status === 'passed');
});

test('the best score shows only beside a verdict', () => {
  expect(stageText('passed', 100)).toBe('Passed · best score 100%');
  expect(stageText('needs-another-try', 50)).toBe('Needs another try · best score 50%');
  expect(stageText('practicing', 50)).toBe('Practicing');
});

test('the course count moves at the first step', () => {
  expect(courseCount(['not-started', 'not-started']).text).toBe('0 of 2 modules passed');
  expect(courseCount(['reading', 'not-started']).text).toBe('0 of 2 modules passed · 1 started');
  expect(courseCount(['passed', 'practicing', 'finish-lesson']).text).toBe('1 of 3 modules passed · 2 started');
});

const MODULES = ['voluntary', 'hopeful', 'respectful'];
/** The learner opens a module's lesson (at minute `m`): the lesson page notes it and becomes the last place. */
const open =
  (id: string, m = 0) =>
  (p: Progress): Progress => ({
    ...p,
    lessonsOpened: Object.hasOwn(p.lessonsOpened, id)
      ? p.lessonsOpened
      : { ...p.lessonsOpened, [id]: `2026-03-01T09:${String(m).padStart(2, '0')}:00.000Z` },
    lastLocation: `/module/${id}`,
  });
/** The learner reads a module's lesson to its end. */
const read =
  (id: string) =>
  (p: Progress): Progress => ({ ...p, lessonsRead: { ...p.lessonsRead, [id]: T } });
/** Every module's stage as home works it out (no finished checks, so no scores are needed). */
const stages = (p: Progress) => MODULES.map((id) => moduleStage(p, id, moduleStatus(p, id, undefined), true));
const after = (steps: ((p: Progress) => Progress)[]) => steps.reduce((p, step) => step(p), emptyProgress());

test.each<[string, ((p: Progress) => Progress)[], ModuleStage[], string]>([
  ['nothing opened', [], ['not-started', 'not-started', 'not-started'], '0 of 3 modules passed'],
  ['open Voluntary', [open('voluntary')], ['reading', 'not-started', 'not-started'], '0 of 3 modules passed · 1 started'],
  [
    'open Voluntary, then open Hopeful: both reading',
    [open('voluntary'), open('hopeful', 5)],
    ['reading', 'reading', 'not-started'],
    '0 of 3 modules passed · 2 started',
  ],
  [
    'open Voluntary, Hopeful, then Voluntary again',
    [open('voluntary'), open('hopeful', 5), open('voluntary', 9)],
    ['reading', 'reading', 'not-started'],
    '0 of 3 modules passed · 2 started',
  ],
  [
    'read Voluntary, then open Hopeful',
    [open('voluntary'), read('voluntary'), open('hopeful', 5)],
    ['practicing', 'reading', 'not-started'],
    '0 of 3 modules passed · 2 started',
  ],
  [
    'a record from before openings were noted, Voluntary the last place',
    [(p) => ({ ...p, lastLocation: '/module/voluntary' })],
    ['reading', 'not-started', 'not-started'],
    '0 of 3 modules passed · 1 started',
  ],
])('%s', (_, steps, expected, count) => {
  const progress = after(steps);
  expect(stages(progress)).toEqual(expected);
  expect(courseCount(stages(progress)).text).toBe(count);
});

test('opening lessons never takes the count back: every lesson opened is counted as started', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...MODULES), { maxLength: 12 }), (visits) => {
      let progress = emptyProgress();
      let started = 0;
      for (const [i, id] of visits.entries()) {
        progress = open(id, i)(progress);
        const now = courseCount(stages(progress)).started;
        expect(now).toBeGreaterThanOrEqual(started);
        expect(now).toBe(new Set(visits.slice(0, i + 1)).size);
        started = now;
      }
    }),
  );
});

test.each([
  [0, '0 modules'],
  [1, '1 module'],
  [2, '2 modules'],
  [10, '10 modules'],
])('%i modules read as "%s"', (count, text) => {
  expect(modulesText(count)).toBe(text);
});
