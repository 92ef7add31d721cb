import type { ModuleEntry } from '../../domain/content/content-types';
import { stageText } from '../../domain/progress/module-stage';
import type { ModuleProgress } from './use-course-status';
import { CourseLink } from '../../components/course-link';

/** Props for ModuleCard. */
interface ModuleCardProps {
  /** The module. */
  module: ModuleEntry;
  /** Its position in the course, from 1. */
  position: number;
  /** The learner's status in it. */
  progress: ModuleProgress;
}

/**
 * One module on the home page, as a card: its number (a tick once passed), title, where the
 * learner stands in words (never colour alone), summary, and ways into practice and the check.
 * The title link is the card's main target, a full 44 px row.
 */
export function ModuleCard({ module, position, progress }: ModuleCardProps) {
  const status = stageText(progress.stage, progress.bestPercent);
  return (
    <li className={`module-card stage-${progress.stage}`}>
      <h3>
        <CourseLink to={`/module/${module.id}`} aria-describedby={`module-${position}-status`}>
          {module.title}
        </CourseLink>
      </h3>
      <p className="module-status" id={`module-${position}-status`}>
        <span className="visually-hidden">Status: </span>
        {status}
      </p>
      <p className="module-summary">{module.summary}</p>
      <p className="module-links">
        <CourseLink to={`/module/${module.id}/quiz`} aria-label={`Practice ${module.title} scenarios`}>
          Practice scenarios
        </CourseLink>
        <CourseLink to={`/module/${module.id}/check`} aria-label={`${module.title} mastery check`}>
          Mastery check
        </CourseLink>
      </p>
    </li>
  );
}
