import { beforeEach, expect, test, vi } from 'vitest';
import { removeAssignmentIn, replaceAllIn, resetAllIn, resetModuleIn } from '../../src/domain/progress/progress-deletions';
import { mergeProgress } from '../../src/domain/progress/progress-merge';
import { MIGRATIONS } from '../../src/domain/progress/progress-migrations';
import { emptyProgress, type Progress } from '../../src/domain/progress/progress-model';
import { readSaved } from '../../src/store/read-saved';
import { resetAll, resetModule, setLearnerName } from '../../src/store/progress-edits';
import {
  listenForOtherTabs,
  otherTabsMerged,
  pickProgress,
  PROGRESS_KEY,
  PROGRESS_VERSION,
  useProgress,
} from '../../src/store/progress-store';
import { flushProgressSave } from '../../src/store/progress-storage';
import { BACKUP_KEY } from '../../src/store/safe-storage';
import { useStorageStatus } from '../../src/store/storage-status';
import pilotText from '../fixtures/progress-v0-pilot.json?raw';
import v3Text from '../fixtures/progress-v3-practice-and-check.json?raw';
import { at, attempt, progressWith, savedText } from '../fixtures/progress-fixtures';

const saved = () =>
  progressWith({
    lessonsRead: { voluntary: at(0), hopeful: at(1) },
    lessonsOpened: { voluntary: at(0), hopeful: at(0), respectful: at(2) },
    attempts: [attempt('v-1', 'voluntary', { 'vol-er-naloxone': { kind: 'single', optionId: 'invite' } })],
    reflections: { voluntary: { text: 'A real choice.', updatedAt: at(2) } },
    learnerName: 'Sam',
    lastLocation: '/module/hopeful',
    updatedAt: at(3),
  });

/** Puts `raw` where the store keeps progress and loads it, as a page load would. */
async function load(raw: string): Promise<Progress> {
  localStorage.setItem(PROGRESS_KEY, raw);
  await useProgress.persist.rehydrate();
  return pickProgress(useProgress.getState());
}

/** What is saved once the change is written (a frame later, or at once when the page is left: see the saving tests). */
const stored = (): unknown => {
  flushProgressSave();
  return JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? 'null');
};
const securityError = () => new DOMException('The operation is insecure.', 'SecurityError');
const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

beforeEach(() => {
  useProgress.setState(emptyProgress());
  flushProgressSave();
  localStorage.clear();
  useStorageStatus.setState({ mode: 'ok', recovery: null });
});

test('saved progress is loaded as it was', async () => {
  expect(await load(savedText(saved()))).toEqual(saved());
  expect(useStorageStatus.getState()).toMatchObject({ mode: 'ok', recovery: null });
});

test('every change is saved under psv-progress with the current version', () => {
  useProgress.getState().markLessonRead('voluntary', at(0));
  expect(stored()).toEqual({ state: progressWith({ lessonsRead: { voluntary: at(0) }, updatedAt: at(0) }), version: PROGRESS_VERSION });
});

test('opening a lesson is saved once: opening it again writes nothing and keeps the first time', () => {
  const { markLessonOpened } = useProgress.getState();
  markLessonOpened('voluntary', at(1));
  expect(stored()).toEqual({ state: progressWith({ lessonsOpened: { voluntary: at(1) }, updatedAt: at(1) }), version: PROGRESS_VERSION });
  const setItem = vi.spyOn(Storage.prototype, 'setItem');
  markLessonOpened('voluntary', at(5));
  flushProgressSave();
  expect(setItem).not.toHaveBeenCalled();
  expect(pickProgress(useProgress.getState())).toEqual(progressWith({ lessonsOpened: { voluntary: at(1) }, updatedAt: at(1) }));
  markLessonOpened('hopeful', at(6));
  flushProgressSave();
  expect(setItem).toHaveBeenCalledTimes(1);
  expect(stored()).toMatchObject({ state: { lessonsOpened: { voluntary: at(1), hopeful: at(6) } } });
});

test('opening a lesson already read writes nothing: its reading is what counts', () => {
  useProgress.getState().markLessonRead('voluntary', at(0));
  const setItem = vi.spyOn(Storage.prototype, 'setItem');
  useProgress.getState().markLessonOpened('voluntary', at(5));
  expect(setItem).not.toHaveBeenCalled();
  expect(pickProgress(useProgress.getState())).toEqual(progressWith({ lessonsRead: { voluntary: at(0) }, updatedAt: at(0) }));
});

