import { Page } from '../components/page';
import { runtime } from '../config/runtime';
import { course, findQuiz } from '../course/course-data';
import { QuizFeature } from '../features/quiz/quiz-feature';
import { NotFoundRoute } from './not-found';

/** /review — the course's final check: a mixed form across every value. */
export function Component() {
  // The host's course-settings.json may leave the review out.
  if (!findQuiz(course.review.id)) return <NotFoundRoute />;
  return (
    <Page title={`${course.review.title}: final check`} eyebrow="Scenarios from every value">
      <QuizFeature key="check" quiz={course.review} mode="check" passMark={runtime().passMark} />
    </Page>
  );
}
