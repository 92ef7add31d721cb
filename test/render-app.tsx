// Renders the real app (router, shell, routes) at a given hash path, as a learner would see it.
import { render } from '@testing-library/react';
import { HashRouter } from 'react-router';
import { AppRoutes } from '../src/app/router';

/**
 * Renders the whole course at `path` (e.g. "/module/voluntary"). Navigations render at once
 * rather than as transitions: React holds a transition that suspends inside a test's act() until
 * an act() flushes it, which user-event's clicks never do. The browser tests run the real thing.
 */
export function renderApp(path = '/') {
  window.location.hash = `#${path}`;
  return render(
    <HashRouter useTransitions={false}>
      <AppRoutes />
    </HashRouter>,
  );
}
