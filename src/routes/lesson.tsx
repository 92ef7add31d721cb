import { usePageParams } from '../components/course-address';
import { Page } from '../components/page';
import { findModule } from '../course/course-data';
import { modulePosition } from '../course/course-scope';
import { lessonContent, LessonView } from '../features/lesson/lesson-view';
import { NotFoundRoute } from './not-found';

/** /module/:slug — one value's lesson. */
export function Component() {
  const { slug } = usePageParams();
  const module = findModule(slug);
  // A module an LMS package left out is not part of this course.
  const at = module && modulePosition(module.id);
  if (!module || !at) return <NotFoundRoute />;
  return (
    <Page title={module.title} eyebrow={`Module ${at.position} of ${at.count} · about ${module.minutes} minutes`}>
      <p className="lede">{module.summary}</p>
      <LessonView key={module.id} module={module} />
    </Page>
  );
}

/** Loads the lesson an address names, beside the page's code, so the page renders complete (src/app/pages.tsx, preloadPage). */
export function preloadContent(slug: string): Promise<unknown> | undefined {
  const module = findModule(slug);
  return module && lessonContent(module);
}
