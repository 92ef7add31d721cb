import { useMemo } from 'react';
import { formatDay } from '../../components/format-date';
import { modulesText } from '../../domain/progress/module-stage';
import type { HeldAssignment } from '../../domain/progress/progress-model';
import { ModuleOutcomeList } from './module-outcome-list';
import { toReceiptAssignment, useAssignmentReport } from './use-assignment-report';
import { CourseLink } from '../../components/course-link';

/** One held assignment on the home page: who, when, and each module's status in order. */
export function AssignmentCard({ assignment }: { /** The held assignment. */ assignment: HeldAssignment }) {
  const forReceipt = useMemo(() => toReceiptAssignment(assignment), [assignment]);
  const report = useAssignmentReport(forReceipt);
  const who = [assignment.cohort, assignment.instructor && `from ${assignment.instructor}`].filter(Boolean).join(', ');
  return (
    <article className="assignment-card" aria-labelledby={`assignment-${assignment.id}`}>
      <h3 id={`assignment-${assignment.id}`}>
        <CourseLink to={`/assignment/${assignment.id}`}>{who ? `Assignment: ${who}` : 'Assignment'}</CourseLink>
      </h3>
      <p>
        {assignment.due ? `Due ${formatDay(assignment.due)}` : 'No due date'} ·{' '}
        {`${report.passed} of ${modulesText(assignment.modules.length)} passed`}
      </p>
      <ModuleOutcomeList outcomes={report.outcomes} isLoading={!report.ready} />
    </article>
  );
}
