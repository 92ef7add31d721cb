import { Link } from 'react-router';
import { Page } from '../components/page';
import { course } from '../course/course-data';
import { AssignedModules } from '../features/assignment/assigned-modules';
import { CourseOverview } from '../features/progress/course-overview';

/** / — the course home: what this is, where the learner stands, and every module in order. */
export function HomeRoute() {
  return (
    <Page title={course.title}>
      <p className="lede">Ten short lessons on the core values of peer support, each with realistic scenarios to practice on.</p>
      <AssignedModules />
      <CourseOverview />
      <h2>More</h2>
      <ul className="more-list">
        <li>
          <Link to="/reflections">My reflections</Link>: your private journal from each lesson.
        </li>
        <li>
          <Link to="/my-progress">My progress and backups</Link>: scores, your name, backup and restore, start over.
        </li>
      </ul>
    </Page>
  );
}
