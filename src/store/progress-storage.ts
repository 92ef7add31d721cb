/**
 * The persist adapter for progress: JSON in localStorage, read defensively. Whatever is found
 * is migrated, validated and repaired (every valid part kept); anything unreadable is copied to
 * a backup key first and the learner is told. The reader (read-saved.ts: migrations and
 * validation) loads only when something is saved, so a first visit never downloads it; the
 * app waits for it before its first render (src/app/start-course.tsx), so nothing is written meanwhile.
 *
 * ⚠ Saving waits for the next painted frame (issue #16). Writing the whole record (JSON of every
 * attempt, then localStorage) grows with the learner's history, and inside an answer's click it
 * delayed the feedback on screen. The wait is one frame, and nothing is lost to it: leaving or
 * hiding the page (after which a phone may discard it unannounced) saves at once, and so does
 * anything that reads, removes or switches where progress is kept (flushProgressSave).
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { Progress } from '../domain/progress/progress-model';
import { keepUnreadable, readKey, removeKey, writeKey } from './safe-storage';

/** The latest record not yet written (each change replaces the one before: only the last counts). */
let pending: { name: string; value: StorageValue<Progress> } | undefined;

/** Writes the record still waiting to be saved, if there is one. Safe to call at any time. */
export function flushProgressSave(): void {
  const save = pending;
  pending = undefined;
  if (save) writeKey(save.name, JSON.stringify(save.value));
}

/** A hidden page paints no frames, so a timer saves anyway (slowed, but still run, in a background tab). */
const FALLBACK_MS = 250;

/** Runs `save` just after the next frame is painted: a task queued from an animation frame runs once that frame is drawn. */
function afterNextPaint(save: () => void): void {
  const timer = setTimeout(save, FALLBACK_MS);
  if (typeof requestAnimationFrame !== 'function') return;
  requestAnimationFrame(() =>
    setTimeout(() => {
      clearTimeout(timer);
      save();
    }, 0),
  );
}

function queueSave(name: string, value: StorageValue<Progress>): void {
  const isQueued = pending !== undefined;
  pending = { name, value };
  if (!isQueued) afterNextPaint(flushProgressSave);
}

// The page's last moments: closing, reloading or navigating away (pagehide), or going to the
// background, where a phone may discard it without another event (visibilitychange to hidden).
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', flushProgressSave);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushProgressSave();
  });
}

/** A zustand PersistStorage for progress under `version`. */
export function progressStorage(version: number): PersistStorage<Progress> {
  return {
    getItem: (name): StorageValue<Progress> | null | Promise<StorageValue<Progress> | null> => {
      // Read what this page last saved, not an older copy.
      if (pending?.name === name) flushProgressSave();
      const raw = readKey(name);
      // Nothing saved (a first visit): answer at once, without loading the reader.
      if (raw === null) return null;
      return import('./read-saved').then(({ readSaved }) => {
        const result = readSaved(raw, version);
        if (!result) {
          keepUnreadable(raw, ['Your saved progress could not be read, so the course started fresh.']);
          return null;
        }
        if (result.problems.length > 0) keepUnreadable(raw, result.problems);
        // Already migrated and validated: hand persist the current version so it skips `migrate`.
        return { state: result.progress, version };
      });
    },
    setItem: (name, value) => queueSave(name, value),
    removeItem: (name) => {
      if (pending?.name === name) pending = undefined;
      removeKey(name);
    },
  };
}
