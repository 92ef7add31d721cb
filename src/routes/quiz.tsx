import { useParams } from 'react-router';
import { Page } from '../components/page';
import { course, findModule } from '../course/course-data';
import { QuizFeature } from '../features/quiz/quiz-feature';
import { NotFoundRoute } from './not-found';

/** /module/:slug/quiz — a module's scenario quiz. */
export function Component() {
  const { slug } = useParams();
  const module = findModule(slug);
  if (!module) return <NotFoundRoute />;
  const position = course.modules.indexOf(module) + 1;
  return (
    <Page title={`${module.title}: practice scenarios`} eyebrow={`Module ${position} of ${course.modules.length}`}>
      <QuizFeature key={module.id} quiz={module} lessonHref={`/module/${module.id}`} />
    </Page>
  );
}
