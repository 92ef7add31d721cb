import { Page } from '../components/page';
import { runtime } from '../config/runtime';
import { course } from '../course/course-data';
import { courseScope } from '../course/course-scope';
import { QuizFeature } from '../features/quiz/quiz-feature';
import { NotFoundRoute } from './not-found';

/** /review — the mixed course review quiz. */
export function Component() {
  // An LMS package built without the review does not offer it.
  if (!courseScope().hasReview) return <NotFoundRoute />;
  return (
    <Page title={course.review.title} eyebrow="Scenarios from every value">
      <QuizFeature quiz={course.review} passMark={runtime().passMark} />
    </Page>
  );
}
