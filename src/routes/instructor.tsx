import { Page } from '../components/page';
import { AssignmentCreator } from '../features/instructor/assignment-creator';
import { CourseLink } from '../components/course-link';

/** /instructor — build an assignment link for trainees. */
export function Component() {
  return (
    <Page title="Assign modules">
      <p className="lede no-print">
        Choose modules for a cohort and share one link. Trainees open it, add the assignment, and send you a receipt when they are done. No
        accounts, no server.
      </p>
      <p className="no-print">
        <CourseLink to="/instructor/roster">Open the roster</CourseLink> to review receipts your trainees send you.
      </p>
      <ul className="no-print">
        <li>
          <CourseLink to="/instructor/safety-review">Safety review packet</CourseLink>: every safety scenario, printable, for your clinician
          and peer supervisor to sign off.
        </li>
        <li>
          <CourseLink to="/settings-check">Check this site’s settings</CourseLink>: for whoever hosts the course.
        </li>
      </ul>
      <AssignmentCreator />
    </Page>
  );
}
