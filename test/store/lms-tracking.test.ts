import { afterEach, expect, test } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { Question } from '../../src/domain/content/content-types';
import { emptyProgress, type Attempt, type Progress } from '../../src/domain/progress/progress-model';
import { decodeSuspendData } from '../../src/domain/lms/suspend-data';
import { parseLmsConfig } from '../../src/store/scorm/lms-config';
import { COMMIT_GAP_MS } from '../../src/store/scorm/commit-pacer';
import { createConnection } from '../../src/store/scorm/lms-connection';
import { lmsProgressStorage } from '../../src/store/scorm/lms-storage';
import { bookmarkOf, startLmsTracking } from '../../src/store/scorm/lms-tracking';
import { scorm12Model } from '../../src/store/scorm/scorm12';
import { attemptAt } from '../fixtures/lms-state';
import { at } from '../fixtures/progress-fixtures';
import { fake12, fakeClock } from './scorm-fakes';

const question: Question = {
  id: 'v1',
  kind: 'single',
  value: 'voluntary',
  setting: 'er',
  title: 'One',
  situation: 'A situation.',
  prompt: 'What do you do?',
  options: [
    { id: 'good', text: 'Good', feedback: 'Why', best: true },
    { id: 'poor', text: 'Poor', feedback: 'Why not' },
  ],
};
const banks = { voluntary: [question] };
let stop = () => {};
afterEach(() => {
  stop();
  window.location.hash = '';
});

function setup(initial: Record<string, string> = {}) {
  const lms = fake12(initial);
  const clock = fakeClock(Date.UTC(2026, 0, 1));
  const connection = createConnection(scorm12Model(lms.api), { now: clock.now, schedule: clock.schedule, onHealth: () => {} });
  const start = connection.start();
  if (!start) throw new Error('no session');
  const store = createStore<Progress>()(() => emptyProgress());
  const storage = lmsProgressStorage({ connection, banks, initial: emptyProgress(), version: 1, onTooLarge: () => {} });
  // As zustand's persist does: listeners first, then the save.
  const set = (change: Partial<Progress> | ((s: Progress) => Partial<Progress>)) => {
    store.setState(change);
    void storage.setItem('psv-progress', { state: store.getState(), version: 1 });
  };
  const course = { banks, quizzes: ['voluntary'], withLesson: new Set(['voluntary']), passMark: 80 };
  const options = { ...start, connection, progress: store, course, win: window };
  stop = startLmsTracking({ ...options, now: clock.now, schedule: clock.schedule });
  const commits = () => lms.log.filter((l) => l === 'LMSCommit').length;
  return { lms, set, clock, commits };
}

const withAnswer = (optionId?: string) =>
  attemptAt('voluntary', Date.UTC(2026, 0, 1), optionId ? { v1: { kind: 'single', optionId } } : {});
const answering = (optionId: string) => (s: Progress) => ({
  attempts: s.attempts.map((a) => ({ ...a, answers: { v1: { kind: 'single' as const, optionId } } })),
});

test('launch commits once; a lesson read is reported at once and committed by the pacer, with its suspend data', () => {
  const { lms, set, clock, commits } = setup();
  expect(commits()).toBe(1);
  set({ lessonsRead: { voluntary: at(0) } });
  expect(lms.values.get('cmi.objectives.0.status')).toBe('incomplete');
  expect(commits()).toBe(1);
  clock.advance(COMMIT_GAP_MS);
  expect(commits()).toBe(2);
  expect(lms.log.slice(-2)).toEqual([expect.stringMatching(/^LMSSetValue cmi.suspend_data = .*voluntary/), 'LMSCommit']);
});

