import { findQuiz } from '../course/course-data';
import { PRACTICE, preparePractice } from '../features/quiz/practice-session';
import { ModuleQuizPage } from './module-quiz-page';

/** /module/:slug/quiz — a module's practice scenarios (feedback after every answer). */
export function Component() {
  return <ModuleQuizPage kind={PRACTICE} />;
}

/** Beside the page's code and bank (preloadPage): a finished round's results, when they show first. */
export function preloadContent(slug: string): Promise<unknown> | undefined {
  const quiz = findQuiz(slug);
  return quiz && preparePractice(quiz.id);
}
