import { afterEach, expect, test } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { Question } from '../../src/domain/content/content-types';
import { emptyProgress, type Progress } from '../../src/domain/progress/progress-model';
import { decodeSuspendData } from '../../src/domain/lms/suspend-data';
import { parseLmsConfig } from '../../src/store/scorm/lms-config';
import { createConnection } from '../../src/store/scorm/lms-connection';
import { lmsProgressStorage } from '../../src/store/scorm/lms-storage';
import { bookmarkOf, startLmsTracking } from '../../src/store/scorm/lms-tracking';
import { scorm12Model } from '../../src/store/scorm/scorm12';
import { attemptAt } from '../fixtures/lms-state';
import { at } from '../fixtures/progress-fixtures';
import { fake12, manualTimers } from './scorm-fakes';

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
  const timers = manualTimers();
  const connection = createConnection(scorm12Model(lms.api), { now: () => 0, schedule: timers.schedule, onHealth: () => {} });
  const start = connection.start();
  if (!start) throw new Error('no session');
  const store = createStore<Progress>()(() => emptyProgress());
  const storage = lmsProgressStorage({ connection, banks, initial: emptyProgress(), version: 1, onTooLarge: () => {} });
  store.subscribe((state) => storage.setItem('psv-progress', { state, version: 1 }));
  const course = { banks, quizzes: ['voluntary'], withLesson: new Set(['voluntary']), passMark: 80 };
  stop = startLmsTracking({ connection, progress: store, course, recorded: start.recorded, win: window });
  const commits = () => lms.log.filter((l) => l === 'LMSCommit').length;
  return { lms, store, commits };
}

test('launch commits once; reading a lesson and finishing an attempt each report and commit', () => {
  const { lms, store, commits } = setup();
  expect(commits()).toBe(1);
  store.setState({ lessonsRead: { voluntary: at(0) } });
  expect(commits()).toBe(2);
  expect(lms.values.get('cmi.objectives.0.status')).toBe('incomplete');
  const open = attemptAt('voluntary', Date.UTC(2026, 0, 1), { v1: { kind: 'single', optionId: 'good' } });
  store.setState((s) => ({ attempts: [...s.attempts, open] }));
  expect(commits()).toBe(2);
  store.setState((s) => ({ attempts: s.attempts.map((a) => ({ ...a, finishedAt: at(9) })) }));
  expect(commits()).toBe(3);
  expect(lms.values.get('cmi.core.lesson_status')).toBe('passed');
  expect(lms.values.get('cmi.core.score.raw')).toBe('100');
  expect(decodeSuspendData(lms.values.get('cmi.suspend_data') ?? '', banks).progress.attempts).toHaveLength(1);
});

test('page changes move the bookmark without a commit; hiding the page commits', () => {
  const { lms, commits } = setup();
  window.location.hash = '#/module/voluntary';
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  expect(lms.values.get('cmi.core.lesson_location')).toBe('#/module/voluntary');
  expect(commits()).toBe(1);
  Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
  Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  expect(commits()).toBe(2);
});

test('pagehide finishes once with exit suspend while unfinished, and nothing follows', () => {
  const { lms, store } = setup();
  window.dispatchEvent(new Event('pagehide'));
  window.dispatchEvent(new Event('pagehide'));
  store.setState({ lessonsRead: { voluntary: at(0) } });
  expect(lms.values.get('cmi.core.exit')).toBe('suspend');
  expect(lms.log.filter((l) => l === 'LMSFinish')).toHaveLength(1);
  expect(lms.log.at(-1)).toBe('LMSFinish');
});

test('a passed course exits normally at the end and is not lowered by a later reset', () => {
  const { lms, store } = setup({ 'cmi.core.lesson_status': 'passed', 'cmi.core.score.raw': '100' });
  store.setState({ lessonsRead: { voluntary: at(0) } });
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
  expect(parseLmsConfig({}, all, 80)).toEqual({ quizzes: all, passMark: 80 });
  expect(parseLmsConfig({ version: '1.2', modules: 'hopeful, voluntary,nope', passMark: '90' }, all, 80)).toEqual({
    version: '1.2',
    quizzes: ['voluntary', 'hopeful'],
    passMark: 90,
  });
  expect(parseLmsConfig({ version: '3', modules: 'nope', passMark: 'none' }, all, 80)).toEqual({ quizzes: all, passMark: null });
  for (const bad of ['101', '-1', '8.5', 'eighty']) expect(parseLmsConfig({ passMark: bad }, all, 80).passMark).toBe(80);
});
