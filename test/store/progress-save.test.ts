// Saving waits for the next painted frame (src/store/progress-storage.ts, issue #16), and is
// never lost to that wait: leaving or hiding the page, reading the record or switching where
// progress is kept writes it at once.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { emptyProgress } from '../../src/domain/progress/progress-model';
import { flushProgressSave } from '../../src/store/progress-storage';
import { PROGRESS_KEY, useProgress } from '../../src/store/progress-store';
import { startSharedMode } from '../../src/store/shared-computer';
import { useDeviceMode } from '../../src/store/device-mode';
import { at } from '../fixtures/progress-fixtures';

/** The lessons marked read in what the device holds. */
const savedLessons = (): unknown =>
  (JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}') as { state?: { lessonsRead?: unknown } }).state?.lessonsRead;

beforeEach(() => {
  useProgress.setState(emptyProgress());
  flushProgressSave();
  localStorage.clear();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});

afterEach(() => {
  vi.useRealTimers();
  useDeviceMode.setState({ mode: 'personal', isOffered: false, keptOnDevice: false, notRemoved: null });
  sessionStorage.clear();
});

test('a change is saved just after the next frame is painted, not during the event that made it', () => {
  useProgress.getState().markLessonRead('voluntary', at(1));
  expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
  vi.advanceTimersToNextFrame();
  // The frame's callbacks have run; the save is the task after it.
  expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
  vi.advanceTimersByTime(1);
  expect(savedLessons()).toEqual({ voluntary: at(1) });
});

test('several changes before the frame are written once, as the last of them left things', () => {
  const setItem = vi.spyOn(Storage.prototype, 'setItem');
  useProgress.getState().markLessonRead('voluntary', at(1));
  useProgress.getState().markLessonRead('hopeful', at(2));
  vi.advanceTimersToNextFrame();
  vi.advanceTimersByTime(1);
  expect(setItem).toHaveBeenCalledTimes(1);
  expect(savedLessons()).toEqual({ voluntary: at(1), hopeful: at(2) });
});

test('closing, reloading or leaving the page saves a change still waiting for its frame', () => {
  useProgress.getState().markLessonRead('voluntary', at(1));
  window.dispatchEvent(new Event('pagehide'));
  expect(savedLessons()).toEqual({ voluntary: at(1) });
});

test('putting the page in the background saves a change still waiting for its frame', () => {
  useProgress.getState().markLessonRead('voluntary', at(1));
  const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
  document.dispatchEvent(new Event('visibilitychange'));
  expect(savedLessons()).toEqual({ voluntary: at(1) });
  visibility.mockRestore();
});

test('a page that paints no frames (in the background) still saves within a quarter second', () => {
  vi.stubGlobal('requestAnimationFrame', () => 0);
  useProgress.getState().markLessonRead('voluntary', at(1));
  vi.advanceTimersByTime(249);
  expect(localStorage.getItem(PROGRESS_KEY)).toBeNull();
  vi.advanceTimersByTime(1);
  expect(savedLessons()).toEqual({ voluntary: at(1) });
  vi.unstubAllGlobals();
});

test('loading the record again first writes the change still waiting, so nothing is read back stale', async () => {
  vi.useRealTimers();
  useProgress.getState().markLessonRead('voluntary', at(1));
  await useProgress.persist.rehydrate();
  expect(useProgress.getState().lessonsRead).toEqual({ voluntary: at(1) });
  expect(savedLessons()).toEqual({ voluntary: at(1) });
});

test('switching to shared-computer mode right after a change keeps that change saved on the device', async () => {
  vi.useRealTimers();
  useProgress.getState().markLessonRead('voluntary', at(1));
  await startSharedMode();
  expect(useDeviceMode.getState().mode).toBe('shared');
  expect(savedLessons()).toEqual({ voluntary: at(1) });
});
