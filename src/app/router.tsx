import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { matchPath, parsePath, Route, Routes, useLocation } from 'react-router';
import { findQuiz } from '../course/course-data';
import { holdsAnswers } from '../domain/progress/progress-model';
import { HomeRoute } from '../routes/home';
import { NotFoundRoute } from '../routes/not-found';
import { useProgress } from '../store/progress-store';
import { AppShell } from './app-shell';
import { addressInHash } from './follow-address';
import { PAGE_ROUTES } from './page-routes';
import { PageErrorBoundary } from './page-error-boundary';
import { trackPageLoad } from './page-loading';
import { whenIdle } from './when-idle';

/**
 * The URL map. Hash routing so any static host (and any LMS) serves every page from
 * index.html with no rewrites. Home and not-found ship in the first chunk; every other page
 * is its own chunk, loaded when visited. The declarative <HashRouter> + <Routes>, not the data
 * router: the course uses no loaders or actions, and the data router costs about 16 KB gzip on
 * every first visit (docs/decisions/0015-declarative-router.md).
 */

/** A route module: each exports its page as `Component`. */
type PageModule = { Component: ComponentType };

/**
 * A page in its own chunk. When its code is already here (preloadPage ran at start-up, or the
 * page was shown before) it renders at once; otherwise it suspends while the chunk loads. Not
 * suspending matters on a deep link: React shows a suspended boundary's fallback for at least
 * 300 ms before revealing the page, and that wait delayed every arrival's first paint (ADR 0023).
 */
function page(load: () => Promise<PageModule>) {
  let loaded: ComponentType | undefined;
  const preload = () =>
    load().then((m) => {
      loaded = m.Component;
      return m;
    });
  const Lazy = lazy(() => trackPageLoad(preload().then((m) => ({ default: m.Component }))));
  function Page() {
    // Chosen once per mount, so a page on screen is never swapped for another component type.
    const [Ready] = useState(() => loaded);
    return Ready ? <Ready /> : <Lazy />;
  }
  return { Page, preload };
}

const lessonPage = () => import('../routes/lesson');

/**
 * The pages in page-routes.ts (their paths): each loads its code, and optionally the content it
 * shows first (a lesson, a bank), when an address names it at start-up (preloadPage).
 */
const PAGES = {
  lesson: { load: lessonPage, content: (slug: string) => lessonPage().then((m) => m.preloadContent(slug)) },
  practice: { load: () => import('../routes/quiz'), content: (slug: string) => poolOf(slug, 'practice') },
  check: { load: () => import('../routes/check'), content: (slug: string) => poolOf(slug, 'check') },
  review: { load: () => import('../routes/review'), content: () => poolOf('review', 'check') },
  reviewPractice: { load: () => import('../routes/review-practice'), content: () => poolOf('review', 'practice') },
  scoring: { load: () => import('../routes/scoring') },
  myProgress: { load: () => import('../routes/my-progress') },
  reflections: { load: () => import('../routes/reflections') },
  instructor: { load: () => import('../routes/instructor') },
  roster: { load: () => import('../routes/instructor-roster') },
  safetyReview: { load: () => import('../routes/instructor-safety-review') },
  settingsCheck: { load: () => import('../routes/settings-check') },
  assign: { load: () => import('../routes/assign') },
  assignment: { load: () => import('../routes/assignment') },
  certificate: { load: () => import('../routes/certificate') },
} satisfies Record<keyof typeof PAGE_ROUTES, { load: () => Promise<PageModule>; content?: (slug: string) => Promise<unknown> | undefined }>;

/** Every page but home and not-found, each loaded when first shown. A page is added in page-routes.ts and PAGES. */
const LAZY_PAGES = Object.entries(PAGES).map(([name, entry]) => ({
  path: PAGE_ROUTES[name as keyof typeof PAGES].path,
  content: 'content' in entry ? entry.content : undefined,
  ...page(entry.load),
}));

/** The pool a practice or check page shows (each pool is its own chunk, loaded by a chunk of its own). */
function poolOf(id: string, pool: 'practice' | 'check') {
  const quiz = findQuiz(id);
  return quiz && import('../course/bank-loader').then((banks) => banks.loadQuestions(quiz, [pool]));
}

/**
 * Loads the page an address names, and the lesson or bank it shows first, while start-up still
 * waits for the settings file and saved progress: a deep link (an instructor's link, a bookmark,
 * "Continue") then needs no round trip after the first render, and the first render shows the
 * page itself, not a fallback. Counts as a page load, so a chunk gone after a deployment is the
 * page's error to explain. Resolves when done, never rejects: a page that cannot load shows its
 * error when it renders.
 */
export function preloadPage(pathname: string): Promise<void> {
  for (const { path, content, preload } of LAZY_PAGES) {
    const match = matchPath(`/${path}`, pathname);
    if (!match) continue;
    return trackPageLoad(Promise.all([preload(), content?.(match.params.slug ?? '')])).then(
      () => undefined,
      () => undefined,
    );
  }
  return Promise.resolve();
}

/** preloadPage for the address in the page's URL now. */
export const preloadAddress = (): Promise<void> => preloadPage(parsePath(addressInHash()).pathname ?? '/');

/** The whole course under a router (<HashRouter> in the app, <MemoryRouter> in tests). */
export function AppRoutes() {
  const { pathname } = useLocation();
  // Once per app, not per navigation: keep saved answers in step with the content. Its own
  // chunk, loaded only when there are saved answers: a first visit has nothing to reconcile.
  // Once the browser is idle after the first paint (within 2 s): the page a learner arrived at
  // comes first on a slow phone, and nothing on it waits for this (ADR 0023).
  useEffect(() => {
    if (!holdsAnswers(useProgress.getState())) return;
    return whenIdle(() => void import('./reconcile-progress').then((m) => m.reconcileProgress()).catch(() => undefined));
  }, []);
  // Every move to another address (a link, Back, a programmatic move, in the web course and in an
  // LMS): the page's code and its lesson or bank load side by side, the shell's loading line shows
  // until both are here, and the old page stays on screen meanwhile.
  useEffect(() => {
    const preload = () => void preloadAddress();
    window.addEventListener('hashchange', preload);
    return () => window.removeEventListener('hashchange', preload);
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
