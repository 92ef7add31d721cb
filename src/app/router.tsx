import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { matchPath, Route, Routes, useLocation } from 'react-router';
import { findModule, findQuiz, loadLesson, loadQuestions } from '../course/course-data';
import { holdsAnswers } from '../domain/progress/progress-model';
import { HomeRoute } from '../routes/home';
import { NotFoundRoute } from '../routes/not-found';
import { useProgress } from '../store/progress-store';
import { AppShell } from './app-shell';
import { PageErrorBoundary } from './page-error-boundary';
import { trackPageLoad } from './page-loading';

/**
 * The URL map. Hash routing so any static host (and any LMS) serves every page from
 * index.html with no rewrites. Home and not-found ship in the first chunk; every other page
 * is its own chunk, loaded when visited. The declarative <HashRouter> + <Routes>, not the data
 * router: the course uses no loaders or actions, and the data router costs about 16 KB gzip on
 * every first visit (docs/decisions/0015-declarative-router.md).
 */

/** A route module: each exports its page as `Component`. */
type PageModule = { Component: ComponentType };

/** A page in its own chunk. */
function page(load: () => Promise<PageModule>) {
  return lazy(() => trackPageLoad(load().then((m) => ({ default: m.Component }))));
}

/**
 * Pages by route path: each loads its code, and optionally the content it shows first (a
 * lesson, a bank), when an address names it at start-up (preloadPage).
 */
const PAGES = {
  lesson: { path: 'module/:slug', load: () => import('../routes/lesson'), content: (slug: string) => lessonOf(slug) },
  practice: { path: 'module/:slug/quiz', load: () => import('../routes/quiz'), content: (slug: string) => bankOf(slug) },
  check: { path: 'module/:slug/check', load: () => import('../routes/check'), content: (slug: string) => bankOf(slug) },
  review: { path: 'review', load: () => import('../routes/review'), content: () => bankOf('review') },
  reviewPractice: { path: 'review/practice', load: () => import('../routes/review-practice'), content: () => bankOf('review') },
  scoring: { path: 'scoring', load: () => import('../routes/scoring') },
  myProgress: { path: 'my-progress', load: () => import('../routes/my-progress') },
  reflections: { path: 'reflections', load: () => import('../routes/reflections') },
  instructor: { path: 'instructor', load: () => import('../routes/instructor') },
  roster: { path: 'instructor/roster', load: () => import('../routes/instructor-roster') },
  safetyReview: { path: 'instructor/safety-review', load: () => import('../routes/instructor-safety-review') },
  settingsCheck: { path: 'settings-check', load: () => import('../routes/settings-check') },
  // A splat, so a link cut to `#/assign/` or broken by a slash still reaches the decoder, which explains what is wrong.
  assign: { path: 'assign/*', load: () => import('../routes/assign') },
  assignment: { path: 'assignment/:id', load: () => import('../routes/assignment') },
  certificate: { path: 'certificate', load: () => import('../routes/certificate') },
} satisfies Record<string, { path: string; load: () => Promise<PageModule>; content?: (slug: string) => Promise<unknown> | undefined }>;

/** Every page but home and not-found, each loaded when first shown. One list: a page is added in PAGES alone. */
const LAZY_PAGES = Object.values(PAGES).map(({ path, load }) => ({ path, Page: page(load) }));

function lessonOf(slug: string) {
  const module = findModule(slug);
  return module && loadLesson(module);
}
function bankOf(id: string) {
  const quiz = findQuiz(id);
  return quiz && loadQuestions(quiz);
}

/**
 * Starts loading the page an address names, and the lesson or bank it shows first, while
 * start-up still waits for the settings file and saved progress: a deep link (an instructor's
 * link, a bookmark, "Continue") then needs no round trip after the first render. Counts as a
 * page load, so a chunk gone after a deployment is the page's error to explain.
 */
export function preloadPage(pathname: string): void {
  for (const { path, load, ...rest } of Object.values(PAGES)) {
    const match = matchPath(`/${path}`, pathname);
    if (!match) continue;
    const content = 'content' in rest ? rest.content(match.params.slug ?? '') : undefined;
    void trackPageLoad(Promise.all([load(), content])).catch(() => undefined);
    return;
  }
}

/** The whole course under a router (<HashRouter> in the app, <MemoryRouter> in tests). */
export function AppRoutes() {
  const { pathname } = useLocation();
  // Once per app, not per navigation: keep saved answers in step with the content. Its own
  // chunk, loaded only when there are saved answers: a first visit has nothing to reconcile.
  useEffect(() => {
    if (!holdsAnswers(useProgress.getState())) return;
    import('./reconcile-progress').then((m) => m.reconcileProgress()).catch(() => undefined);
  }, []);
  return (
    // A page that fails (its code gone offline or after a deployment) shows the error page;
    // moving to another address tries again.
    <PageErrorBoundary resetKey={pathname}>
      {/* Shown while a deep-linked page's chunk loads on first visit; later visits keep the old page until the new one is ready. */}
      <Suspense
        fallback={
          <p className="wrap" role="status">
            Loading the course…
          </p>
        }
      >
        <Routes>
          <Route path="/" element={<AppShell />}>
            <Route index element={<HomeRoute />} />
            {LAZY_PAGES.map(({ path, Page }) => (
              <Route key={path} path={path} element={<Page />} />
            ))}
            <Route path="*" element={<NotFoundRoute />} />
          </Route>
        </Routes>
      </Suspense>
    </PageErrorBoundary>
  );
}
