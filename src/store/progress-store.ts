/**
 * The one progress store: what the learner created, persisted to localStorage.
 * Scores are never stored; features derive them with the domain's scoring functions.
 * The larger edits (resets, restore, merge, the learner's name) are in progress-edits.ts, off
 * the first visit.
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Answer } from '../domain/scoring/answers';
import { emptyProgress, type HeldAssignment, type Progress } from '../domain/progress/progress-model';
import { LIMITS } from '../domain/progress/progress-model';
import { isMemoryOnly } from './device-mode';
import { PROGRESS_KEY } from './progress-key';
import { progressStorage } from './progress-storage';

export { PROGRESS_KEY };

/**
 * ⚠ PERSIST VERSION. Bump it ONLY together with a new named migration step, and add a fixture
 * of the old shape to the migration tests. Learners' saved progress depends on it.
 */
export const PROGRESS_VERSION = 4;

/** Actions, named as verbs. Times come in as ISO strings so callers (and tests) own the clock. */
export interface ProgressActions {
  /** Marks a module's lesson as read. */
  markLessonRead: (moduleId: string, at: string) => void;
  /** Notes that a module's lesson was opened, the first time only: opening it again, or opening a lesson already read, writes nothing. */
  markLessonOpened: (moduleId: string, at: string) => void;
  /**
   * Starts a new attempt at a quiz with a recorded shuffle seed, in a mode, presenting `items`
   * (a check's drawn form, or the practice items); returns its id.
   */
  startAttempt: (quizId: string, seed: number, at: string, mode: 'practice' | 'check', items: string[]) => string;
  /** Records (or replaces) the answer to one question in an open attempt. */
  recordAnswer: (attemptId: string, questionId: string, answer: Answer, at: string) => void;
  /** Marks an attempt finished. */
  finishAttempt: (attemptId: string, at: string) => void;
  /** Saves a reflection journal entry. */
  saveReflection: (moduleId: string, text: string, at: string) => void;
  /** Remembers the last place in the course. */
  setLastLocation: (path: string) => void;
  /** Holds an assignment the learner chose to accept (replacing one with the same id). */
  acceptAssignment: (assignment: HeldAssignment) => void;
}

let counter = 0;
function newAttemptId(quizId: string, at: string): string {
  counter += 1;
  return `${quizId}-${Date.parse(at).toString(36)}-${counter.toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

let settleLoad!: { resolve: () => void; reject: (error: unknown) => void };

/**
 * Settles once saved progress has been read at start-up: at once on a first visit (nothing is
 * saved), after the reader chunk loads otherwise; rejects if that chunk cannot load. The app
 * renders only after it, so nothing is written over a record not yet read.
 */
export const progressLoaded = new Promise<void>((resolve, reject) => {
  settleLoad = { resolve, reject };
});

/** The progress store hook; select narrowly, e.g. `useProgress((s) => s.lessonsRead[id])`. */
export const useProgress = create<Progress & ProgressActions>()(
  persist<Progress & ProgressActions, [], [], Progress>(
    (set, get) => ({
      ...emptyProgress(),
      markLessonRead: (moduleId, at) =>
        set((s) => (s.lessonsRead[moduleId] ? s : { lessonsRead: { ...s.lessonsRead, [moduleId]: at }, updatedAt: at })),
      markLessonOpened: (moduleId, at) => {
        // Every visit to a lesson calls this, and persist saves on every set, even one that
        // changes nothing: once the opening is noted, do not set at all. A lesson already read
        // needs no opening (its stage rests on the reading, and an LMS's suspend data carries only
        // that), so reopening it changes nothing saved, on the device or in the LMS.
        const { lessonsOpened, lessonsRead } = get();
        if (Object.hasOwn(lessonsOpened, moduleId) || Object.hasOwn(lessonsRead, moduleId)) return;
        set((s) => ({ lessonsOpened: { ...s.lessonsOpened, [moduleId]: at }, updatedAt: at }));
      },
      startAttempt: (quizId, seed, at, mode, items) => {
        const id = newAttemptId(quizId, at);
        set((s) => ({ attempts: [...s.attempts, { id, quizId, seed, startedAt: at, mode, items, answers: {} }], updatedAt: at }));
        return id;
      },
      recordAnswer: (attemptId, questionId, answer, at) =>
        set((s) => ({
          attempts: s.attempts.map((a) =>
            a.id === attemptId && !a.finishedAt ? { ...a, answers: { ...a.answers, [questionId]: answer } } : a,
          ),
          updatedAt: at,
        })),
      finishAttempt: (attemptId, at) =>
        set((s) => ({
          attempts: s.attempts.map((a) => (a.id === attemptId && !a.finishedAt ? { ...a, finishedAt: at } : a)),
          updatedAt: at,
        })),
      saveReflection: (moduleId, text, at) =>
        set((s) => ({ reflections: { ...s.reflections, [moduleId]: { text, updatedAt: at } }, updatedAt: at })),
      setLastLocation: (path) => set({ lastLocation: path }),
      acceptAssignment: (assignment) =>
        set((s) => {
          const held = s.assignments.some((a) => a.id === assignment.id);
          // Restore keeps at most LIMITS.assignments; refusing more here means none is lost on reload.
          if (!held && s.assignments.length >= LIMITS.assignments) return s;
          const assignments = held ? s.assignments.map((a) => (a.id === assignment.id ? assignment : a)) : [...s.assignments, assignment];
          return { assignments, updatedAt: assignment.acceptedAt };
        }),
    }),
    {
      name: PROGRESS_KEY,
      version: PROGRESS_VERSION,
      storage: progressStorage(PROGRESS_VERSION),
      partialize: pickProgress,
      onRehydrateStorage: () => (_state, error) => (error === undefined ? settleLoad.resolve() : settleLoad.reject(error)),
    },
  ),
);

/**
 * What is saved: every field of Progress, read off emptyProgress() (its type makes it name every
 * field), so a field added to the model is saved with no second list to keep in step.
 */
const SAVED_FIELDS = Object.keys(emptyProgress()) as (keyof Progress)[];

/** The saved part of the store (no actions). */
export function pickProgress(s: Progress): Progress {
  return Object.fromEntries(SAVED_FIELDS.map((field) => [field, s[field]])) as unknown as Progress;
}

let merging: Promise<void> = Promise.resolve();

/** Resolves once every change seen from other tabs so far is merged in (merges run in order). */
export const otherTabsMerged = (): Promise<void> => merging;

/**
 * Picks up progress saved by another tab and merges it in (neither side is clobbered). The
 * merge is deterministic, so both tabs settle on the same record. The reader and the merge load
 * on the first change another tab makes, not on every visit. Returns a stop function.
 */
export function listenForOtherTabs(target: Window = window): () => void {
  const onStorage = (event: StorageEvent) => {
    // Shared-computer mode keeps this window apart: nothing saved by other windows comes in.
    if (event.key !== PROGRESS_KEY || event.newValue === null || isMemoryOnly()) return;
    const text = event.newValue;
    merging = merging
      .then(() => Promise.all([import('./read-saved'), import('./progress-edits')]))
      .then(([{ readSaved }, { mergeIn }]) => {
        const incoming = readSaved(text, PROGRESS_VERSION);
        if (incoming) mergeIn(incoming.progress);
      })
      // A reader that cannot load (offline, after a deployment) skips this change; the next
      // change, or the next page load, brings the other tab's work in.
      .catch(() => undefined);
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
