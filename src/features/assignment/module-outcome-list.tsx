import { Link } from 'react-router';
import { formatDate } from '../../components/format-date';
import { findModule } from '../../course/course-data';
import { MODULE_STATUS_LABELS, type ModuleOutcome } from '../../domain/progress/module-outcome';

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
            {module ? <Link to={`/module/${module.id}`}>{module.title}</Link> : o.moduleId}
            {' — '}
            <span className={`status status-${o.status}`}>{MODULE_STATUS_LABELS[o.status]}</span>
            {o.best && ` · best score ${o.best.percent}%`}
            {o.status === 'passed' && o.completedAt && ` · ${formatDate(o.completedAt)}`}
            {o.timing === 'late' && ' · after the due date'}
          </li>
        );
      })}
    </ol>
  );
}