test('the persist version is the number of migration steps, so every old shape has a way up', () => {
  expect(PROGRESS_VERSION).toBe(MIGRATIONS.length);
});

test('pilot (v0) progress is migrated on load without alarming the learner', async () => {
  const progress = await load(pilotText);
  expect(Object.keys(progress.lessonsRead)).toEqual(['voluntary', 'hopeful']);
  expect(progress.attempts.map((a) => a.id)).toEqual(['voluntary-pilot', 'hopeful-pilot']);
  expect(progress.learnerName).toBe('Jordan Pilot');
  expect(useStorageStatus.getState().recovery).toBeNull();
});

test('v3 progress (before lessons opened were noted) loads with none opened, everything else as it was, and no alarm', async () => {
  const { state } = JSON.parse(v3Text) as { state: Progress };
  expect(await load(v3Text)).toEqual({ ...state, lessonsOpened: {} });
  expect(useStorageStatus.getState().recovery).toBeNull();
});

const good = () => saved();

test.each([
  ['truncated JSON', savedText(good()).slice(0, 60)],
  ['not JSON at all', 'PK\u0003\u0004\u0000\u00ff binary'],
  ['an empty string', ''],
  ['JSON null', 'null'],
  ['a bare number', '42'],
  ['a list', '[{"state":{}}]'],
  ['no state', '{"version":1}'],
  ['a state of null', savedText(null)],
  ['a state that is text', savedText('lessonsRead')],
])('%s starts fresh, keeps the original under the backup key and says so', async (_, raw) => {
  expect(await load(raw)).toEqual(emptyProgress());
  expect(localStorage.getItem(BACKUP_KEY)).toBe(raw);
  expect(useStorageStatus.getState().recovery).toEqual({
    problems: ['Your saved progress could not be read, so the course started fresh.'],
    raw,
    backupKey: BACKUP_KEY,
  });
});

test('text too long to parse starts fresh and is offered for download, even if no copy fits beside it', async () => {
  const raw = savedText({ ...good(), learnerName: 'x'.repeat(4_000_001) });
  expect(await load(raw)).toEqual(emptyProgress());
  expect(useStorageStatus.getState().recovery).toMatchObject({
    problems: ['Your saved progress could not be read, so the course started fresh.'],
    raw,
  });
});

test.each([
  [
    'one lesson mark of the wrong type',
    { ...good(), lessonsRead: { voluntary: at(0), hopeful: 17 } },
    'A lesson-read mark for "hopeful" was unreadable and was left out.',
  ],
  [
    'one lesson-opened mark of the wrong type',
    { ...good(), lessonsOpened: { voluntary: at(0), respectful: false } },
    'A lesson-opened mark for "respectful" was unreadable and was left out.',
  ],
  ['lessons opened that are not a record', { ...good(), lessonsOpened: 7 }, 'The list of lessons opened was unreadable and was left out.'],
  ['attempts that are not a list', { ...good(), attempts: 'many' }, 'Saved quiz attempts were unreadable and were left out.'],
  ['a huge name', { ...good(), learnerName: 'n'.repeat(1_000_000) }, 'The saved name was unreadable and was left out.'],
  [
    'an attempt with a __proto__ answer',
    {
      ...good(),
      attempts: [{ ...attempt('v-2', 'voluntary'), answers: JSON.parse('{"__proto__":{"kind":"single","optionId":"a"}}') as unknown }],
    },
    'An unreadable answer in attempt v-2 was left out.',
  ],
])('%s: the valid modules are kept, the original is backed up and the learner is told', async (_, state, problem) => {
  const raw = savedText(state);
  const progress = await load(raw);
  expect(progress.lessonsRead.voluntary).toBe(at(0));
  expect(progress.reflections.voluntary?.text).toBe('A real choice.');
  expect(localStorage.getItem(BACKUP_KEY)).toBe(raw);
  expect(useStorageStatus.getState().recovery?.problems).toContain(problem);
});

test('a __proto__ payload at the top of saved progress pollutes nothing', async () => {
  const raw = `{"state":{"__proto__":{"polluted":true},"lessonsRead":{"__proto__":"${at(0)}","voluntary":"${at(0)}"}},"version":1}`;
  expect((await load(raw)).lessonsRead).toEqual({ voluntary: at(0) });
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(useStorageStatus.getState().recovery?.problems).toEqual(['A lesson-read mark for "__proto__" was unreadable and was left out.']);
});

