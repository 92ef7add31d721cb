import { useProgress } from '../../store/progress-store';
import { AssignmentCard } from './assignment-card';

/**
 * For the course home: every assignment the learner holds, each with its modules in the
 * assigned order, their status and the due date. Renders nothing when there are none.
 */
export function AssignedModules() {
  const assignments = useProgress((s) => s.assignments);
  if (assignments.length === 0) return null;
  return (
    <section className="assigned-modules" aria-labelledby="assigned-heading">
      <h2 id="assigned-heading">Your assignments</h2>
      {assignments.map((a) => (
        <AssignmentCard key={a.id} assignment={a} />
      ))}
    </section>
  );
}