test('every answer is committed within the gap, and never two commits within one gap', () => {
  const { lms, set, clock, commits } = setup();
  clock.advance(10_000);
  set({ attempts: [withAnswer()] });
  clock.advance(0);
  expect(commits()).toBe(2);
  // Answers a second apart: the next commit waits for the gap, then carries both.
  clock.advance(1_000);
  set(answering('poor'));
  clock.advance(1_000);
  set(answering('good'));
  expect(commits()).toBe(2);
  expect(clock.waiting()).toEqual([COMMIT_GAP_MS - 2_000]);
  clock.advance(COMMIT_GAP_MS - 2_000);
  expect(commits()).toBe(3);
  const saved = decodeSuspendData(lms.values.get('cmi.suspend_data') ?? '', banks).progress.attempts[0]?.answers;
  expect(saved).toEqual({ v1: { kind: 'single', optionId: 'good' } });
  // Nothing the LMS keeps has changed: no commit.
  set({ lastLocation: '/module/voluntary' });
  clock.advance(COMMIT_GAP_MS * 3);
  expect(commits()).toBe(3);
});

test('submitting a mastery check reports the module passed and commits', () => {
  const { lms, set, clock, commits } = setup();
  set({ lessonsRead: { voluntary: at(0) }, attempts: [{ ...withAnswer('good'), mode: 'check', items: ['v1'] }] });
  clock.advance(COMMIT_GAP_MS);
  set((s) => ({ attempts: s.attempts.map((a) => ({ ...a, finishedAt: at(9) })) }));
  clock.advance(COMMIT_GAP_MS);
  expect(commits()).toBe(3);
  expect(lms.values.get('cmi.core.lesson_status')).toBe('passed');
  expect(lms.values.get('cmi.core.score.raw')).toBe('100');
  expect(decodeSuspendData(lms.values.get('cmi.suspend_data') ?? '', banks).progress.attempts).toHaveLength(1);
});

test('opening a module’s lesson makes its objective incomplete in the same session', () => {
  const { lms, clock, commits } = setup();
  expect(lms.values.get('cmi.objectives.0.status')).toBe('not attempted');
  window.location.hash = '#/module/voluntary';
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  expect(lms.values.get('cmi.objectives.0.status')).toBe('incomplete');
  clock.advance(COMMIT_GAP_MS);
  expect(commits()).toBe(2);
});

test('an objective the LMS recorded as begun stays incomplete on the next launch', () => {
  const { lms } = setup({
    'cmi.core.lesson_status': 'incomplete',
    'cmi.objectives._count': '1',
    'cmi.objectives.0.id': 'voluntary',
    'cmi.objectives.0.status': 'incomplete',
  });
  expect(lms.log.filter((l) => l.startsWith('LMSSetValue cmi.objectives.0.status'))).toEqual([
    'LMSSetValue cmi.objectives.0.status = incomplete',
  ]);
});

test('page changes move the bookmark without a commit; hiding the page commits at once', () => {
  const { lms, clock, commits } = setup();
  window.location.hash = '#/module/voluntary';
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  expect(lms.values.get('cmi.core.lesson_location')).toBe('#/module/voluntary');
  window.location.hash = '#/scoring';
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  clock.advance(COMMIT_GAP_MS);
  // The objective moved (the module was opened), so one paced commit; the bookmark rides along.
  expect(commits()).toBe(2);
  expect(lms.log.at(-2)).toBe('LMSSetValue cmi.core.lesson_location = #/scoring');
  Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  expect(commits()).toBe(3);
});

test('pagehide finishes once with exit suspend while unfinished, and nothing follows', () => {
  const { lms, set, clock } = setup();
  set({ lessonsRead: { voluntary: at(0) } });
  window.dispatchEvent(new Event('pagehide'));
  window.dispatchEvent(new Event('pagehide'));
  set({ lessonsRead: { voluntary: at(0), hopeful: at(1) } });
  clock.advance(COMMIT_GAP_MS * 2);
  expect(lms.values.get('cmi.core.exit')).toBe('suspend');
  expect(lms.log.filter((l) => l === 'LMSFinish')).toHaveLength(1);
  expect(lms.log.at(-1)).toBe('LMSFinish');
});

