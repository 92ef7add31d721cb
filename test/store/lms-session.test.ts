// The LMS start-up as lms-main.tsx runs it: startLmsSession with a fake SCORM runtime on the
// window, exercising its real wiring (discovery, restore, storage swap, status, tracking)
// instead of rebuilding it in the test.
import { afterEach, beforeEach, expect, test } from 'vitest';
import { loadQuestions } from '../../src/course/bank-loader';
import { allQuizzes } from '../../src/course/course-data';
import { emptyProgress } from '../../src/domain/progress/progress-model';
import type { SuspendBanks } from '../../src/domain/lms/suspend-data';
import { encodeSuspendData } from '../../src/domain/lms/suspend-data';
import { useProgress } from '../../src/store/progress-store';
import { startLmsSession } from '../../src/store/scorm/lms-session';
import { useLmsStatus } from '../../src/store/scorm/lms-status';
import { at } from '../fixtures/progress-fixtures';
import { fake12 } from './scorm-fakes';

let banks: SuspendBanks;
const config = () => ({ version: '1.2' as const, quizzes: allQuizzes.map((q) => q.id), passMark: 80, scoreMode: 'final' as const });
const withLesson = new Set(allQuizzes.filter((q) => q.id !== 'review').map((q) => q.id));

beforeEach(async () => {
  banks = Object.fromEntries(await Promise.all(allQuizzes.map(async (q) => [q.id, await loadQuestions(q)] as const)));
  useProgress.setState(emptyProgress());
  window.location.hash = '';
});

afterEach(() => {
  delete (window as unknown as { API?: unknown }).API;
});

test('without an LMS the session says so and keeps progress in memory only', async () => {
  const result = await startLmsSession({ win: window, config: config(), banks, withLesson });
  expect(result.mode).toBe('no-lms');
  expect(useLmsStatus.getState().mode).toBe('no-lms');
  localStorage.clear();
  useProgress.getState().markLessonRead('voluntary', at(1));
  expect(useProgress.getState().lessonsRead).toEqual({ voluntary: at(1) });
  expect(localStorage.getItem('psv-progress')).toBeNull();
});

test('a returning learner gets the progress and place the LMS kept, and the LMS hears what changes', async () => {
  const saved = encodeSuspendData({ ...emptyProgress(), lessonsRead: { hopeful: at(0) }, updatedAt: at(0) }, banks, 4096).text;
  const lms = fake12({ 'cmi.core.lesson_status': 'incomplete', 'cmi.suspend_data': saved, 'cmi.core.lesson_location': '#/module/hopeful' });
  (window as unknown as { API: unknown }).API = lms.api;
  const result = await startLmsSession({ win: window, config: config(), banks, withLesson });
  expect(result).toEqual({ mode: 'connected', bookmark: '#/module/hopeful' });
  expect(window.location.hash).toBe('#/module/hopeful');
  expect(useProgress.getState().lessonsRead).toEqual({ hopeful: at(0) });
  localStorage.clear();
  useProgress.getState().markLessonRead('voluntary', at(2));
  await Promise.resolve();
  expect(lms.values.get('cmi.suspend_data')).toContain('voluntary');
  expect(localStorage.getItem('psv-progress')).toBeNull();
});

test('an LMS that refuses to start leaves the course usable, in memory, with the reason shown', async () => {
  const lms = fake12();
  lms.behavior.refuse.add('LMSInitialize');
  (window as unknown as { API: unknown }).API = lms.api;
  const result = await startLmsSession({ win: window, config: config(), banks, withLesson });
  expect(result.mode).toBe('no-lms');
  expect(useLmsStatus.getState().mode).toBe('no-lms');
  expect(result.mode === 'no-lms' && result.reason).toMatch(/\S/);
});
