import { loadedQuestions, loadQuestions, type QuizRef } from '../../course/course-data';
import { useLoaded, type Loaded } from '../../course/use-loaded';
import type { Question } from '../../domain/content/content-types';

/** Where loading a quiz's scenarios stands. */
export type QuestionsState = Loaded<Question[]>;

/** Loads a quiz's scenarios (their own chunk) with a retry for a failed load (e.g. offline). */
export function useQuestions(quiz: QuizRef): { state: QuestionsState; retry: () => void } {
  return useLoaded(
    quiz.id,
    () => loadQuestions(quiz),
    () => loadedQuestions(quiz),
  );
}
