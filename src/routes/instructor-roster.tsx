import { Page } from '../components/page';
import { RosterView } from '../features/instructor/roster-view';
import { CourseLink } from '../components/course-link';

/** /instructor/roster — import and review trainees' completion receipts. */
export function Component() {
  return (
    <Page title="Roster">
      <p>
        <CourseLink to="/instructor">Create an assignment link</CourseLink>
      </p>
      <RosterView />
    </Page>
  );
}
