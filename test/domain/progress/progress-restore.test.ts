// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { emptyProgress } from '../../../src/domain/progress/progress-model';
import { LIMITS } from '../../../src/domain/progress/progress-model';
import { restoreAnswer, restoreProgress } from '../../../src/domain/progress/progress-restore';
import { assignment, at, attempt, progressArb, progressWith } from '../../fixtures/progress-fixtures';

const full = () =>
  progressWith({
    lessonsRead: { voluntary: at(0), hopeful: at(5) },
    lessonsOpened: { voluntary: at(0), hopeful: at(3), respectful: at(6) },
    attempts: [
      attempt('v-1', 'voluntary', { 'vol-er-naloxone': { kind: 'single', optionId: 'invite' } }),
      attempt('h-1', 'hopeful', {}, { finishedAt: undefined }),
    ],
    reflections: { voluntary: { text: 'It felt like being cornered.', updatedAt: at(4) } },
    learnerName: 'Sam Rivera',
    assignments: [
      {
        ...assignment('as-1'),
        passMark: 90,
        due: '2026-04-01',
        cohort: 'Spring cohort',
        instructor: 'Dr. Lee',
        message: 'Start with the first two.',
      },
    ],
    lastLocation: '/module/hopeful',
    setAside: [attempt('old-1', 'voluntary', { 'vol-retired': { kind: 'single', optionId: 'a' } })],
    updatedAt: at(9),
  });

/** The saved text, parsed the way storage and backups parse it (so `__proto__` stays a key). */
const fromJson = (text: string): unknown => JSON.parse(text);

test('a valid record is restored exactly, with no problems', () => {
  const saved = JSON.parse(JSON.stringify(full())) as unknown;
  expect(restoreProgress(saved)).toEqual({ progress: full(), problems: [] });
});

test.each([undefined, null])('nothing saved (%s) gives empty progress and no message', (raw) => {
  expect(restoreProgress(raw)).toEqual({ progress: emptyProgress(), problems: [] });
});

test.each([
  ['a string', 'hello'],
  ['a number', 42],
  ['a list', [1, 2]],
  ['true', true],
])('%s instead of a record gives empty progress and says so', (_, raw) => {
  expect(restoreProgress(raw)).toEqual({ progress: emptyProgress(), problems: ['The saved progress was not readable.'] });
});

test('missing parts are filled from defaults without a message', () => {
  expect(restoreProgress({ lessonsRead: { voluntary: at(0) } })).toEqual({
    progress: progressWith({ lessonsRead: { voluntary: at(0) } }),
    problems: [],
  });
});

test.each([
  ['lessons read is a list', { lessonsRead: ['voluntary'] }, 'The list of lessons read was unreadable and was left out.'],
  ['lessons opened is a list', { lessonsOpened: ['voluntary'] }, 'The list of lessons opened was unreadable and was left out.'],
  ['lessons opened is text', { lessonsOpened: 'voluntary' }, 'The list of lessons opened was unreadable and was left out.'],
  ['attempts is an object', { attempts: { id: 'x' } }, 'Saved quiz attempts were unreadable and were left out.'],
  ['reflections is a string', { reflections: 'dear diary' }, 'Your saved reflections were unreadable and were left out.'],
  ['the name is a number', { learnerName: 7 }, 'The saved name was unreadable and was left out.'],
  ['assignments is a number', { assignments: 3 }, 'Saved assignments were unreadable and were left out.'],
  ['set-aside answers is null', { setAside: null }, 'Saved set-aside answers were unreadable and were left out.'],
])('when %s, that part is dropped, reported, and every other part kept', (_, broken, problem) => {
  const saved = { ...(JSON.parse(JSON.stringify(full())) as object), ...broken };
  const { progress, problems } = restoreProgress(saved);
  expect(problems).toEqual([problem]);
  const key = Object.keys(broken)[0] as keyof typeof progress;
  expect(progress[key]).toEqual(emptyProgress()[key]);
  expect({ ...progress, [key]: full()[key] }).toEqual(full());
});

