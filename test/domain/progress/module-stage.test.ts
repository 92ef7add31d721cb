import { expect, test } from 'vitest';
import { courseCount, moduleStage, stageText, type ModuleStage } from '../../../src/domain/progress/module-stage';
import type { ModuleStatus } from '../../../src/domain/progress/module-status';
import { emptyProgress, type Attempt } from '../../../src/domain/progress/progress-model';

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