test('progress from a newer version keeps everything this version understands', async () => {
  const raw = savedText({ ...good(), badges: ['gold'], lessonsRead: { ...good().lessonsRead, 'new-module': at(5) } }, PROGRESS_VERSION + 1);
  const progress = await load(raw);
  expect(progress).toEqual({ ...good(), lessonsRead: { ...good().lessonsRead, 'new-module': at(5) } });
  expect(localStorage.getItem(BACKUP_KEY)).toBe(raw);
  expect(useStorageStatus.getState().recovery?.problems).toEqual([
    'This progress was saved by a newer version of the course. Everything this version understands was kept.',
  ]);
});

test.each([
  ['text', '1'],
  ['a fraction', 1.5],
  ['a negative number', -1],
  ['null', null],
])('a version number that is %s does not wipe current progress', async (_, version) => {
  expect(await load(savedText(good(), version))).toEqual(good());
  expect(useStorageStatus.getState().recovery?.problems).toEqual([
    'The saved version number was unreadable, so the course read what it could.',
  ]);
});

test('the same unreadable text is backed up once, and the backup survives the next save', async () => {
  const raw = '{"state":';
  await load(raw);
  await load(raw);
  useProgress.getState().markLessonRead('voluntary', at(0));
  expect(localStorage.getItem(BACKUP_KEY)).toBe(raw);
  expect(stored()).toMatchObject({ state: { lessonsRead: { voluntary: at(0) } } });
});

test('readSaved reports nothing for clean current progress', () => {
  expect(readSaved(savedText(good()), PROGRESS_VERSION)).toEqual({ progress: good(), problems: [] });
});

test('storage that throws on every access runs from memory and says progress is not being saved', async () => {
  for (const method of ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const) {
    vi.spyOn(Storage.prototype, method).mockImplementation(() => {
      throw securityError();
    });
  }
  await useProgress.persist.rehydrate();
  expect(useStorageStatus.getState().mode).toBe('blocked');
  const { markLessonRead, startAttempt, recordAnswer, finishAttempt } = useProgress.getState();
  markLessonRead('voluntary', at(0));
  const id = startAttempt('voluntary', 42, at(1), 'practice', ['vol-er-naloxone']);
  recordAnswer(id, 'vol-er-naloxone', { kind: 'single', optionId: 'invite' }, at(2));
  finishAttempt(id, at(3));
  expect(useProgress.getState().lessonsRead).toEqual({ voluntary: at(0) });
  expect(useProgress.getState().attempts).toEqual([
    {
      id,
      quizId: 'voluntary',
      seed: 42,
      startedAt: at(1),
      finishedAt: at(3),
      mode: 'practice',
      items: ['vol-er-naloxone'],
      answers: { 'vol-er-naloxone': { kind: 'single', optionId: 'invite' } },
    },
  ]);
  expect(useStorageStatus.getState().mode).toBe('blocked');
});

test('a window whose localStorage property itself throws is treated as blocked', async () => {
  vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
    throw securityError();
  });
  await useProgress.persist.rehydrate();
  useProgress.getState().markLessonRead('hopeful', at(0));
  expect(useProgress.getState().lessonsRead).toEqual({ hopeful: at(0) });
  expect(useStorageStatus.getState().mode).toBe('blocked');
});

test('a full store keeps the change in memory, says so, and recovers when a save works again', () => {
  const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw quotaError();
  });
  expect(() => {
    useProgress.getState().markLessonRead('voluntary', at(0));
    flushProgressSave();
  }).not.toThrow();
  expect(useProgress.getState().lessonsRead).toEqual({ voluntary: at(0) });
  expect(useStorageStatus.getState().mode).toBe('full');
  setItem.mockRestore();
  useProgress.getState().markLessonRead('hopeful', at(1));
  flushProgressSave();
  expect(useStorageStatus.getState().mode).toBe('ok');
  expect(stored()).toMatchObject({ state: { lessonsRead: { voluntary: at(0), hopeful: at(1) } } });
});

test('when even the backup copy does not fit, the original is still offered for download', async () => {
  const raw = 'not json';
  localStorage.setItem(PROGRESS_KEY, raw);
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw quotaError();
  });
  await useProgress.persist.rehydrate();
  expect(useStorageStatus.getState().recovery).toEqual({
    problems: ['Your saved progress could not be read, so the course started fresh.'],
    raw,
  });
});

