import { createHashRouter, type RouteObject } from 'react-router';
import { HomeRoute } from '../routes/home';
import { NotFoundRoute } from '../routes/not-found';
import { RouteError } from '../routes/route-error';
import { AppShell } from './app-shell';

/**
 * The URL map. Hash routing so any static host (and any LMS) serves every page from
 * index.html with no rewrites. Home and not-found ship in the first chunk; every other page
 * is its own chunk, loaded when visited.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    // Once per page load, not per navigation: keep saved answers in step with the content.
    // Not awaited: the page renders at once and statuses settle when the banks arrive.
    loader: () => {
      // Its own chunk: a first visit has nothing to reconcile and should not download it.
      import('./reconcile-progress').then((m) => m.reconcileProgress()).catch(() => undefined);
      return null;
    },
    shouldRevalidate: () => false,
    // Shown while a deep-linked page's chunk loads on first visit.
    hydrateFallbackElement: (
      <p className="wrap" role="status">
        Loading the course…
      </p>
    ),
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'module/:slug', lazy: () => import('../routes/lesson') },
      { path: 'module/:slug/quiz', lazy: () => import('../routes/quiz') },
      { path: 'module/:slug/check', lazy: () => import('../routes/check') },
      { path: 'review', lazy: () => import('../routes/review') },
      { path: 'review/practice', lazy: () => import('../routes/review-practice') },
      { path: 'scoring', lazy: () => import('../routes/scoring') },
      { path: 'my-progress', lazy: () => import('../routes/my-progress') },
      { path: 'reflections', lazy: () => import('../routes/reflections') },
      { path: 'instructor', lazy: () => import('../routes/instructor') },
      { path: 'instructor/roster', lazy: () => import('../routes/instructor-roster') },
      { path: 'instructor/safety-review', lazy: () => import('../routes/instructor-safety-review') },
      { path: 'settings-check', lazy: () => import('../routes/settings-check') },
      // A splat, so a link cut to `#/assign/` or broken by a slash still reaches the decoder, which explains what is wrong.
      { path: 'assign/*', lazy: () => import('../routes/assign') },
      { path: 'assignment/:id', lazy: () => import('../routes/assignment') },
      { path: 'certificate', lazy: () => import('../routes/certificate') },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

/** The app's router (tests build their own from `routes`). */
export const router = createHashRouter(routes);
