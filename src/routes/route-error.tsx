import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { Page } from '../components/page';

/** Shown when a page fails to load (e.g. a lesson chunk while offline) instead of a blank screen. */
export function RouteError() {
  const error = useRouteError();
  const detail = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : '';
  return (
    <main id="main" className="wrap">
      <Page title="Something went wrong">
        <p>This page could not be shown. Your saved progress is safe.</p>
        <p>If you are offline, reconnect and try again.</p>
        {detail && <p className="muted">Details: {detail}</p>}
        <p>
          <Link to="/" reloadDocument>
            Reload the course home
          </Link>
        </p>
      </Page>
    </main>
  );
}
