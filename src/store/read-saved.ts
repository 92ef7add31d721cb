/**
 * Reads saved progress text: parses it, migrates an older shape and validates every part,
 * keeping whatever is valid and saying what was not. Loaded only when something is saved
 * (progress-storage.ts), and by the features that read a saved record (other tabs, backups).
 */
import { migrateProgress } from '../domain/progress/progress-migrations';
import type { Progress } from '../domain/progress/progress-model';
import { restoreProgress } from '../domain/progress/progress-restore';
import { isRecord } from '../domain/encoding/untrusted-text';

/** Largest saved text we try to parse; anything bigger is treated as unreadable. */
const MAX_SAVED_CHARS = 4_000_000;

/** Fields only the current shape has (the pilot saved completedLessons, quizzes and name). */
const CURRENT_FIELDS = ['lessonsRead', 'lessonsOpened', 'attempts', 'reflections', 'assignments', 'setAside', 'updatedAt'];

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
