/**
 * The one progress store: what the learner created, persisted to localStorage.
 * Scores are never stored; features derive them with the domain's scoring functions.
 */
import { checkLearnerName } from '../domain/progress/learner-name';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import type { Answer } from '../domain/scoring/answers';
import { mergeProgress } from '../domain/progress/progress-merge';
import { removeAssignmentIn, replaceAllIn, resetAllIn, resetModuleIn } from '../domain/progress/progress-deletions';
import { setAsideUnknown } from '../domain/progress/progress-reconcile';
import { emptyProgress, type HeldAssignment, type Progress } from '../domain/progress/progress-model';
import { LIMITS } from '../domain/progress/progress-restore';
import { isMemoryOnly } from './device-mode';
import { progressStorage, readSaved } from './progress-storage';

/** The key progress is saved under in localStorage. */
export const PROGRESS_KEY = 'psv-progress';

/**
 * ⚠ PERSIST VERSION. Bump it ONLY together with a new named migration step, and add a fixture
 * of the old shape to the migration tests. Learners' saved progress depends on it.
 */
export const PROGRESS_VERSION = 3;

/** Actions, named as verbs. Times come in as ISO strings so callers (and tests) own the clock. */
export interface ProgressActions {
  /** Marks a module's lesson as read. */
  markLessonRead: (moduleId: string, at: string) => void;
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
  /** Sets the learner's name for certificates and receipts. */
  /** Saves the learner's name if it passes the one name rule; returns what is wrong, or null. */
  setLearnerName: (input: string, at: string) => string | null;
  /** Remembers the last place in the course. */
  setLastLocation: (path: string) => void;
  /** Forgets one module's lesson, attempts and reflection. */
  resetModule: (moduleId: string, at: string) => void;
  /** Forgets everything. */
  resetAll: (at: string) => void;
  /** Replaces everything with imported progress (a restored backup). */
  replaceAll: (progress: Progress, at: string) => void;
  /** Merges other progress (another tab's or a backup) into this one without losing either. */
  mergeIn: (progress: Progress) => void;
  /**
   * Moves answers to scenarios the course no longer has into `setAside` (a content update),
   * given the question ids of each loaded quiz and the ids of every quiz the course has.
   */
  setAsideUnknown: (known: ReadonlyMap<string, ReadonlySet<string>>, quizIds: ReadonlySet<string>) => void;
  /** Records modules passed on an earlier content version (never replaces one already kept). */
  keepEarlierPasses: (passes: Progress['earlierPasses'], at: string) => void;
  /** Holds an assignment the learner chose to accept (replacing one with the same id). */
  acceptAssignment: (assignment: HeldAssignment) => void;
  /** Stops holding an assignment; progress on its modules is kept. */
  removeAssignment: (id: string, at: string) => void;
}

let counter = 0;
function newAttemptId(quizId: string, at: string): string {
  counter += 1;
  return `${quizId}-${Date.parse(at).toString(36)}-${counter.toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** The progress store hook; select narrowly, e.g. `useProgress((s) => s.lessonsRead[id])`. */
export const useProgress = create<Progress & ProgressActions>()(
  persist<Progress & ProgressActions, [], [], Progress>(
    (set, get) => ({
      ...emptyProgress(),
      markLessonRead: (moduleId, at) =>
        set((s) => (s.lessonsRead[moduleId] ? s : { lessonsRead: { ...s.lessonsRead, [moduleId]: at }, updatedAt: at })),
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
      setLearnerName: (input, at) => {
        const checked = checkLearnerName(input);
        if ('problem' in checked) return checked.problem;
        set({ learnerName: checked.name, updatedAt: at });
        return null;
      },
      setLastLocation: (path) => set({ lastLocation: path }),
      // Resets leave tombstones in the record (progress-deletions.ts): other tabs' older copies
      // merge in without bringing anything back, whatever order their writes arrive in.
      resetModule: (moduleId, at) => set((s) => resetModuleIn(pickProgress(s), moduleId, at)),
      resetAll: (at) => set((s) => resetAllIn(pickProgress(s), at)),
      replaceAll: (progress, at) => set((s) => replaceAllIn(pickProgress(s), progress, at)),
      mergeIn: (progress) => set((s) => mergeProgress(pickProgress(s), progress)),
      // Only sets state when something moves: persist saves on every set, and an idle save
      // would overwrite saved text that is still waiting to be read or backed up.
      setAsideUnknown: (known, quizIds) => {
        const { progress, moved } = setAsideUnknown(pickProgress(get()), known, quizIds);
        if (moved > 0) set(progress);
      },
      keepEarlierPasses: (passes, at) =>
        set((s) => {
          // A pass from before a module was reset stays reset.
          const added = Object.entries(passes).filter(
            ([id, pass]) =>
              !Object.hasOwn(s.earlierPasses, id) && !(Object.hasOwn(s.deleted.modules, id) && s.deleted.modules[id]! >= pass.at),
          );
          return added.length === 0 ? s : { earlierPasses: { ...s.earlierPasses, ...Object.fromEntries(added) }, updatedAt: at };
        }),
      acceptAssignment: (assignment) =>
        set((s) => {
          const held = s.assignments.some((a) => a.id === assignment.id);
          // Restore keeps at most LIMITS.assignments; refusing more here means none is lost on reload.
          if (!held && s.assignments.length >= LIMITS.assignments) return s;
          const assignments = held ? s.assignments.map((a) => (a.id === assignment.id ? assignment : a)) : [...s.assignments, assignment];
          return { assignments, updatedAt: assignment.acceptedAt };
        }),
      removeAssignment: (id, at) => set((s) => removeAssignmentIn(pickProgress(s), id, at)),
    }),
    {
      name: PROGRESS_KEY,
      version: PROGRESS_VERSION,
      storage: progressStorage(PROGRESS_VERSION),
      partialize: pickProgress,
    },
  ),
);

/** The saved part of the store (no actions). */
export function pickProgress(s: Progress): Progress {
  const { lessonsRead, attempts, reflections, learnerName, assignments, lastLocation, setAside, earlierPasses, deleted, updatedAt } = s;
  return { lessonsRead, attempts, reflections, learnerName, assignments, lastLocation, setAside, earlierPasses, deleted, updatedAt };
}

/**
 * Picks up progress saved by another tab and merges it in (neither side is clobbered). The
 * merge is deterministic, so both tabs settle on the same record. Returns a stop function.
 */
export function listenForOtherTabs(target: Window = window): () => void {
  const onStorage = (event: StorageEvent) => {
    // Shared-computer mode keeps this window apart: nothing saved by other windows comes in.
    if (event.key !== PROGRESS_KEY || event.newValue === null || isMemoryOnly()) return;
    const incoming = readSaved(event.newValue, PROGRESS_VERSION);
    if (incoming) useProgress.getState().mergeIn(incoming.progress);
  };
  target.addEventListener('storage', onStorage);
  return () => target.removeEventListener('storage', onStorage);
}
