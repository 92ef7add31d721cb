// @vitest-environment node
import fc from 'fast-check';
import { beforeAll, expect, test } from 'vitest';
import { loadQuestions } from '../../../src/course/bank-loader';
import { allQuizzes, course } from '../../../src/course/course-data';
import { summarizeAttempts } from '../../../src/domain/progress/attempt-summary';
import { CHECK_FORM_SIZE } from '../../../src/domain/scoring/check-form';
import type { Progress } from '../../../src/domain/progress/progress-model';
import {
  decodeSuspendData,
  encodeSuspendData,
  SCORM12_SUSPEND_LIMIT,
  SCORM2004_SUSPEND_LIMIT,
  type SuspendBanks,
} from '../../../src/domain/lms/suspend-data';
import {
  attemptAt,
  bestAnswer,
  completedProgress,
  largestProgress,
  longestAnswer,
  worstCaseProgress,
  type Banks,
} from '../../fixtures/lms-state';
import { at, progressWith } from '../../fixtures/progress-fixtures';

let banks: Banks = {};
const moduleIds = course.modules.map((m) => m.id);
beforeAll(async () => {
  banks = Object.fromEntries(await Promise.all(allQuizzes.map(async (q) => [q.id, await loadQuestions(q)] as const)));
});

/** What the LMS keeps of progress: everything but the parts left out on purpose (and when a lesson read was opened). */
const kept = (p: Progress): Progress => ({
  ...p,
  lessonsOpened: Object.fromEntries(Object.entries(p.lessonsOpened).filter(([id]) => !Object.hasOwn(p.lessonsRead, id))),
  reflections: {},
  assignments: [],
  setAside: [],
  lastLocation: '',
});
const roundTrip = (p: Progress, limit = SCORM12_SUSPEND_LIMIT) => decodeSuspendData(encodeSuspendData(p, banks, limit).text, banks);
const questions = (quizId: string) => banks[quizId] ?? [];

test('a completed course comes back exactly, with no problems', () => {
  const progress = { ...completedProgress(banks, moduleIds, [...moduleIds, 'review']), learnerName: 'Sam Rivera' };
  expect(roundTrip(progress)).toEqual({ progress, problems: [] });
});

test('an attempt in progress comes back with every kind of answer, a branch still half-way and an empty choice list', () => {
  const qs = questions('review');
  const answers = Object.fromEntries(qs.slice(0, 12).map((q) => [q.id, longestAnswer(q, false)]));
  const branch = qs.find((q) => q.kind === 'branch');
  const multi = qs.find((q) => q.kind === 'multi');
  if (!branch || branch.kind !== 'branch' || !multi) throw new Error('the review bank needs a branch and a multi scenario');
  answers[branch.id] = { kind: 'branch', path: [branch.steps[0]?.options.find((o) => o.next)?.id ?? ''] };
  answers[multi.id] = { kind: 'multi', optionIds: [] };
  const progress = progressWith({
    attempts: [attemptAt('review', Date.UTC(2026, 1, 3, 10), answers, undefined, '7q')],
    lessonsRead: { hopeful: at(3) },
    updatedAt: at(9),
  });
  expect(roundTrip(progress)).toEqual({ progress, problems: [] });
});

test('reflections, assignments, set-aside answers and the last place are not sent to the LMS', () => {
  const progress = progressWith({
    ...completedProgress(banks, ['voluntary'], ['voluntary']),
    reflections: { voluntary: { text: 'A private memory about my brother', updatedAt: at(1) } },
    assignments: [{ id: 'as-1', modules: ['voluntary'], acceptedAt: at(2) }],
    setAside: [attemptAt('voluntary', Date.UTC(2025, 1, 1), { 'vol-gone': { kind: 'single', optionId: 'a' } }, Date.UTC(2025, 1, 2))],
    lastLocation: '/module/voluntary',
  });
  const { text } = encodeSuspendData(progress, banks, SCORM12_SUSPEND_LIMIT);
  expect(text).not.toMatch(/brother|as-1|vol-gone|\/module/);
  expect(roundTrip(progress).progress).toEqual(kept(progress));
});

test('a lesson opened but not read comes back with its time, so its module still reads as reading', () => {
  const progress = progressWith({
    lessonsOpened: { voluntary: at(1), hopeful: at(2) },
    lessonsRead: { 'open-minded': at(3) },
    updatedAt: at(3),
  });
  expect(roundTrip(progress)).toEqual({ progress, problems: [] });
});

