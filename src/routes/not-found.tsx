import { Page } from '../components/page';
import { CourseLink } from '../components/course-link';

/** Any URL the course does not know. */
export function NotFoundRoute() {
  return (
    <Page title="Page not found">
      <p>We could not find that page. The link may be mistyped or from an older version of the course.</p>
      <p>
        <CourseLink to="/">Go to the course home</CourseLink>
      </p>
    </Page>
  );
}
