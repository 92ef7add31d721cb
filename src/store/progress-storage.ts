/**
 * The persist adapter for progress: JSON in localStorage, read defensively. Whatever is found
 * is migrated, validated and repaired (every valid part kept); anything unreadable is copied to
 * a backup key first and the learner is told. The reader (read-saved.ts: migrations and
 * validation) loads only when something is saved, so a first visit never downloads it; the
 * app waits for it before its first render (src/app/start-course.tsx), so nothing is written meanwhile.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { Progress } from '../domain/progress/progress-model';
import { keepUnreadable, readKey, removeKey, writeKey } from './safe-storage';

/** A zustand PersistStorage for progress under `version`. */
export function progressStorage(version: number): PersistStorage<Progress> {
  return {
    getItem: (name): StorageValue<Progress> | null | Promise<StorageValue<Progress> | null> => {
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
    setItem: (name, value) => {
      writeKey(name, JSON.stringify(value));
    },
    removeItem: (name) => removeKey(name),
  };
}
