import { Page } from '../components/page';
import { runtime } from '../config/runtime';
import { course } from '../course/course-data';
import { courseScope } from '../course/course-scope';
import { PRACTICE, preparePractice } from '../features/quiz/practice-session';
import { QuizFeature } from '../features/quiz/quiz-feature';
import { NotFoundRoute } from './not-found';

/** /review/practice — mixed practice across every value, before the final check. */
export function Component() {
  // An LMS package built without the review does not offer it.
  if (!courseScope().hasReview) return <NotFoundRoute />;
  return (
    <Page title={`${course.review.title}: practice`} eyebrow="Scenarios from every value">
      <QuizFeature key="practice" quiz={course.review} kind={PRACTICE} passMark={runtime().passMark} />
    </Page>
  );
}

/** Beside the page's code and bank (preloadPage): a finished round's results, when they show first. */
export const preloadContent = (): Promise<unknown> => preparePractice(course.review.id);
