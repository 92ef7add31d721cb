import { lazy, Suspense } from 'react';
import { useProgress } from '../../store/progress-store';

// Loaded only when the learner holds an assignment: the cards bring receipt building and its
// SHA-256 checksum, which a first visit (no assignments yet) never needs. Keeping them out of
// the first chunk holds the first-visit bundle budget (`npm run bench`, issue #8).
const AssignmentCard = lazy(() => import('./assignment-card').then((m) => ({ default: m.AssignmentCard })));

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
      <Suspense fallback={<p role="status">Loading your assignments…</p>}>
        {assignments.map((a) => (
          <AssignmentCard key={a.id} assignment={a} />
        ))}
      </Suspense>
    </section>
  );
}
