import { Page } from '../components/page';
import { runtime } from '../config/runtime';
import { course } from '../course/course-data';
import { QuizFeature } from '../features/quiz/quiz-feature';

/** /review — the mixed course review quiz. */
export function Component() {
  return (
    <Page title={course.review.title} eyebrow="Scenarios from every value">
      <QuizFeature quiz={course.review} passMark={runtime().passMark} />
    </Page>
  );
}
