import { formatDate } from '../../components/format-date';
import { findModule } from '../../course/course-data';
import type { ModuleOutcome } from '../../domain/progress/module-outcome';
import { statusText } from '../../domain/progress/module-status';
import { CourseLink } from '../../components/course-link';

/** Props for ModuleOutcomeList. */
interface ModuleOutcomeListProps {
  /** Outcomes in the assigned order. */
  outcomes: ModuleOutcome[];
  /** True while scores are still loading (statuses are provisional). */
  isLoading?: boolean;
}

/** The assigned modules in order, each with its status, best score and a link to it. */
export function ModuleOutcomeList({ outcomes, isLoading = false }: ModuleOutcomeListProps) {
  return (
    <ol className="outcome-list" aria-busy={isLoading}>
      {outcomes.map((o) => {
        const module = findModule(o.moduleId);
        return (
          <li key={o.moduleId}>
            {module ? <CourseLink to={`/module/${module.id}`}>{module.title}</CourseLink> : o.moduleId}
            {' — '}
            <span className={`status status-${o.status}`}>{statusText(o.status, o.best?.percent)}</span>
            {o.status === 'passed' && o.completedAt && ` · ${formatDate(o.completedAt)}`}
            {o.timing === 'late' && ' · after the due date'}
          </li>
        );
      })}
    </ol>
  );
}