test('one unreadable lesson mark is dropped and the others kept', () => {
  const { progress, problems } = restoreProgress({ lessonsRead: { voluntary: at(0), hopeful: 'yesterday', 'open-minded': 12 } });
  expect(progress.lessonsRead).toEqual({ voluntary: at(0) });
  expect(problems).toEqual([
    'A lesson-read mark for "hopeful" was unreadable and was left out.',
    'A lesson-read mark for "open-minded" was unreadable and was left out.',
  ]);
});

test('an unreadable lesson-opened mark is dropped, and the other marks and everything else kept', () => {
  // A time that is not text, not ISO or not UTC, an id with odd characters and a prototype key:
  // written into JSON text, as a damaged or hostile saved record would hold them.
  const text = JSON.stringify({
    ...full(),
    lessonsOpened: { voluntary: at(0), hopeful: 1_772_355_600_000, 'open-minded': 'yesterday' },
  }).replace('"lessonsOpened":{', `"lessonsOpened":{"__proto__":"${at(1)}","bad id!":"${at(1)}","empathetic":"2026-03-01T10:00:00+01:00",`);
  const { progress, problems } = restoreProgress(fromJson(text));
  expect(progress).toEqual({ ...full(), lessonsOpened: { voluntary: at(0) } });
  expect(Object.getPrototypeOf(progress.lessonsOpened)).toBe(Object.prototype);
  expect(problems).toEqual([
    'A lesson-opened mark for "__proto__" was unreadable and was left out.',
    'A lesson-opened mark for "bad id!" was unreadable and was left out.',
    'A lesson-opened mark for "empathetic" was unreadable and was left out.',
    'A lesson-opened mark for "hopeful" was unreadable and was left out.',
    'A lesson-opened mark for "open-minded" was unreadable and was left out.',
  ]);
});

test('a lesson opened for a module this course does not have is kept, as a lesson read is', () => {
  expect(restoreProgress({ lessonsOpened: { 'retired-module': at(1) }, lessonsRead: { 'retired-module': at(2) } })).toEqual({
    progress: progressWith({ lessonsOpened: { 'retired-module': at(1) }, lessonsRead: { 'retired-module': at(2) } }),
    problems: [],
  });
});

test('one unreadable attempt is dropped and the valid ones kept', () => {
  const good = attempt('v-1', 'voluntary');
  const { progress, problems } = restoreProgress({ attempts: [good, { ...good, id: 'v-2', seed: 'seven' }, 'junk', null] });
  expect(progress.attempts).toEqual([good]);
  expect(problems).toEqual(Array(3).fill('One saved quiz attempt was unreadable and was left out.'));
});

test('an unreadable answer is dropped but its attempt and other answers are kept', () => {
  const good = { kind: 'single', optionId: 'invite' };
  const { progress, problems } = restoreProgress({
    attempts: [{ ...attempt('v-1', 'voluntary'), answers: { q1: good, q2: { kind: 'single', optionId: 5 }, q3: { kind: 'shout' } } }],
  });
  expect(progress.attempts[0]?.answers).toEqual({ q1: good });
  expect(problems).toEqual(['An unreadable answer in attempt v-1 was left out.', 'An unreadable answer in attempt v-1 was left out.']);
});

test('an attempt with an unreadable finish time is kept as unfinished', () => {
  const { finishedAt: _, ...unfinished } = attempt('v-1', 'voluntary');
  expect(restoreProgress({ attempts: [{ ...unfinished, finishedAt: 'soon' }] }).progress.attempts).toEqual([unfinished]);
});

test.each([
  ['single', { kind: 'single', optionId: 'a' }, true],
  ['value', { kind: 'value', optionId: 'hopeful' }, true],
  ['multi', { kind: 'multi', optionIds: ['a', 'b'] }, true],
  ['rank', { kind: 'rank', order: ['r2', 'r1'] }, true],
  ['branch', { kind: 'branch', path: ['start', 'next'] }, true],
  ['single with a list', { kind: 'single', optionId: ['a'] }, false],
  ['multi with a number in it', { kind: 'multi', optionIds: ['a', 1] }, false],
  ['rank longer than any question', { kind: 'rank', order: Array.from({ length: LIMITS.choices + 1 }, (_, i) => `r${i}`) }, false],
  ['branch through a prototype key', { kind: 'branch', path: ['start', '__proto__'] }, false],
  ['an unknown kind', { kind: 'essay', text: 'hi' }, false],
  ['a list', ['single', 'a'], false],
])('an answer of kind %s is kept only when valid', (_, raw, valid) => {
  expect(restoreAnswer(raw)).toEqual(valid ? raw : null);
});

