import { Link } from 'react-router';
import { Page } from '../components/page';
import { whereProgressGoes } from '../config/runtime';
import { course } from '../course/course-data';
import { AssignedModules } from '../features/assignment/assigned-modules';
import { CourseOverview } from '../features/progress/course-overview';
import { useDeviceMode } from '../store/device-mode';

/** / — the course home: what this is, where the learner stands, and every module in order. */
export function HomeRoute() {
  const isShared = useDeviceMode((s) => s.mode === 'shared');
  return (
    <Page title={course.title}>
      <p className="lede">
        {lessonCount(course.modules.length)} on the core values of peer support, each with realistic scenarios to practice on.{' '}
        {whereProgressGoes(isShared)}
      </p>
      <AssignedModules />
      <CourseOverview />
      <h2>More</h2>
      <ul>
        <li>
          <Link to="/reflections">My reflections</Link>: your private journal from each lesson.
        </li>
        <li>
          <Link to="/my-progress">My progress and backups</Link>: your name, backup and restore, start over.
        </li>
      </ul>
    </Page>
  );
}

const WORDS = ['One short lesson', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];

/** "Ten short lessons" (the host's settings may show fewer modules). */
function lessonCount(n: number): string {
  return n === 1 ? WORDS[0]! : `${WORDS[n - 1] ?? n} short lessons`;
}
