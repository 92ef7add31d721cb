// @vitest-environment node
import { expect, test } from 'vitest';
import type { LmsReport } from '../../src/domain/lms/lms-report';
import { findLmsApi, type FrameLike } from '../../src/store/scorm/find-api';
import { createConnection, type LmsHealth } from '../../src/store/scorm/lms-connection';
import { scorm12Model } from '../../src/store/scorm/scorm12';
import { scorm2004Model } from '../../src/store/scorm/scorm2004';
import { fake12, fake2004, manualTimers } from './scorm-fakes';

/** A frame tree node; `props` are what the LMS put on that window. */
function frame(parent: FrameLike | null, props: Record<string, unknown> = {}, opener: FrameLike | null = null): FrameLike {
  const win = { ...props, opener, parent: null as FrameLike | null, top: null as FrameLike | null };
  win.parent = parent ?? win;
  win.top = parent ? parent.top : win;
  return win;
}

/** A window on another origin: reading anything but the frame links throws, as browsers do. */
function foreign(parent: FrameLike | null): FrameLike {
  const inner = frame(parent);
  return new Proxy(inner, {
    get: (target, key) => {
      if (key === 'parent' || key === 'top' || key === 'opener') return target[key];
      throw new DOMException('Blocked a frame from accessing a cross-origin frame.', 'SecurityError');
    },
  });
}

test('finds the 1.2 API two frames up, past an ancestor on another origin', () => {
  const { api } = fake12();
  const lms = frame(null, { API: api });
  const course = frame(foreign(frame(lms)));
  expect(findLmsApi(course)).toEqual({ version: '1.2', api });
});

test('finds the API through the window that opened the course’s popup', () => {
  const { api } = fake2004();
  const lmsTop = frame(null, { API_1484_11: api });
  const popup = frame(null, {}, frame(lmsTop));
  expect(findLmsApi(frame(popup))).toEqual({ version: '2004', api });
});

test('prefers 2004 when both are offered, and takes only the packaged version when told', () => {
  const a12 = fake12().api;
  const a04 = fake2004().api;
  const lms = frame(null, { API: a12, API_1484_11: a04 });
  expect(findLmsApi(frame(lms))?.version).toBe('2004');
  expect(findLmsApi(frame(lms), '1.2')).toEqual({ version: '1.2', api: a12 });
  expect(findLmsApi(frame(frame(null, { API: a12 })), '2004')).toBeNull();
});

test('ignores objects that are not a SCORM API, and finds nothing without an LMS', () => {
  expect(findLmsApi(frame(frame(null, { API: { LMSInitialize: () => 'true' }, API_1484_11: 'nope' })))).toBeNull();
  expect(findLmsApi(foreign(null))).toBeNull();
});

const report: LmsReport = {
  status: 'incomplete',
  score: 40,
  progress: 0.5,
  objectives: [
    { id: 'voluntary', status: 'passed', score: 80, progress: 1 },
    { id: 'hopeful', status: 'not attempted', progress: 0 },
  ],
};

function connect12(initial: Record<string, string> = {}) {
  const lms = fake12(initial);
  const health: LmsHealth[] = [];
  const timers = manualTimers();
  let now = 1_000;
  const connection = createConnection(scorm12Model(lms.api), {
    now: () => now,
    schedule: timers.schedule,
    onHealth: (h) => health.push(h),
  });
  return { lms, health, timers, connection, advance: (ms: number) => (now += ms) };
}

test('a first launch reads the empty record and marks the lesson incomplete', () => {
  const { lms, connection } = connect12({ 'cmi.core.lesson_status': 'not attempted' });
  expect(connection.start()).toEqual({ suspendData: '', location: '', recorded: { status: 'not attempted' }, begun: [], interactions: 0 });
  expect(lms.log[0]).toBe('LMSInitialize');
  expect(lms.values.get('cmi.core.lesson_status')).toBe('incomplete');
});

test('a returning learner’s status, score, bookmark, suspend data and begun objectives are read back', () => {
  const { connection } = connect12({
    'cmi.core.lesson_status': 'passed',
    'cmi.core.score.raw': '85',
    'cmi.suspend_data': '{"v":1}',
    'cmi.core.lesson_location': '#/module/hopeful',
    'cmi.objectives._count': '3',
    'cmi.objectives.0.id': 'voluntary',
    'cmi.objectives.0.status': 'passed',
    'cmi.objectives.1.id': 'hopeful',
    'cmi.objectives.1.status': 'not attempted',
    'cmi.objectives.2.id': 'open-minded',
    'cmi.objectives.2.status': 'incomplete',
  });
  expect(connection.start()).toEqual({
    suspendData: '{"v":1}',
    location: '#/module/hopeful',
    recorded: { status: 'passed', score: 85 },
    begun: ['voluntary', 'open-minded'],
    interactions: 0,
  });
});

