// Renders the real app (router, shell, routes) at a given hash path, as a learner would see it.
import { render } from '@testing-library/react';
import { createHashRouter, RouterProvider } from 'react-router';
import { routes } from '../src/app/router';

/** Renders the whole course at `path` (e.g. "/module/voluntary"). */
export function renderApp(path = '/') {
  window.location.hash = `#${path}`;
  const router = createHashRouter(routes);
  return { router, ...render(<RouterProvider router={router} />) };
}
