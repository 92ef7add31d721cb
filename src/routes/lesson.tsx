import { useParams } from 'react-router';
import { Page } from '../components/page';
import { course, findModule } from '../course/course-data';
import { LessonView } from '../features/lesson/lesson-view';
import { NotFoundRoute } from './not-found';

/** /module/:slug — one value's lesson. */
export function Component() {
  const { slug } = useParams();
  const module = findModule(slug);
  if (!module) return <NotFoundRoute />;
  const position = course.modules.indexOf(module) + 1;
  return (
    <Page title={module.title} eyebrow={`Module ${position} of ${course.modules.length} · about ${module.minutes} minutes`}>
      <p className="lede">{module.summary}</p>
      <LessonView key={module.id} module={module} />
    </Page>
  );
}