test('when a lesson opened was also read, only the read mark is written: the stage rests on it alone', () => {
  const progress = progressWith({
    lessonsOpened: { voluntary: at(1), hopeful: at(2) },
    lessonsRead: { voluntary: at(4) },
    updatedAt: at(4),
  });
  const { text } = encodeSuspendData(progress, banks, SCORM12_SUSPEND_LIMIT);
  expect(Object.keys(JSON.parse(text).o)).toEqual(['hopeful']);
  expect(roundTrip(progress)).toEqual({ progress: { ...progress, lessonsOpened: { hopeful: at(2) } }, problems: [] });
  // With nothing opened and unread, there is no `o` at all.
  expect(encodeSuspendData(progressWith({ lessonsRead: { voluntary: at(4) } }), banks, SCORM12_SUSPEND_LIMIT).text).not.toContain('"o"');
});

test('an unreadable lesson-opened mark from the LMS is dropped and said so; the rest is kept', () => {
  const good = encodeSuspendData(
    progressWith({ lessonsOpened: { voluntary: at(1) }, updatedAt: at(1) }),
    banks,
    SCORM12_SUSPEND_LIMIT,
  ).text;
  const damaged = JSON.stringify({
    ...JSON.parse(good),
    o: { voluntary: JSON.parse(good).o.voluntary, hopeful: 'not a time!', 'bad id!': '1' },
  });
  const back = decodeSuspendData(damaged, banks);
  expect(back.progress.lessonsOpened).toEqual({ voluntary: at(1) });
  expect(back.problems).toEqual([
    'A lesson-opened mark for "hopeful" was unreadable and was left out.',
    'A lesson-opened mark for "bad id!" was unreadable and was left out.',
  ]);
});

test('an attempt id not in the store’s usual form is kept whole', () => {
  const progress = progressWith({
    attempts: [{ ...attemptAt('hopeful', Date.UTC(2025, 5, 1), {}), id: 'hopeful-pilot' }],
    updatedAt: at(0),
  });
  expect(roundTrip(progress)).toEqual({ progress, problems: [] });
});

test('the largest possible progress fits SCORM 1.2’s 4096 characters and keeps what status and scores need', () => {
  // What status and scores need is each quiz's open and best attempt (the latest finished one
  // follows when there is room: issue #17's priority order).
  const progress = largestProgress(banks, moduleIds);
  const encoded = encodeSuspendData(progress, banks, SCORM12_SUSPEND_LIMIT);
  expect(encoded.fits).toBe(true);
  expect(encoded.text.length).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT);
  expect(encoded.droppedAnswers).toBe(0);
  const back = decodeSuspendData(encoded.text, banks);
  expect(back.problems).toEqual([]);
  expect(back.progress.lessonsRead).toEqual(progress.lessonsRead);
  expect(back.progress.learnerName).toBe(progress.learnerName);
  for (const quiz of allQuizzes) {
    const before = summarizeAttempts(progress, quiz.id, questions(quiz.id), course.passMark);
    const after = summarizeAttempts(back.progress, quiz.id, questions(quiz.id), course.passMark);
    expect(after.best?.attempt).toEqual(before.best?.attempt);
    expect(back.progress.attempts.findLast((a) => a.quizId === quiz.id && !a.finishedAt)).toEqual(
      progress.attempts.findLast((a) => a.quizId === quiz.id && !a.finishedAt),
    );
  }
});

test('without room for older attempts only the open and best of each quiz are kept', () => {
  const progress = largestProgress(banks, moduleIds);
  const required = encodeSuspendData({ ...progress, attempts: [] }, banks, 0).text.length;
  const encoded = encodeSuspendData(progress, banks, required + 10);
  expect(encoded.kept).toBe(allQuizzes.length * 2);
  expect(encoded.droppedAttempts).toBe(allQuizzes.length * 21);
  expect(encoded.fits).toBe(false);
});

