import { Page } from '../components/page';
import { runtime } from '../config/runtime';
import { course } from '../course/course-data';
import { QuizFeature } from '../features/quiz/quiz-feature';

/** /review/practice — mixed practice across every value, before the final check. */
export function Component() {
  return (
    <Page title={`${course.review.title}: practice`} eyebrow="Scenarios from every value">
      <QuizFeature key="practice" quiz={course.review} mode="practice" passMark={runtime().passMark} />
    </Page>
  );
}