test('hostile __proto__ and constructor keys are dropped and pollute nothing', () => {
  const text = `{
    "__proto__": { "polluted": "top" },
    "lessonsRead": { "__proto__": "${at(0)}", "constructor": "${at(0)}", "voluntary": "${at(1)}" },
    "reflections": { "__proto__": { "text": "x", "updatedAt": "${at(0)}" }, "hopeful": { "text": "kept", "updatedAt": "${at(2)}" } },
    "attempts": [{ "id": "v-1", "quizId": "voluntary", "seed": 1, "startedAt": "${at(0)}",
                   "answers": { "__proto__": { "kind": "single", "optionId": "a" }, "q1": { "kind": "single", "optionId": "b" } } }]
  }`;
  const { progress, problems } = restoreProgress(fromJson(text));
  expect(progress.lessonsRead).toEqual({ voluntary: at(1) });
  expect(progress.reflections).toEqual({ hopeful: { text: 'kept', updatedAt: at(2) } });
  expect(progress.attempts[0]?.answers).toEqual({ q1: { kind: 'single', optionId: 'b' } });
  expect(Object.getPrototypeOf(progress.lessonsRead)).toBe(Object.prototype);
  expect(Object.getPrototypeOf(progress.attempts[0]?.answers)).toBe(Object.prototype);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(problems).toHaveLength(4);
});

test('ids that are too long or use odd characters are rejected', () => {
  const { progress } = restoreProgress({
    lessonsRead: { ['x'.repeat(LIMITS.id + 1)]: at(0), 'has space': at(0), '<script>': at(0), voluntary: at(0) },
  });
  expect(progress.lessonsRead).toEqual({ voluntary: at(0) });
});

test('a name longer than the limit is dropped and reported', () => {
  const { progress, problems } = restoreProgress({ learnerName: 'n'.repeat(LIMITS.shortText + 1) });
  expect(progress.learnerName).toBe('');
  expect(problems).toEqual(['The saved name was unreadable and was left out.']);
});

test('a reflection longer than the limit keeps its first part instead of being lost', () => {
  const { progress, problems } = restoreProgress({ reflections: { voluntary: { text: 'w'.repeat(LIMITS.text + 500), updatedAt: at(0) } } });
  expect(progress.reflections.voluntary?.text).toBe('w'.repeat(LIMITS.text));
  expect(problems).toEqual(['A saved reflection for "voluntary" was too long; its first 20000 characters were kept.']);
});

test('only the first 2,000 attempts are kept from a flood', () => {
  const flood = Array.from({ length: LIMITS.attempts + 10 }, (_, i) => attempt(`a-${i}`, 'voluntary'));
  const { progress, problems } = restoreProgress({ attempts: flood });
  expect(progress.attempts).toHaveLength(LIMITS.attempts);
  expect(problems).toEqual([`Only the first ${LIMITS.attempts} saved quiz attempts were kept.`]);
});

test('only the first 200 answers of an attempt are read', () => {
  const answers = Object.fromEntries(
    Array.from({ length: LIMITS.answersPerAttempt + 5 }, (_, i) => [`q${i}`, { kind: 'single', optionId: 'a' }]),
  );
  const { progress } = restoreProgress({ attempts: [{ ...attempt('v-1', 'voluntary'), answers }] });
  expect(Object.keys(progress.attempts[0]?.answers ?? {})).toHaveLength(LIMITS.answersPerAttempt);
});

test.each([
  ['a full URL', 'https://example.com/phish'],
  ['a relative path', 'module/voluntary'],
  ['a number', 5],
  ['a very long path', `/${'m'.repeat(400)}`],
])('a last location that is %s is ignored', (_, lastLocation) => {
  expect(restoreProgress({ lastLocation }).progress.lastLocation).toBe('');
});

