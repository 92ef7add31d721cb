import { useShallow } from 'zustand/react/shallow';
import type { Answer } from '../../domain/scoring/answers';
import { finishedAttempts, openAttempt, type Attempt } from '../../domain/progress/progress-model';
import { useProgress } from '../../store/progress-store';

/** A quiz's attempts and the actions on them, bound to the progress store. */
export interface QuizAttempt {
  /** The unfinished attempt, if any. */
  open: Attempt | undefined;
  /** Finished attempts, oldest first. */
  finished: Attempt[];
  /** Starts a new attempt with a fresh random seed (recorded, so reviews replay its order). */
  start: () => void;
  /** Saves one answer to an open attempt. */
  record: (attemptId: string, questionId: string, answer: Answer) => void;
  /** Finishes an attempt. */
  finish: (attemptId: string) => void;
}

const now = () => new Date().toISOString();

/** A fresh 32-bit shuffle seed from the platform's random source. */
function newSeed(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}

/** Selects only this quiz's attempts; answers are written as each scenario is submitted. */
export function useQuizAttempt(quizId: string): QuizAttempt {
  const open = useProgress((s) => openAttempt(s, quizId));
  const finished = useProgress(useShallow((s) => finishedAttempts(s, quizId)));
  const startAttempt = useProgress((s) => s.startAttempt);
  const recordAnswer = useProgress((s) => s.recordAnswer);
  const finishAttempt = useProgress((s) => s.finishAttempt);
  return {
    open,
    finished,
    start: () => {
      startAttempt(quizId, newSeed(), now());
    },
    record: (attemptId, questionId, answer) => recordAnswer(attemptId, questionId, answer, now()),
    finish: (attemptId) => finishAttempt(attemptId, now()),
  };
}
