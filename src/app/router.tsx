import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { Route, Routes, useLocation } from 'react-router';
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

/** A page in its own chunk; each route module exports its page as `Component`. */
function page(load: () => Promise<{ Component: ComponentType }>) {
  return lazy(() => trackPageLoad(load().then((m) => ({ default: m.Component }))));
}

const Lesson = page(() => import('../routes/lesson'));
const Practice = page(() => import('../routes/quiz'));
const Check = page(() => import('../routes/check'));
const Review = page(() => import('../routes/review'));
const ReviewPractice = page(() => import('../routes/review-practice'));
const Scoring = page(() => import('../routes/scoring'));
const MyProgress = page(() => import('../routes/my-progress'));
const Reflections = page(() => import('../routes/reflections'));
const Instructor = page(() => import('../routes/instructor'));
const InstructorRoster = page(() => import('../routes/instructor-roster'));
const SafetyReview = page(() => import('../routes/instructor-safety-review'));
const SettingsCheck = page(() => import('../routes/settings-check'));
const Assign = page(() => import('../routes/assign'));
const Assignment = page(() => import('../routes/assignment'));
const Certificate = page(() => import('../routes/certificate'));

/** The whole course under a router (<HashRouter> in the app, <MemoryRouter> in tests). */
export function AppRoutes() {
  const { pathname } = useLocation();
  // Once per app, not per navigation: keep saved answers in step with the content. Its own
  // chunk, loaded only when there are saved answers: a first visit has nothing to reconcile.
  useEffect(() => {
    const { attempts, setAside } = useProgress.getState();
    if (attempts.length === 0 && setAside.length === 0) return;
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
            <Route path="module/:slug" element={<Lesson />} />
            <Route path="module/:slug/quiz" element={<Practice />} />
            <Route path="module/:slug/check" element={<Check />} />
            <Route path="review" element={<Review />} />
            <Route path="review/practice" element={<ReviewPractice />} />
            <Route path="scoring" element={<Scoring />} />
            <Route path="my-progress" element={<MyProgress />} />
            <Route path="reflections" element={<Reflections />} />
            <Route path="instructor" element={<Instructor />} />
            <Route path="instructor/roster" element={<InstructorRoster />} />
            <Route path="instructor/safety-review" element={<SafetyReview />} />
            <Route path="settings-check" element={<SettingsCheck />} />
            {/* A splat, so a link cut to `#/assign/` or broken by a slash still reaches the decoder, which explains what is wrong. */}
            <Route path="assign/*" element={<Assign />} />
            <Route path="assignment/:id" element={<Assignment />} />
            <Route path="certificate" element={<Certificate />} />
            <Route path="*" element={<NotFoundRoute />} />
          </Route>
        </Routes>
      </Suspense>
    </PageErrorBoundary>
  );
}