test.each([
  ['a bad pass mark', { passMark: 140 }, {}],
  ['a bad due date', { due: 'next week' }, {}],
  ['an overlong message', { message: 'm'.repeat(501) }, {}],
  ['good optional fields', { passMark: 70, due: '2026-05-01', cohort: 'North' }, { passMark: 70, due: '2026-05-01', cohort: 'North' }],
])('an assignment with %s keeps only its valid optional fields', (_, extra, kept) => {
  expect(restoreProgress({ assignments: [{ ...assignment('as-1'), ...extra }] }).progress.assignments).toEqual([
    { ...assignment('as-1'), ...kept },
  ]);
});

test('an assignment without modules is dropped', () => {
  const { progress, problems } = restoreProgress({ assignments: [{ id: 'as-1', acceptedAt: at(0) }, assignment('as-2')] });
  expect(progress.assignments).toEqual([assignment('as-2')]);
  expect(problems).toEqual(['One saved assignment was unreadable and was left out.']);
});

test('restore never throws, whatever it is given', () => {
  fc.assert(
    fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, withSparseArray: true }), (raw) => {
      const { progress, problems } = restoreProgress(raw);
      expect(Array.isArray(problems)).toBe(true);
      expect(Object.keys(progress).sort()).toEqual(Object.keys(emptyProgress()).sort());
    }),
  );
});

test('restoring restored progress changes nothing and reports nothing', () => {
  fc.assert(
    fc.property(fc.jsonValue(), progressArb, (junk, valid) => {
      for (const raw of [junk, valid, { ...valid, attempts: junk }]) {
        const once = restoreProgress(raw).progress;
        expect(restoreProgress(JSON.parse(JSON.stringify(once)))).toEqual({ progress: once, problems: [] });
      }
    }),
  );
});

test('an attempt keeps its mode and form; a record from before the split is a whole-bank quiz', () => {
  const base = { id: 'c-1', quizId: 'voluntary', seed: 1, startedAt: at(1), answers: {} };
  const { progress, problems } = restoreProgress({
    attempts: [
      { ...base, id: 'c-1', mode: 'check', items: ['vol-a', 'vol-b', 'vol-a'] },
      { ...base, id: 'p-1', mode: 'practice', items: ['vol-c'] },
      { ...base, id: 'p-2', mode: 'practice' },
      { ...base, id: 'q-1' },
      { ...base, id: 'q-2', mode: 'quiz', items: ['vol-a'] },
    ],
  });
  expect(problems).toEqual([]);
  expect(progress.attempts.map((a) => [a.id, a.mode, a.items])).toEqual([
    ['c-1', 'check', ['vol-a', 'vol-b']],
    ['p-1', 'practice', ['vol-c']],
    ['p-2', 'practice', undefined],
    ['q-1', 'quiz', undefined],
    ['q-2', 'quiz', undefined],
  ]);
});

test('a damaged mode or form keeps the answers as practice, which can never invent a pass', () => {
  const base = { id: 'x', quizId: 'voluntary', seed: 1, startedAt: at(1), answers: { 'vol-a': { kind: 'single', optionId: 'a' } } };
  const { progress, problems } = restoreProgress({
    attempts: [
      { ...base, id: 'c-1', mode: 'check' },
      { ...base, id: 'c-2', mode: 'check', items: ['__proto__'] },
      { ...base, id: 'w-1', mode: 'winner', items: ['vol-a'] },
      { ...base, id: 'p-1', mode: 'practice', items: 'vol-a' },
    ],
  });
  expect(progress.attempts.map((a) => [a.id, a.mode, a.items, Object.keys(a.answers)])).toEqual([
    ['c-1', 'practice', undefined, ['vol-a']],
    ['c-2', 'practice', undefined, ['vol-a']],
    ['w-1', 'practice', ['vol-a'], ['vol-a']],
    ['p-1', 'practice', undefined, ['vol-a']],
  ]);
  expect(problems).toEqual([
    'Attempt c-1 had an unreadable kind or list of scenarios; its answers were kept as practice.',
    'Attempt c-2 had an unreadable kind or list of scenarios; its answers were kept as practice.',
    'Attempt w-1 had an unreadable kind or list of scenarios; its answers were kept as practice.',
    'The list of scenarios in attempt p-1 was unreadable and was left out.',
  ]);
});
