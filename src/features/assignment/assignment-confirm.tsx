import { useMemo, useState } from 'react';
import { decodeAssignmentLink } from '../../domain/exchange/assignment-link';
import { LIMITS } from '../../domain/progress/progress-model';
import { useProgress } from '../../store/progress-store';
import { AssignmentSummary } from './assignment-summary';
import { CourseLink, openCoursePage } from '../../components/course-link';

/** Props for AssignmentConfirm. */
interface AssignmentConfirmProps {
  /** The link payload from the URL (untrusted). */
  code: string;
}

/**
 * What opening an assignment link shows: the assignment, and a choice to add it. Nothing in the
 * learner's progress changes until they press "Add this assignment"; a bad link changes nothing.
 */
export function AssignmentConfirm({ code }: AssignmentConfirmProps) {
  const decoded = useMemo(() => decodeAssignmentLink(code), [code]);
  const held = useProgress((s) => s.assignments);
  const acceptAssignment = useProgress((s) => s.acceptAssignment);
  const [full, setFull] = useState(false);

  if (!decoded.ok) {
    return (
      <div className="notice error" role="alert">
        <h2>This assignment link cannot be used</h2>
        <p>{decoded.error.message}</p>
        <p>Nothing was changed: your progress is exactly as it was.</p>
        <p>
          <CourseLink to="/">Go to the course home</CourseLink>
        </p>
      </div>
    );
  }
  const assignment = decoded.value;
  const already = held.some((a) => a.id === assignment.id);

  function accept() {
    if (held.length >= LIMITS.assignments) return setFull(true);
    acceptAssignment({ ...assignment, acceptedAt: new Date().toISOString() });
    openCoursePage(`/assignment/${assignment.id}`);
  }

  const count = assignment.modules.length === 1 ? '1 module' : `${assignment.modules.length} modules`;
  return (
    <>
      <p className="lede">
        {assignment.instructor ? `${assignment.instructor} has assigned you` : 'An instructor has assigned you'} {count} from this course.
        Add the assignment to start; it changes none of your answers.
      </p>
      {already ? (
        <p role="status">
          You already have this assignment. <CourseLink to={`/assignment/${assignment.id}`}>Open it</CourseLink>
        </p>
      ) : (
        <>
          <div className="button-row next-step">
            <button type="button" className="button" onClick={accept}>
              Add this assignment
            </button>
            <CourseLink className="button secondary" to="/">
              Not now
            </CourseLink>
          </div>
          {full && (
            <p role="alert" className="notice error">
              You already hold {LIMITS.assignments} assignments, the most this course keeps. Remove one you have finished, then open this
              link again.
            </p>
          )}
        </>
      )}
      <AssignmentSummary assignment={assignment} />
    </>
  );
}
