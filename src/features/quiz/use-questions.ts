import { loadedQuestionsFor, loadQuestionsFor } from '../../course/bank-loader';
import type { QuizRef } from '../../course/course-data';
import { useLoaded, type Loaded } from '../../course/use-loaded';
import type { Question } from '../../domain/content/content-types';
import { poolsPresented } from '../../domain/progress/attempt-pools';
import { useProgress } from '../../store/progress-store';
import { isInMode, type QuizMode } from './use-quiz-attempt';

/** Where loading a quiz's scenarios stands. */
export type QuestionsState = Loaded<Question[]>;

/** This quiz's attempts a session in `mode` shows or scores, open ones too. */
const attemptsIn = (quiz: QuizRef, mode: QuizMode) => useProgress.getState().attempts.filter((a) => isInMode(a, quiz.id, mode));

/**
 * Loads the scenarios a practice or check session needs, with a retry for a failed load (e.g.
 * offline): the mode's own pool, and another only when a saved attempt presents it (a whole-bank
 * quiz from before the split, shown with the checks). Practice never downloads the check pool.
 */
export function useQuestions(quiz: QuizRef, mode: QuizMode): { state: QuestionsState; retry: () => void } {
  // A string, so answering a scenario does not re-render this page; it changes only when the pools needed do.
  const pools = useProgress((s) => poolsPresented(s.attempts.filter((a) => isInMode(a, quiz.id, mode))).join('+'));
  return useLoaded(
    `${quiz.id}:${mode}:${pools}`,
    () => loadQuestionsFor(quiz, attemptsIn(quiz, mode), [mode]),
    () => loadedQuestionsFor(quiz, attemptsIn(quiz, mode), [mode]),
  );
}
