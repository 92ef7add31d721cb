import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { listenForMissingChunks } from '../features/offline/missing-chunk';
import { registerServiceWorker } from '../features/offline/register-service-worker';
import { linkWebManifest } from '../features/offline/web-manifest';
import { RouteError } from '../routes/route-error';
import { listenForOtherTabs, progressLoaded } from '../store/progress-store';
import { loadDeviceSlots } from './device-slots';
import { loadCourseSettings } from './load-settings';
import { reportCaughtError } from './page-error-boundary';
import { isLoadingPage } from './page-loading';
import { CourseApp } from './course-app';
import { preloadAddress } from './pages';
import { whenIdle } from './when-idle';

/**
 * Starts the standalone course in `root`. Only the web entry (src/main.tsx) calls it: the LMS
 * page loads the same first-visit chunk, and must never register the service worker or render
 * the web course (docs/decisions/0016-first-visit-chunk.md).
 */
export function startCourse(root: HTMLElement): void {
  listenForOtherTabs();
  // A chunk of this version gone after a new deployment: reload once into the new version.
  listenForMissingChunks(isLoadingPage);
  // Registration waits for load, so the worker's precache downloads never compete with the first paint.
  window.addEventListener('load', registerServiceWorker, { once: true });

  // A deep link's page and content start loading now, beside the settings and saved progress,
  // and the first render waits for them too: it shows the page, not a fallback (ADR 0023).
  // Every later move is CourseApp's to preload (in an LMS too).
  const pageReady = preloadAddress();

  // The host's course-settings.json first (crisis lines, modules, colours), and beside it the
  // shared-computer choice, the learner's saved progress and the page: the first render already
  // shows all four. The static "Loading the course…" stays on screen meanwhile. Settings, slots
  // and the page cannot fail the start (without the first two the course runs as built; a page
  // that cannot load explains itself when it renders). If saved progress cannot be read
  // because its reader's code is gone (a new deployment) or out of reach (offline), the error page
  // explains or reloads into the new version, and the app never starts over the unread record.
  const app = createRoot(root, { onCaughtError: reportCaughtError });
  void Promise.all([loadCourseSettings({ keepCopy: true }), loadDeviceSlots().catch(() => undefined), progressLoaded, pageReady]).then(
    () => {
      // A transition renders in slices that yield to the browser between them, so the first render
      // of a long page (a lesson, a results page) never blocks a cheap phone's main thread in one
      // long task; "Loading the course…" stays until it is ready.
      startTransition(() =>
        app.render(
          <StrictMode>
            <CourseApp />
          </StrictMode>,
        ),
      );
      // The web app manifest only matters for installing the course: it is linked once the first
      // page is painted, so it never queues beside that page's files (scripts/manifest-after-paint.ts).
      whenIdle(linkWebManifest);
    },
    (error: unknown) => app.render(<RouteError error={error} />),
  );
}