test('with room (SCORM 2004) every attempt is kept, newest first when space runs out', () => {
  const progress = largestProgress(banks, moduleIds, 20);
  const all = encodeSuspendData(progress, banks, SCORM2004_SUSPEND_LIMIT);
  expect(all.text.length).toBeGreaterThan(SCORM12_SUSPEND_LIMIT);
  expect(decodeSuspendData(all.text, banks)).toEqual({ progress: kept(progress), problems: [] });
  const some = decodeSuspendData(encodeSuspendData(progress, banks, SCORM12_SUSPEND_LIMIT).text, banks).progress;
  // What must survive at each quiz: its open attempt and its best finished one.
  const required = new Set(
    allQuizzes.flatMap((q) => {
      const best = summarizeAttempts(progress, q.id, questions(q.id), course.passMark).best?.attempt.id;
      const open = progress.attempts.findLast((a) => a.quizId === q.id && !a.finishedAt)?.id;
      return [best, open].filter((id): id is string => id !== undefined);
    }),
  );
  const keptIds = new Set(some.attempts.map((a) => a.id));
  // Each quiz's latest finished attempt comes before older history; history goes newest first.
  const latest = new Set(allQuizzes.map((q) => progress.attempts.findLast((a) => a.quizId === q.id && a.finishedAt)?.id));
  const history = progress.attempts.filter((a) => !required.has(a.id) && !latest.has(a.id));
  const historyKept = history.filter((a) => keptIds.has(a.id));
  const historyDropped = history.filter((a) => !keptIds.has(a.id));
  expect([...required].every((id) => keptIds.has(id))).toBe(true);
  expect(historyDropped.length).toBeGreaterThan(0);
  if (historyKept.length > 0) expect([...latest].every((id) => id === undefined || keptIds.has(id))).toBe(true);
  if (historyKept.length > 0) {
    expect(Math.max(...historyDropped.map((a) => Date.parse(a.startedAt)))).toBeLessThan(
      Math.min(...historyKept.map((a) => Date.parse(a.startedAt))),
    );
  }
});

test('answers saved against different scenarios are left out and said so, the rest is kept', () => {
  const progress = completedProgress(banks, ['voluntary', 'hopeful'], ['voluntary', 'hopeful']);
  const { text } = encodeSuspendData(progress, banks, SCORM12_SUSPEND_LIMIT);
  const changed: SuspendBanks = { ...banks, hopeful: [...questions('hopeful')].reverse() };
  const back = decodeSuspendData(text, changed);
  expect(back.progress.attempts.map((a) => a.quizId)).toEqual(['voluntary']);
  expect(back.progress.lessonsRead).toEqual(progress.lessonsRead);
  expect(back.problems).toEqual(['Saved answers to "hopeful" were for a different version of its scenarios and were left out.']);
});

test.each([
  ['not JSON', '{"v":1,', 'The progress saved in your LMS could not be read, so the course started fresh.'],
  ['another format', 'lesson=3;score=80', 'The progress saved in your LMS could not be read, so the course started fresh.'],
  ['a newer version', '{"v":2,"q":{}}', 'Your progress was saved by a newer version of this course and could not be read here.'],
])('suspend data that is %s starts fresh and says why', (_, text, problem) => {
  expect(decodeSuspendData(text, banks)).toEqual({ progress: progressWith(), problems: [problem] });
});

test('hostile or damaged parts are dropped one by one, never trusted', () => {
  const good = encodeSuspendData(completedProgress(banks, ['voluntary'], ['voluntary']), banks, SCORM12_SUSPEND_LIMIT).text;
  const parsed = JSON.parse(good) as { q: Record<string, string>; r: Record<string, string> };
  const voluntary = parsed.q.voluntary ?? '';
  // An object literal would turn `__proto__` into a prototype and JSON.stringify would drop it, so
  // the hostile keys are written into the JSON text itself, as an attacker's file would hold them.
  const hostile = JSON.stringify({
    ...parsed,
    r: { ...parsed.r, 'bad id!': '2', hopeful: 'not-a-time' },
    q: { voluntary: `${voluntary}|x~zz~~~9999|~~~~`, constructor: 'abcd|1' },
    n: 42,
  })
    .replace('"r":{', '"r":{"__proto__":{"polluted":"1"},')
    .replace('"q":{', '"q":{"__proto__":"abcd|1",');
  expect(hostile).toContain('"__proto__":{"polluted":"1"}');
  const back = decodeSuspendData(hostile, banks);
  expect(back.progress.attempts).toHaveLength(1);
  expect(Object.keys(back.progress.lessonsRead)).toEqual(['voluntary']);
  expect(back.progress.learnerName).toBe('');
  expect(back.problems.length).toBeGreaterThan(0);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getPrototypeOf(back.progress.lessonsRead)).not.toHaveProperty('polluted');
  expect(Object.hasOwn(back.progress.lessonsRead, '__proto__')).toBe(false);
});

test('decoding any text never throws and always gives usable progress', () => {
  fc.assert(
    fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
      const { progress } = decodeSuspendData(text, banks);
      expect(Array.isArray(progress.attempts)).toBe(true);
    }),
  );
});

