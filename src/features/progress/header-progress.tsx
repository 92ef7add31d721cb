import { useCourseAddress } from '../../components/course-address';
import { courseCount } from '../../domain/progress/module-stage';
import { useCourseStatus } from './use-course-status';
import { CourseLink } from '../../components/course-link';

/**
 * The header's progress link: modules passed out of all, always in view and one tap from
 * "My progress". Short on screen ("2/10 passed") so the header stays one row on a phone; the
 * accessible name starts with the visible text and adds where it goes.
 */
export function HeaderProgress() {
  const { modules } = useCourseStatus();
  const count = courseCount(modules.map((m) => m.stage));
  const isHere = useCourseAddress().pathname === '/my-progress';
  return (
    <CourseLink
      to="/my-progress"
      aria-current={isHere ? 'page' : undefined}
      aria-label={`${count.passed}/${count.total} passed: my progress, ${count.text}`}
    >
      <span className="nav-count">
        {count.passed}/{count.total}
      </span>
      <span className="nav-word">passed</span>
    </CourseLink>
  );
}
