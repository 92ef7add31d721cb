import { Page } from '../components/page';
import { runtime } from '../config/runtime';
import { course } from '../course/course-data';
import { courseScope } from '../course/course-scope';
import { CHECK } from '../features/quiz/check-session';
import { QuizFeature } from '../features/quiz/quiz-feature';
import { NotFoundRoute } from './not-found';

/** /review — the course's final check: a mixed form across every value. */
export function Component() {
  // An LMS package built without the review does not offer it.
  if (!courseScope().hasReview) return <NotFoundRoute />;
  return (
    <Page title={`${course.review.title}: final check`} eyebrow="Scenarios from every value">
      <QuizFeature key="check" quiz={course.review} kind={CHECK} passMark={runtime().passMark} />
    </Page>
  );
}
