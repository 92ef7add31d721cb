import { CHECK } from '../features/quiz/check-session';
import { ModuleQuizPage } from './module-quiz-page';

/** /module/:slug/check — a module's mastery check (feedback once the form is submitted). */
export function Component() {
  return <ModuleQuizPage kind={CHECK} />;
}
