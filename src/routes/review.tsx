import { Page } from '../components/page';
import { course } from '../course/course-data';

/** /review — the mixed course review quiz. */
export function Component() {
  return <Page title={course.review.title}>{null}</Page>;
}
