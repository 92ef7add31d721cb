/**
 * The persist adapter for progress: JSON in localStorage, read defensively. Whatever is found
 * is migrated, validated and repaired (every valid part kept); anything unreadable is copied to
 * a backup key first and the learner is told.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { migrateProgress } from '../domain/progress/progress-migrations';
import type { Progress } from '../domain/progress/progress-model';
import { restoreProgress } from '../domain/progress/progress-restore';
import { keepUnreadable, readKey, removeKey, writeKey } from './safe-storage';

/** Largest saved text we try to parse; anything bigger is treated as unreadable. */
const MAX_SAVED_CHARS = 4_000_000;

/** Fields only the current shape has (the pilot saved completedLessons, quizzes and name). */
const CURRENT_FIELDS = ['lessonsRead', 'attempts', 'reflections', 'assignments', 'setAside', 'updatedAt'];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses saved text into current-version progress, reporting what could not be used. */
export function readSaved(raw: string, currentVersion: number): { progress: Progress; problems: string[] } | null {
  let parsed: unknown;
  try {
    if (raw.length > MAX_SAVED_CHARS) throw new Error('too large');
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(parsed) || !isRecord(parsed.state)) return null;
  const { state, version } = parsed;
  const problems: string[] = [];
  let savedVersion: number;
  if (typeof version === 'number' && Number.isInteger(version) && version >= 0) savedVersion = version;
  else {
    // A damaged version number must not send current progress through the pilot migration,
    // which would silently drop all of it: go by the record's shape instead.
    savedVersion = CURRENT_FIELDS.some((key) => Object.hasOwn(state, key)) ? currentVersion : 0;
    if (version !== undefined) problems.push('The saved version number was unreadable, so the course read what it could.');
  }
  if (savedVersion > currentVersion)
    problems.push('This progress was saved by a newer version of the course. Everything this version understands was kept.');
  const migrated = savedVersion < currentVersion ? migrateProgress(state, savedVersion).saved : state;
  const restored = restoreProgress(migrated);
  return { progress: restored.progress, problems: [...problems, ...restored.problems] };
}

/** A zustand PersistStorage for progress under `version`. */
export function progressStorage(version: number): PersistStorage<Progress> {
  return {
    getItem: (name): StorageValue<Progress> | null => {
      const raw = readKey(name);
      if (raw === null) return null;
      const result = readSaved(raw, version);
      if (!result) {
        keepUnreadable(raw, ['Your saved progress could not be read, so the course started fresh.']);
        return null;
      }
      if (result.problems.length > 0) keepUnreadable(raw, result.problems);
      // Already migrated and validated: hand persist the current version so it skips `migrate`.
      return { state: result.progress, version };
    },
    setItem: (name, value) => {
      writeKey(name, JSON.stringify(value));
    },
    removeItem: (name) => removeKey(name),
  };
}
