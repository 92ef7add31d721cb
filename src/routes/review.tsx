import { Page } from '../components/page';
import { runtime } from '../config/runtime';
import { course } from '../course/course-data';
import { QuizFeature } from '../features/quiz/quiz-feature';

/** /review — the course's final check: a mixed form across every value. */
export function Component() {
  return (
    <Page title={`${course.review.title}: final check`} eyebrow="Scenarios from every value">
      <QuizFeature key="check" quiz={course.review} mode="check" passMark={runtime().passMark} />
    </Page>
  );
}
