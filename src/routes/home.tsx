import { Link } from 'react-router';
import { Page } from '../components/page';
import { course } from '../course/course-data';

/** / — the course home: what this is, and every module in order. */
export function HomeRoute() {
  return (
    <Page title={course.title}>
      <p className="lede">
        Ten short lessons on the core values of peer support, each with realistic scenarios to practise on. Your progress is saved on this device.
      </p>
      <h2>Modules</h2>
      <ol className="module-list">
        {course.modules.map((m) => (
          <li key={m.id}>
            <Link to={`/module/${m.id}`}>{m.title}</Link>
            <p>{m.summary}</p>
          </li>
        ))}
      </ol>
      <p>
        <Link to="/review">{course.review.title}</Link>
      </p>
    </Page>
  );
}
