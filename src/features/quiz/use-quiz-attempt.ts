import { useShallow } from 'zustand/react/shallow';
import type { Answer } from '../../domain/scoring/answers';
import { countsTowardPass, openAttempt, type Attempt } from '../../domain/progress/progress-model';
import { useProgress } from '../../store/progress-store';

/** Practice (feedback as you go) or the mastery check (feedback once the form is submitted). */
export type QuizMode = 'practice' | 'check';

/** A quiz's attempts in one mode and the actions on them, bound to the progress store. */
export interface QuizAttempt {
  /** The unfinished attempt in this mode, if any. */
  open: Attempt | undefined;
  /** Finished attempts in this mode, oldest first (for the check: whole-bank quizzes from before the split too). */
  finished: Attempt[];
  /** Starts a new attempt presenting `items` (with a seed, recorded so reviews replay its order). */
  start: (seed: number, items: string[]) => void;
  /** Saves one answer to an open attempt. */
  record: (attemptId: string, questionId: string, answer: Answer) => void;
  /** Finishes an attempt. */
  finish: (attemptId: string) => void;
}

const now = () => new Date().toISOString();

/** A fresh 32-bit seed from the platform's random source. */
export function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

/** True when an attempt belongs to a quiz's sessions in `mode` (the check's: checks, and whole-bank quizzes from before the split). */
export const isInMode = (a: Attempt, quizId: string, mode: QuizMode) =>
  a.quizId === quizId && (mode === 'check' ? countsTowardPass(a) : a.mode === 'practice');

/** A quiz's finished attempts in `mode`, oldest first. */
export const finishedIn = (attempts: readonly Attempt[], quizId: string, mode: QuizMode): Attempt[] =>
  attempts.filter((a) => a.finishedAt && isInMode(a, quizId, mode));

/** Selects only this quiz's attempts in `mode`; answers are written as each scenario is submitted. */
export function useQuizAttempt(quizId: string, mode: QuizMode): QuizAttempt {
  const open = useProgress((s) => openAttempt(s, quizId, mode));
  const finished = useProgress(useShallow((s) => finishedIn(s.attempts, quizId, mode)));
  const startAttempt = useProgress((s) => s.startAttempt);
  const recordAnswer = useProgress((s) => s.recordAnswer);
  const finishAttempt = useProgress((s) => s.finishAttempt);
  return {
    open,
    finished,
    start: (seed, items) => {
      startAttempt(quizId, seed, now(), mode, items);
    },
    record: (attemptId, questionId, answer) => recordAnswer(attemptId, questionId, answer, now()),
    finish: (attemptId) => finishAttempt(attemptId, now()),
  };
}
