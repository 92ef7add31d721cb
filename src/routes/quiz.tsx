import { useParams } from 'react-router';
import { Page } from '../components/page';
import { findModule } from '../course/course-data';
import { NotFoundRoute } from './not-found';

/** /module/:slug/quiz — a module's scenario quiz. */
export function Component() {
  const { slug } = useParams();
  const module = findModule(slug);
  if (!module) return <NotFoundRoute />;
  return <Page title={`${module.title}: practice scenarios`}>{null}</Page>;
}
