import { Page } from '../components/page';
import { course } from '../course/course-data';
import { courseScope } from '../course/course-scope';
import { AssignedModules } from '../features/assignment/assigned-modules';
import { CourseOverview } from '../features/progress/course-overview';
import { CourseLink } from '../components/course-link';

const COUNT_WORDS = ['No', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten'];

/** What the course holds, in one sentence: a package of some modules says how many it has. */
function courseLede(lessons: number): string {
  if (lessons === 0) return 'Mixed scenarios from every value of peer support, to practice on.';
  const count = COUNT_WORDS[lessons] ?? String(lessons);
  return lessons === 1
    ? 'One short lesson on a core value of peer support, with realistic scenarios to practice on.'
    : `${count} short lessons on the core values of peer support, each with realistic scenarios to practice on.`;
}

/** / — the course home: what this is, where the learner stands, and every module in order. */
export function HomeRoute() {
  return (
    <Page title={course.title}>
      <p className="lede">{courseLede(courseScope().modules.length)}</p>
      <AssignedModules />
      <CourseOverview />
      <h2>More</h2>
      <ul className="more-list">
        <li>
          <CourseLink to="/reflections">My reflections</CourseLink>: your private journal from each lesson.
        </li>
        <li>
          <CourseLink to="/my-progress">My progress and backups</CourseLink>: scores, your name, backup and restore, start over.
        </li>
      </ul>
    </Page>
  );
}