test('encoding is deterministic and best answers score full marks after the round trip', () => {
  const progress = completedProgress(banks, moduleIds, moduleIds);
  expect(encodeSuspendData(progress, banks, SCORM12_SUSPEND_LIMIT).text).toBe(
    encodeSuspendData(structuredClone(progress), banks, SCORM12_SUSPEND_LIMIT).text,
  );
  const back = roundTrip(progress).progress;
  for (const id of moduleIds) expect(summarizeAttempts(back, id, questions(id), 80).best?.score.percent).toBe(100);
  expect(bestAnswer(questions('voluntary')[0] ?? ({} as never))).toBeDefined();
});

test('practice rounds and mastery checks come back with their mode and form; the best kept is the best check', () => {
  const qs = questions('respectful');
  const form = qs.filter((q) => q.pool === 'check').slice(0, 4);
  const practice = qs.filter((q) => q.pool !== 'check');
  const check = {
    ...attemptAt(
      'respectful',
      Date.UTC(2026, 5, 1, 9),
      Object.fromEntries(form.map((q) => [q.id, bestAnswer(q)])),
      Date.UTC(2026, 5, 1, 9, 20),
      'chk001',
    ),
    mode: 'check' as const,
    items: [form[2]!.id, form[0]!.id, form[3]!.id, form[1]!.id],
  };
  const fullPractice = {
    ...attemptAt(
      'respectful',
      Date.UTC(2026, 5, 1, 8),
      Object.fromEntries(practice.map((q) => [q.id, bestAnswer(q)])),
      Date.UTC(2026, 5, 1, 8, 30),
      'prc001',
    ),
    mode: 'practice' as const,
    items: practice.map((q) => q.id),
  };
  const missedOnly = {
    ...attemptAt('respectful', Date.UTC(2026, 5, 1, 10), {}, undefined, 'prc002'),
    mode: 'practice' as const,
    items: [practice[3]!.id, practice[1]!.id],
  };
  const progress = progressWith({ lessonsRead: { respectful: at(0) }, attempts: [fullPractice, check, missedOnly], updatedAt: at(9) });
  // A finished practice round is never written (practice decides nothing): the rest comes back.
  expect(roundTrip(progress)).toEqual({ progress: kept({ ...progress, attempts: [check, missedOnly] }), problems: [] });
  // With room for only what status needs, the 100% practice round is not what is kept as "best".
  const tight = decodeSuspendData(encodeSuspendData(progress, banks, 200).text, banks).progress;
  expect(tight.attempts.map((a) => a.id)).toContain(check.id);
  expect(tight.attempts.map((a) => a.id)).not.toContain(fullPractice.id);
});

const formSize = (quizId: string) => (quizId === 'review' ? CHECK_FORM_SIZE.review : CHECK_FORM_SIZE.module);

test('the worst case since the split fits SCORM 1.2’s 4096 characters with everything status rests on', () => {
  // Every quiz with an open practice round over its whole pool and an open check on its longest
  // form, a best check, twenty older checks and twenty finished practice rounds; every lesson
  // read; the longest name, in characters JSON must escape (worstCaseProgress).
  const progress = worstCaseProgress(banks, moduleIds, formSize);
  const options = { passMark: course.passMark, contentVersion: course.version };
  const encoded = encodeSuspendData(progress, banks, SCORM12_SUSPEND_LIMIT, options);
  expect(encoded.fits).toBe(true);
  expect(encoded.droppedAnswers).toBe(0);
  // What must be kept, alone (no name, no history), leaves room to spare.
  const required = encodeSuspendData({ ...progress, learnerName: '' }, banks, 0, options).text.length;
  expect(required).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT - 400);
  const back = decodeSuspendData(encoded.text, banks);
  expect(back.problems).toEqual([]);
  expect(back.progress.lessonsRead).toEqual(progress.lessonsRead);
  expect(back.progress.learnerName).toBe(progress.learnerName);
  const ids = new Set(back.progress.attempts.map((a) => a.id));
  for (const quiz of allQuizzes) {
    const mine = progress.attempts.filter((a) => a.quizId === quiz.id);
    const open = mine.filter((a) => !a.finishedAt);
    expect(open.map((a) => a.mode).sort()).toEqual(['check', 'practice']);
    for (const a of open) expect(back.progress.attempts.find((b) => b.id === a.id)).toEqual(a);
    const best = summarizeAttempts(progress, quiz.id, questions(quiz.id), course.passMark).best;
    expect(summarizeAttempts(back.progress, quiz.id, questions(quiz.id), course.passMark).best?.attempt).toEqual(best?.attempt);
    // Practice history stays behind; check history fills what room is left, latest first.
    expect(mine.filter((a) => a.finishedAt && a.mode === 'practice').some((a) => ids.has(a.id))).toBe(false);
  }
  expect(back.progress.attempts.length).toBeGreaterThan(allQuizzes.length * 3);
});

