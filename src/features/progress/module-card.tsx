import { Link } from 'react-router';
import type { ModuleEntry } from '../../domain/content/content-types';
import { statusText } from '../../domain/progress/module-status';
import type { ModuleProgress } from './use-course-status';

/** Props for ModuleCard. */
interface ModuleCardProps {
  /** The module. */
  module: ModuleEntry;
  /** Its position in the course, from 1. */
  position: number;
  /** The learner's status in it. */
  progress: ModuleProgress;
}

/** One module on the home page: title, summary, status in words (not color alone), links. */
export function ModuleCard({ module, position, progress }: ModuleCardProps) {
  const status = statusText(progress.status, progress.bestPercent);
  return (
    <li className={`module-card status-${progress.status}`}>
      <h3>
        <Link to={`/module/${module.id}`} aria-describedby={`module-${position}-status`}>
          {module.title}
        </Link>
      </h3>
      <p>{module.summary}</p>
      <p className="module-status" id={`module-${position}-status`}>
        <span aria-hidden="true" className="status-icon" />
        <span className="visually-hidden">Status: </span>
        {status}
      </p>
      <p className="module-links">
        <Link to={`/module/${module.id}/quiz`} aria-label={`Practice ${module.title} scenarios`}>
          Practice scenarios
        </Link>
        <Link to={`/module/${module.id}/check`} aria-label={`${module.title} mastery check`}>
          Mastery check
        </Link>
      </p>
    </li>
  );
}
