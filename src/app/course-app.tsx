import { Suspense, useEffect, useMemo } from 'react';
import { CourseAddressContext, isHome, PageParamsContext } from '../components/course-address';
import { holdsAnswers } from '../domain/progress/progress-model';
import { HomeRoute } from '../routes/home';
import { NotFoundRoute } from '../routes/not-found';
import { useProgress } from '../store/progress-store';
import { AppShell } from './app-shell';
import { useFollowAddress } from './follow-address';
import { PageErrorBoundary } from './page-error-boundary';
import { matchPage, preloadPage } from './pages';
import { whenIdle } from './when-idle';

/**
 * The whole course, at the address in the URL's hash, so any static host (and any LMS) serves
 * every page from index.html with no rewrites. Home ships in the first chunk; every other page is
 * its own chunk, named by the address as react-router's matchPath reads it (pages.tsx), with its
 * params for usePageParams (docs/decisions/0027-pages-matched-by-matchpath.md). The web start-up
 * and the LMS page both render this.
 */
export function CourseApp({ transitions = true }: { transitions?: boolean }) {
  // Every move to another address (a link, Back, a programmatic move): the page's code and its
  // lesson or bank load side by side, the shell's loading line shows, and the old page stays
  // until both are here.
  const address = useFollowAddress({ transitions, onMove: ({ pathname }) => preloadPage(pathname) });
  // Once per address, so the page's params stay one object while it is on screen.
  const match = useMemo(() => matchPage(address.pathname), [address.pathname]);
  // Once per app, not per navigation: keep saved answers in step with the content. Its own
  // chunk, loaded only when there are saved answers: a first visit has nothing to reconcile.
  // Once the browser is idle after the first paint (within 2 s): the page a learner arrived at
  // comes first on a slow phone, and nothing on it waits for this (ADR 0023).
  useEffect(() => {
    if (!holdsAnswers(useProgress.getState())) return;
    return whenIdle(() => void import('./reconcile-progress').then((m) => m.reconcileProgress()).catch(() => undefined));
  }, []);
  return (
    <CourseAddressContext value={address}>
      {/* A page that fails (its code gone offline or after a deployment) shows the error page; moving to another address tries again. */}
      <PageErrorBoundary resetKey={address.pathname}>
        <AppShell>
          {/* Inside the shell, so the header, the crisis line and the footer stay if a page ever
              waits for its code here. Moves wait for it before they show (follow-address.ts), and
              start-up before its first render (start-course.tsx), so this is a last resort. */}
          <Suspense fallback={<p role="status">Loading the course…</p>}>
            {isHome(address.pathname) ? (
              <HomeRoute />
            ) : match ? (
              // Keyed by its path, so a move between two addresses of one page (one lesson to
              // another) keeps it mounted, and a move to another page mounts that one afresh.
              <PageParamsContext value={match.params}>
                <match.page.Page key={match.page.path} />
              </PageParamsContext>
            ) : (
              // In the first chunk, like home: a mistyped or old link is answered at once, even offline.
              <NotFoundRoute />
            )}
          </Suspense>
        </AppShell>
      </PageErrorBoundary>
    </CourseAddressContext>
  );
}
