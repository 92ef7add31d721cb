/**
 * The learner's progress: only what they created (answers, completions, reflections, name,
 * assignments). Scores are derived from answers with the scoring module, never stored.
 * This shape is saved on the device, in backups and in receipts: change it only together with a
 * named migration in `progress-migrations.ts`.
 */
import type { Answers } from '../scoring/answers';

/**
 * What an attempt is for. `practice` teaches (feedback after every answer) and never decides a
 * pass; `check` is a mastery-check form of held-out items, with no feedback until it is
 * submitted, and is what passes a module; `quiz` is a whole-bank attempt made before practice
 * and checks were split (content 2.0.0 and earlier): it counts toward a pass, as the rules said
 * when it was earned. No new attempt is a `quiz`.
 */
export type AttemptMode = 'practice' | 'check' | 'quiz';

/** One try at a quiz. */
export interface Attempt {
  /** Unique id, made when the attempt starts. Permanent: receipts refer to it. */
  id: string;
  /** The quiz: a module id or `review`. */
  quizId: string;
  /** Seed of the response-order shuffle, so a review shows the order the learner saw. */
  seed: number;
  /** When it started (ISO 8601, from the clock passed in). */
  startedAt: string;
  /** When the learner finished it; absent while in progress. */
  finishedAt?: string;
  /** Practice, a mastery check, or a whole-bank quiz from before the split. */
  mode: AttemptMode;
  /**
   * The scenarios this attempt presents, by id, in order: a check's drawn form, or the practice
   * items (all of them, or only those missed last time). Absent for a `quiz` (the whole bank).
   */
  items?: string[];
  /** Answers given so far, by question id. */
  answers: Answers;
}

/** A journal entry answering a lesson's reflection prompt. Private to the learner. */
export interface Reflection {
  /** What the learner wrote. */
  text: string;
  /** When it last changed (ISO 8601). */
  updatedAt: string;
}

/** An assignment the learner accepted from an instructor's link. */
export interface HeldAssignment {
  /** The assignment's id, from the link. */
  id: string;
  /** Modules assigned, in the instructor's order. */
  modules: string[];
  /** Pass mark override (whole percent), if the instructor set one. */
  passMark?: number;
  /** Due date (YYYY-MM-DD), if any. */
  due?: string;
  /** Cohort name, as text. */
  cohort?: string;
  /** Instructor name, as text. */
  instructor?: string;
  /** Optional message from the instructor, as text. */
  message?: string;
  /** When the learner accepted it (ISO 8601). */
  acceptedAt: string;
}

/**
 * A module passed on an earlier version of the content. Kept when the content changes, so a
 * rewrite of the scenarios never takes a pass away; shown with the version it was earned on.
 */
export interface EarlierPass {
  /** The content version the pass was earned on (e.g. `1.0.0`). */
  contentVersion: string;
  /** The score of the passing attempt, whole percent. */
  percent: number;
  /** When that attempt was finished (ISO 8601). */
  at: string;
}

/**
 * Tombstones: what resets removed, so no merge can bring it back (progress-deletions.ts). Kept
 * in the record itself, so they travel to other tabs and into backups with everything else.
 */
export interface Deletions {
  /** Ids of attempts (and set-aside answers) that were reset. */
  attempts: string[];
  /** When each module was last reset (ISO 8601). */
  modules: Record<string, string>;
  /** When each assignment was last removed (ISO 8601). */
  assignments: Record<string, string>;
}

/** Everything the course remembers for one learner. */
export interface Progress {
  /** When each module's lesson was read to the end, by module id. */
  lessonsRead: Record<string, string>;
  /**
   * When each module's lesson was first opened, by module id (ISO 8601). Recorded once, so an
   * opened lesson stays "reading" after the learner moves on; a merge keeps the later of two
   * marks, as it does for lessons read.
   */
  lessonsOpened: Record<string, string>;
  /** Every quiz attempt, oldest first. */
  attempts: Attempt[];
  /** Reflection journal entries, by module id. */
  reflections: Record<string, Reflection>;
  /** The learner's name for certificates and receipts; may be empty. */
  learnerName: string;
  /** Assignments the learner accepted. */
  assignments: HeldAssignment[];
  /** The last place in the course (a route path), for "Continue where you left off". */
  lastLocation: string;
  /** Answers to questions that no longer exist in the course, kept aside rather than lost. */
  setAside: Attempt[];
  /** Modules passed on an earlier content version, by module id. */
  earlierPasses: Record<string, EarlierPass>;
  /** What resets removed (tombstones), so a merge never brings it back. */
  deleted: Deletions;
  /** When this learner's data last changed (ISO 8601); tie-breaker when merging. */
  updatedAt: string;
}

/** A fresh, empty progress record. */
export function emptyProgress(): Progress {
  return {
    lessonsRead: {},
    lessonsOpened: {},
    attempts: [],
    reflections: {},
    learnerName: '',
    assignments: [],
    lastLocation: '',
    setAside: [],
    earlierPasses: {},
    deleted: { attempts: [], modules: {}, assignments: {} },
    updatedAt: '',
  };
}

/** Finished attempts at one quiz, oldest first. */
export function finishedAttempts(progress: Pick<Progress, 'attempts'>, quizId: string): Attempt[] {
  return progress.attempts.filter((a) => a.quizId === quizId && a.finishedAt);
}

/** The learner's unfinished attempt at a quiz in one mode (any mode when omitted), if any. */
export function openAttempt(progress: Pick<Progress, 'attempts'>, quizId: string, mode?: AttemptMode): Attempt | undefined {
  return progress.attempts.findLast((a) => a.quizId === quizId && !a.finishedAt && (mode === undefined || a.mode === mode));
}

/** True when an attempt can pass a module: a mastery check, or a whole-bank quiz from before the split. */
export const countsTowardPass = (attempt: Pick<Attempt, 'mode'>): boolean => attempt.mode !== 'practice';

/** True when the record holds answers (in attempts or set aside): only then can content updates leave them behind. */
export const holdsAnswers = (progress: Pick<Progress, 'attempts' | 'setAside'>): boolean =>
  progress.attempts.length > 0 || progress.setAside.length > 0;

/** Caps that keep a hostile or corrupt record from exhausting memory or the page. */
export const LIMITS = {
  text: 20_000,
  shortText: 200,
  id: 120,
  attempts: 2_000,
  answersPerAttempt: 200,
  choices: 20,
  assignments: 50,
} as const;
