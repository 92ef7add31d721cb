import { Page } from '../components/page';
import { runtime } from '../config/runtime';
import { course, findQuiz } from '../course/course-data';
import { QuizFeature } from '../features/quiz/quiz-feature';
import { NotFoundRoute } from './not-found';

/** /review/practice — mixed practice across every value, before the final check. */
export function Component() {
  // The host's course-settings.json may leave the review out.
  if (!findQuiz(course.review.id)) return <NotFoundRoute />;
  return (
    <Page title={`${course.review.title}: practice`} eyebrow="Scenarios from every value">
      <QuizFeature key="practice" quiz={course.review} mode="practice" passMark={runtime().passMark} />
    </Page>
  );
}