test('status, score (min and max first) and objectives go to the 1.2 elements; values the LMS already has are not sent again', () => {
  const { lms, connection } = connect12();
  connection.start();
  connection.report(report);
  const sets = lms.log.filter((l) => l.startsWith('LMSSetValue'));
  expect(sets).toEqual([
    'LMSSetValue cmi.core.lesson_status = incomplete',
    'LMSSetValue cmi.core.score.min = 0',
    'LMSSetValue cmi.core.score.max = 100',
    'LMSSetValue cmi.core.score.raw = 40',
    'LMSSetValue cmi.objectives.0.id = voluntary',
    'LMSSetValue cmi.objectives.0.status = passed',
    'LMSSetValue cmi.objectives.0.score.min = 0',
    'LMSSetValue cmi.objectives.0.score.max = 100',
    'LMSSetValue cmi.objectives.0.score.raw = 80',
    'LMSSetValue cmi.objectives.1.id = hopeful',
    'LMSSetValue cmi.objectives.1.status = not attempted',
  ]);
  const before = lms.log.length;
  connection.report(report);
  expect(lms.log.length).toBe(before);
});

test('a refused commit is read back as an error, retried three times, then reported as not saved', () => {
  const { lms, health, timers, connection } = connect12();
  connection.start();
  lms.behavior.refuse.add('LMSCommit');
  expect(connection.commit()).toBe(false);
  expect(health.at(-1)).toEqual({ kind: 'failing', detail: 'Commit: error 101: General exception database unavailable', isRetrying: true });
  expect(timers.delays()).toEqual([500]);
  timers.runAll();
  expect(lms.log.filter((l) => l === 'LMSCommit')).toHaveLength(4);
  expect(health.at(-1)).toEqual({
    kind: 'failing',
    detail: 'Commit: error 101: General exception database unavailable',
    isRetrying: false,
  });
  lms.behavior.refuse.clear();
  expect(connection.commit()).toBe(true);
  expect(health.at(-1)).toEqual({ kind: 'saved' });
});

test('a retry that succeeds clears the problem, and a new commit replaces a pending retry', () => {
  const { lms, health, timers, connection } = connect12();
  connection.start();
  lms.behavior.refuse.add('LMSCommit');
  connection.commit();
  connection.commit();
  lms.behavior.refuse.clear();
  timers.runAll();
  expect(lms.log.filter((l) => l === 'LMSCommit')).toHaveLength(3);
  expect(health.at(-1)).toEqual({ kind: 'saved' });
});

test('a refused value stays pending and is sent again with the next commit', () => {
  const { lms, health, connection } = connect12();
  connection.start();
  lms.behavior.refuse.add('LMSSetValue');
  connection.setSuspendData('{"v":1,"q":{}}');
  expect(health.at(-1)).toMatchObject({
    kind: 'failing',
    detail: 'Saving cmi.suspend_data: error 101: General exception database unavailable',
  });
  lms.behavior.refuse.clear();
  expect(connection.commit()).toBe(true);
  expect(lms.values.get('cmi.suspend_data')).toBe('{"v":1,"q":{}}');
});

test('an LMS that stops answering (every call throws) is reported, and nothing throws into the course', () => {
  const { lms, health, timers, connection } = connect12();
  connection.start();
  lms.behavior.isDown = true;
  expect(() => {
    connection.setLocation('#/module/voluntary');
    connection.report(report);
    expect(connection.commit()).toBe(false);
    timers.runAll();
    connection.finish(false);
  }).not.toThrow();
  expect(health).toContainEqual({ kind: 'failing', detail: 'Commit: the LMS did not answer', isRetrying: false });
  expect(health.every((h) => h.kind === 'ended' || (h.kind === 'failing' && h.detail.endsWith('the LMS did not answer')))).toBe(true);
  expect(health.at(-1)).toEqual({ kind: 'ended', isSaved: false });
});

test('finish writes session time and exit, commits, finishes once, and nothing is called after it', () => {
  const { lms, connection, advance, timers } = connect12();
  connection.start();
  advance(3_723_450);
  connection.finish(false);
  expect(lms.log.slice(-4)).toEqual([
    'LMSSetValue cmi.core.session_time = 0001:02:03.45',
    'LMSSetValue cmi.core.exit = suspend',
    'LMSCommit',
    'LMSFinish',
  ]);
  const calls = lms.calls();
  connection.setSuspendData('later');
  connection.report(report);
  connection.commit();
  connection.finish(true);
  timers.runAll();
  expect(lms.calls()).toBe(calls);
});