/** What another tab writing `progress` looks like to this one. */
async function otherTabWrites(progress: Progress, key = PROGRESS_KEY): Promise<void> {
  // This tab's saves land a frame after each change, long before another tab's next write.
  flushProgressSave();
  const newValue = savedText(progress);
  const oldValue = localStorage.getItem(key);
  localStorage.setItem(key, newValue);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue, oldValue, storageArea: localStorage }));
  await otherTabsMerged();
  flushProgressSave();
}

test('progress saved in another tab is picked up without losing this tab’s work', async () => {
  const stop = listenForOtherTabs();
  const { markLessonRead } = useProgress.getState();
  markLessonRead('voluntary', at(1));
  setLearnerName('Sam', at(2));
  await otherTabWrites(
    progressWith({ lessonsRead: { hopeful: at(3) }, attempts: [attempt('h-1', 'hopeful')], learnerName: 'Samira', updatedAt: at(4) }),
  );
  expect(useProgress.getState()).toMatchObject({
    lessonsRead: { hopeful: at(3), voluntary: at(1) },
    attempts: [attempt('h-1', 'hopeful')],
    learnerName: 'Samira',
  });
  // The merged record is saved, so the other tab picks up this tab's lesson too.
  expect(stored()).toMatchObject({ state: { lessonsRead: { hopeful: at(3), voluntary: at(1) } } });
  stop();
});

test('an attempt answered in both tabs is merged by id, not duplicated', async () => {
  const stop = listenForOtherTabs();
  useProgress.setState({ attempts: [attempt('v-1', 'voluntary', { q1: { kind: 'single', optionId: 'a' } }, { finishedAt: undefined })] });
  await otherTabWrites(
    progressWith({ attempts: [attempt('v-1', 'voluntary', { q1: { kind: 'single', optionId: 'a' } }, { finishedAt: at(9) })] }),
  );
  expect(useProgress.getState().attempts).toEqual([
    attempt('v-1', 'voluntary', { q1: { kind: 'single', optionId: 'a' } }, { finishedAt: at(9) }),
  ]);
  stop();
});

test('another tab’s unreadable write, a removal or another key change nothing here', async () => {
  const stop = listenForOtherTabs();
  useProgress.getState().markLessonRead('voluntary', at(0));
  const before = pickProgress(useProgress.getState());
  for (const init of [
    { key: PROGRESS_KEY, newValue: '{"state":' },
    { key: PROGRESS_KEY, newValue: null },
    { key: 'something-else', newValue: savedText(progressWith({ lessonsRead: { hopeful: at(1) } })) },
    { key: null, newValue: null },
  ])
    window.dispatchEvent(new StorageEvent('storage', init));
  await otherTabsMerged();
  expect(pickProgress(useProgress.getState())).toEqual(before);
  expect(useStorageStatus.getState().recovery).toBeNull();
  stop();
});

test('after stopping, other tabs are no longer followed', async () => {
  listenForOtherTabs()();
  await otherTabWrites(progressWith({ lessonsRead: { hopeful: at(1) } }));
  expect(useProgress.getState().lessonsRead).toEqual({});
});

test('two tabs on different pages settle instead of rewriting storage forever', async () => {
  const stop = listenForOtherTabs();
  const base = { lessonsRead: { voluntary: at(0) }, updatedAt: at(0) };
  useProgress.setState({ ...base, lastLocation: '/module/voluntary' });
  // Play the other tab: it merges each write of ours, and its own write only reaches us if it
  // changes the stored text. Visiting a page does not change `updatedAt`, so this is a tie.
  let theirs = progressWith({ ...base, lastLocation: '/module/hopeful' });
  let writesBack = 0;
  await otherTabWrites(theirs);
  while (localStorage.getItem(PROGRESS_KEY) !== savedText(theirs) && writesBack < 10) {
    theirs = mergeProgress(theirs, pickProgress(useProgress.getState()));
    writesBack += 1;
    if (savedText(theirs) !== localStorage.getItem(PROGRESS_KEY)) await otherTabWrites(theirs);
  }
  expect(writesBack).toBeLessThanOrEqual(1);
  expect(pickProgress(useProgress.getState())).toEqual(theirs);
  stop();
});

