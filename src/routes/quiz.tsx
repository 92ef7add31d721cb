import { PRACTICE } from '../features/quiz/practice-session';
import { ModuleQuizPage } from './module-quiz-page';

/** /module/:slug/quiz — a module's practice scenarios (feedback after every answer). */
export function Component() {
  return <ModuleQuizPage kind={PRACTICE} />;
}
