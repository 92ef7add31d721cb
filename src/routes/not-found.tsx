import { Link } from 'react-router';
import { Page } from '../components/page';

/** Any URL the course does not know. */
export function NotFoundRoute() {
  return (
    <Page title="Page not found">
      <p>We could not find that page. The link may be mistyped or from an older version of the course.</p>
      <p>
        <Link to="/">Go to the course home</Link>
      </p>
    </Page>
  );
}