test('lessons opened cost the worst case nothing: every module is written as read or as opened, never both', () => {
  // The worst case above has every lesson opened and read: only the read marks are written.
  const allRead = worstCaseProgress(banks, moduleIds, formSize);
  const options = { passMark: course.passMark, contentVersion: course.version };
  expect(JSON.parse(encodeSuspendData(allRead, banks, SCORM12_SUSPEND_LIMIT, options).text).o).toBeUndefined();
  // The same learner with every lesson opened and none read: the marks move from `r` to `o`.
  const noneRead = { ...allRead, lessonsOpened: allRead.lessonsRead, lessonsRead: {} };
  const required = (p: Progress) => encodeSuspendData({ ...p, learnerName: '' }, banks, 0, options).text.length;
  expect(required(noneRead)).toBeLessThanOrEqual(required(allRead) + ',"o":{}'.length);
  expect(required(noneRead)).toBeLessThanOrEqual(SCORM12_SUSPEND_LIMIT - 400);
  const encoded = encodeSuspendData(noneRead, banks, SCORM12_SUSPEND_LIMIT, options);
  expect(encoded.fits).toBe(true);
  expect(encoded.hasName).toBe(true);
  const back = decodeSuspendData(encoded.text, banks);
  expect(back.problems).toEqual([]);
  expect(back.progress.lessonsOpened).toEqual(noneRead.lessonsOpened);
});

test('space runs out in order: check history first, then the name; never the open attempts, best checks or passes', () => {
  const progress = worstCaseProgress(banks, moduleIds, formSize, 3);
  const options = { passMark: course.passMark, contentVersion: course.version };
  const required = encodeSuspendData({ ...progress, learnerName: '' }, banks, 0, options);
  const nameCost = `,"n":${JSON.stringify(progress.learnerName)}`.length;
  const withName = encodeSuspendData(progress, banks, required.text.length + nameCost, options);
  expect(withName.hasName).toBe(true);
  expect(withName.kept).toBe(required.kept);
  expect(encodeSuspendData(progress, banks, required.text.length + nameCost + 200, options).kept).toBeGreaterThan(required.kept);
  const tight = encodeSuspendData(progress, banks, required.text.length + 10, options);
  expect([tight.hasName, tight.kept, tight.fits]).toEqual([false, required.kept, true]);
  expect(required.kept).toBe(allQuizzes.length * 3);
  expect(JSON.parse(tight.text).p).toEqual(JSON.parse(required.text).p);
  expect(Object.keys(JSON.parse(tight.text).p)).toHaveLength(allQuizzes.length);
});

test('a pass outlives a content update that makes its answers unreadable: it is kept as a pass on earlier content', () => {
  const progress = completedProgress(banks, ['voluntary', 'hopeful'], ['voluntary', 'hopeful']);
  const finishedAt = progress.attempts.find((a) => a.quizId === 'hopeful')?.finishedAt;
  const { text } = encodeSuspendData(progress, banks, SCORM12_SUSPEND_LIMIT, { passMark: 80, contentVersion: '2.0.0' });
  const changed: SuspendBanks = { ...banks, hopeful: [...questions('hopeful')].reverse() };
  const back = decodeSuspendData(text, changed);
  expect(back.progress.attempts.map((a) => a.quizId)).toEqual(['voluntary']);
  expect(back.progress.earlierPasses).toEqual({ hopeful: { percent: 100, at: finishedAt, contentVersion: '2.0.0' } });
  // Readable answers need no such record: the check itself shows the pass.
  expect(decodeSuspendData(text, banks)).toEqual({ progress, problems: [] });
});

test('passes already kept from earlier content travel with the rest', () => {
  const earlierPasses = { respectful: { contentVersion: '1.0.0', percent: 85, at: at(2) } };
  const progress = progressWith({ lessonsRead: { respectful: at(1) }, earlierPasses, updatedAt: at(3) });
  expect(roundTrip(progress)).toEqual({ progress, problems: [] });
});