test('a passed course exits normally at the end and is not lowered by a later reset', () => {
  const { lms, set } = setup({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '100' });
  set({ lessonsRead: { voluntary: at(0) } });
  expect(lms.values.get('cmi.core.lesson_status')).toBe('passed');
  window.dispatchEvent(new Event('pagehide'));
  expect(lms.values.get('cmi.core.exit')).toBe('');
});

test('only plain hash routes are bookmarks', () => {
  expect(bookmarkOf('#/module/hopeful/quiz')).toBe('#/module/hopeful/quiz');
  expect(bookmarkOf('#/')).toBe('#/');
  for (const bad of ['', '#', '/module/x', '#/assign?data=x', 'javascript:alert(1)', '#/a b']) expect(bookmarkOf(bad)).toBeNull();
});

test('the package settings are checked against the course', () => {
  const all = ['voluntary', 'hopeful', 'review'];
  expect(parseLmsConfig({}, all, 80)).toEqual({ quizzes: all, passMark: 80, scoreMode: 'final' });
  expect(parseLmsConfig({ version: '1.2', modules: 'hopeful, voluntary,nope', passMark: '90', score: 'running' }, all, 80)).toEqual({
    version: '1.2',
    quizzes: ['voluntary', 'hopeful'],
    passMark: 90,
    scoreMode: 'running',
  });
  expect(parseLmsConfig({ version: '3', modules: 'nope', passMark: 'none', score: 'mean' }, all, 80)).toEqual({
    quizzes: all,
    passMark: null,
    scoreMode: 'final',
  });
  for (const bad of ['101', '-1', '8.5', 'eighty']) expect(parseLmsConfig({ passMark: bad }, all, 80).passMark).toBe(80);
});

test('each answer is written once as the next interaction after those the LMS holds, and committed with it', () => {
  const { lms, set, clock, commits } = setup({ 'cmi.core.lesson_status': 'incomplete', 'cmi.interactions._count': '2' });
  set({ attempts: [withAnswer()] });
  clock.advance(12_500);
  set(answering('poor'));
  const interaction = Object.fromEntries([...lms.values].filter(([k]) => k.startsWith('cmi.interactions.')));
  expect(interaction).toEqual({
    'cmi.interactions._count': '2',
    'cmi.interactions.2.id': 'practice_v1',
    'cmi.interactions.2.objectives.0.id': 'voluntary',
    'cmi.interactions.2.time': expect.stringMatching(/^\d\d:00:12$/),
    'cmi.interactions.2.type': 'choice',
    'cmi.interactions.2.correct_responses.0.pattern': 'a',
    'cmi.interactions.2.weighting': '1',
    'cmi.interactions.2.student_response': 'b',
    'cmi.interactions.2.result': 'wrong',
    'cmi.interactions.2.latency': '0000:00:12.50',
  });
  clock.advance(COMMIT_GAP_MS);
  expect(lms.log.at(-1)).toBe('LMSCommit');
  expect(commits()).toBe(3);
  set({ lessonsRead: { voluntary: at(0) } });
  expect(lms.log.filter((l) => l.startsWith('LMSSetValue cmi.interactions.'))).toHaveLength(9);
});

test('a mastery check’s answers are written when it is submitted, in the form’s order', () => {
  const { lms, set, clock } = setup();
  const check: Attempt = { ...withAnswer(), mode: 'check', items: ['v1'] };
  set({ attempts: [check] });
  clock.advance(5_000);
  set(answering('good'));
  expect(lms.log.some((l) => l.startsWith('LMSSetValue cmi.interactions.'))).toBe(false);
  clock.advance(5_000);
  set((s) => ({ attempts: s.attempts.map((a) => ({ ...a, finishedAt: at(9) })) }));
  expect(lms.values.get('cmi.interactions.0.id')).toBe('check_v1');
  expect(lms.values.get('cmi.interactions.0.result')).toBe('correct');
  expect(lms.values.get('cmi.interactions.0.latency')).toBe('0000:00:05.00');
});
