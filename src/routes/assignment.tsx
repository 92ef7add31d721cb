import { usePageParams } from '../components/course-address';
import { Page } from '../components/page';
import { AssignmentProgress } from '../features/assignment/assignment-progress';
import { useProgress } from '../store/progress-store';
import { CourseLink } from '../components/course-link';

/** /assignment/:id — an accepted assignment: modules, due date, progress and receipt. */
export function Component() {
  const { id } = usePageParams();
  const assignment = useProgress((s) => s.assignments.find((a) => a.id === id));
  if (!assignment) {
    return (
      <Page title="Assignment not found">
        <p>
          This device does not hold that assignment. It may have been removed, or added in another browser. Open the assignment link from
          your instructor again to add it here.
        </p>
        <p>
          <CourseLink to="/">Go to the course home</CourseLink>
        </p>
      </Page>
    );
  }
  return (
    <Page title="Your assignment">
      <AssignmentProgress assignment={assignment} />
    </Page>
  );
}