// Resets travel as tombstones inside the saved record (progress-deletions.ts): another tab that
// resets simply writes its progress, and this tab's merge drops what the tombstones cover.
// The learner's data without the tombstones and the last location (a navigation hint that
// follows the newest record, as in the merge laws).
const dataOf = (p: Progress) => {
  const { deleted: _tombstones, lastLocation: _hint, ...data } = p;
  return data;
};

test('a module reset in another tab is not undone by this tab’s copy', async () => {
  const stop = listenForOtherTabs();
  useProgress.setState(saved());
  await otherTabWrites(resetModuleIn(saved(), 'voluntary', at(8)));
  const here = pickProgress(useProgress.getState());
  expect(here.lessonsRead).toEqual({ hopeful: at(1) });
  expect(here.attempts).toEqual([]);
  expect(here.reflections).toEqual({});
  expect(stored()).toMatchObject({ state: { lessonsRead: { hopeful: at(1) }, attempts: [], reflections: {} } });
  stop();
});

test('resetting everything in another tab empties this tab too', async () => {
  const stop = listenForOtherTabs();
  useProgress.setState(saved());
  await otherTabWrites(resetAllIn(saved(), at(9)));
  expect(dataOf(pickProgress(useProgress.getState()))).toEqual({ ...dataOf(emptyProgress()), updatedAt: at(9) });
  stop();
});

test('a backup that replaced progress in another tab replaces it here too', async () => {
  const stop = listenForOtherTabs();
  useProgress.setState(saved());
  const restored = progressWith({ lessonsRead: { respectful: at(7) }, lessonsOpened: { respectful: at(6) }, updatedAt: at(7) });
  await otherTabWrites(replaceAllIn(saved(), restored, at(9)));
  expect(dataOf(pickProgress(useProgress.getState()))).toEqual({ ...dataOf(restored), updatedAt: at(9) });
  stop();
});

test('an older copy that arrives after a reset brings nothing back', async () => {
  const stop = listenForOtherTabs();
  useProgress.setState(saved());
  resetModule('voluntary', at(8));
  await otherTabWrites(saved());
  const here = pickProgress(useProgress.getState());
  expect(here.lessonsRead).toEqual({ hopeful: at(1) });
  expect(here.attempts).toEqual([]);
  expect(here.reflections).toEqual({});
  stop();
});

test('this tab saves its resets with their tombstones, so other tabs can apply them', () => {
  useProgress.setState(saved());
  resetModule('voluntary', at(8));
  expect(stored()).toMatchObject({ state: { deleted: { attempts: ['v-1'], modules: { voluntary: at(8) } } } });
  resetAll(at(9));
  expect(stored()).toMatchObject({ state: { deleted: { modules: { voluntary: at(8), hopeful: at(9) } }, lessonsRead: {} } });
});

test('an assignment removed in another tab is not brought back by this tab’s copy', async () => {
  const stop = listenForOtherTabs();
  const held = { id: 'asg-1', modules: ['voluntary'], acceptedAt: at(2) };
  useProgress.setState({ ...saved(), assignments: [held] });
  await otherTabWrites(removeAssignmentIn({ ...saved(), assignments: [held] }, 'asg-1', at(9)));
  expect(useProgress.getState().assignments).toEqual([]);
  expect(stored()).toMatchObject({ state: { assignments: [] } });
  stop();
});

test('a first visit (nothing saved) is loaded at once, without the reader', async () => {
  vi.resetModules();
  vi.doMock('../../src/store/read-saved', () => {
    throw new Error('the reader must not load when nothing is saved');
  });
  const store = await import('../../src/store/progress-store');
  expect(store.useProgress.persist.hasHydrated()).toBe(true);
  await expect(store.progressLoaded).resolves.toBeUndefined();
  vi.doUnmock('../../src/store/read-saved');
});

test('when the reader cannot load (offline, after a deployment), start-up fails and the saved record is left untouched', async () => {
  const raw = savedText(saved());
  localStorage.setItem(PROGRESS_KEY, raw);
  vi.resetModules();
  vi.doMock('../../src/store/read-saved', () => {
    throw new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/assets/read-saved-1a2b.js');
  });
  const store = await import('../../src/store/progress-store');
  await expect(store.progressLoaded).rejects.toThrow();
  expect(store.useProgress.persist.hasHydrated()).toBe(false);
  expect(localStorage.getItem(PROGRESS_KEY)).toBe(raw);
  vi.doUnmock('../../src/store/read-saved');
});