test('a finished course exits normally; a refused commit at the end is retried at once, then the session still ends', () => {
  const { lms, health, connection } = connect12();
  connection.start();
  lms.behavior.refuse.add('LMSCommit');
  connection.finish(true);
  expect(lms.values.get('cmi.core.exit')).toBe('');
  expect(lms.log.filter((l) => l === 'LMSCommit')).toHaveLength(4);
  expect(lms.log.at(-1)).toBe('LMSFinish');
  expect(health.at(-1)).toEqual({ kind: 'ended', isSaved: false });
});

test('an LMS that refuses to start gives no session and makes no further calls', () => {
  const { lms, health, connection } = connect12();
  lms.behavior.refuse.add('LMSInitialize');
  expect(connection.start()).toBeNull();
  expect(health.at(-1)).toMatchObject({
    kind: 'failing',
    detail: 'Starting the session: error 101: General exception database unavailable',
  });
  connection.commit();
  expect(lms.log).toEqual(['LMSInitialize']);
});

test('suspend data that cannot be read ends the session instead of overwriting it', () => {
  const { lms, connection } = connect12({ 'cmi.suspend_data': '{"v":1}' });
  lms.behavior.refuse.add('LMSGetValue');
  expect(connection.start()).toBeNull();
  expect(lms.log).toEqual(['LMSInitialize', 'LMSGetValue cmi.suspend_data', 'LMSFinish']);
  expect(lms.values.get('cmi.suspend_data')).toBe('{"v":1}');
});

test('results other than the string "true" count as failure', () => {
  for (const answer of ['false', '', 'TRUE', undefined, 0]) {
    const lms = fake12();
    const connection = createConnection(scorm12Model({ ...lms.api, LMSInitialize: () => answer as string }), {
      now: () => 0,
      schedule: () => () => {},
      onHealth: () => {},
    });
    expect(connection.start()).toBeNull();
  }
});

test('SCORM 2004: a first launch (403 on the empty bookmark is not an error), the split statuses, scaled score and ISO session time', () => {
  const lms = fake2004({
    'cmi.completion_status': 'unknown',
    'cmi.success_status': 'unknown',
    'cmi.objectives._count': '2',
    'cmi.objectives.0.id': 'voluntary',
    'cmi.objectives.0.completion_status': 'unknown',
    'cmi.objectives.1.id': 'hopeful',
    'cmi.objectives.1.completion_status': 'incomplete',
  });
  const health: LmsHealth[] = [];
  const connection = createConnection(scorm2004Model(lms.api), { now: () => 0, schedule: () => () => {}, onHealth: (h) => health.push(h) });
  expect(connection.start()).toEqual({
    suspendData: '',
    location: '',
    recorded: { status: 'not attempted' },
    begun: ['hopeful'],
    interactions: 0,
  });
  expect(lms.values.get('cmi.completion_status')).toBe('incomplete');
  connection.report({ ...report, status: 'passed', score: 85, progress: 1 });
  expect(Object.fromEntries([...lms.values].filter(([k]) => /^cmi\.(success|completion|score|progress|objectives\.0)/.test(k)))).toEqual({
    'cmi.completion_status': 'completed',
    'cmi.success_status': 'passed',
    'cmi.progress_measure': '1',
    'cmi.score.min': '0',
    'cmi.score.max': '100',
    'cmi.score.raw': '85',
    'cmi.score.scaled': '0.85',
    'cmi.objectives.0.id': 'voluntary',
    'cmi.objectives.0.completion_status': 'completed',
    'cmi.objectives.0.success_status': 'passed',
    'cmi.objectives.0.progress_measure': '1',
    'cmi.objectives.0.score.min': '0',
    'cmi.objectives.0.score.max': '100',
    'cmi.objectives.0.score.raw': '80',
    'cmi.objectives.0.score.scaled': '0.8',
  });
  connection.finish(true);
  expect(lms.log.slice(-4)).toEqual(['SetValue cmi.session_time = PT0S', 'SetValue cmi.exit = normal', 'Commit', 'Terminate']);
  expect(health.filter((h) => h.kind === 'failing')).toEqual([]);
});

test('an interaction value the LMS refuses is left out: no alarm for the learner, no retry', () => {
  const { lms, health, connection } = connect12();
  connection.start();
  const record = {
    id: 'check_v1',
    objectiveId: 'voluntary',
    type: 'choice' as const,
    options: ['good', 'poor'],
    response: ['poor'],
    correct: ['good'],
    isSet: false,
    credit: 0,
    weighting: 1,
    at: Date.UTC(2026, 0, 5, 9),
    description: 'One',
  };
  lms.behavior.refuse.add('LMSSetValue');
  connection.interaction(0, record);
  expect(health.filter((h) => h.kind === 'failing')).toEqual([]);
  lms.behavior.refuse.clear();
  expect(connection.commit()).toBe(true);
  expect([...lms.values.keys()].filter((k) => k.startsWith('cmi.interactions'))).toEqual([]);
  connection.interaction(1, record);
  expect(lms.values.get('cmi.interactions.1.student_response')).toBe('b');
});
