import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter, parsePath } from 'react-router';
import { loadDeviceSlots } from './app/device-slots';
import { addressInHash, FollowAddress } from './app/follow-address';
import { loadCourseSettings } from './app/load-settings';
import { reportCaughtError } from './app/page-error-boundary';
import { isLoadingPage } from './app/page-loading';
import { AppRoutes, preloadPage } from './app/router';
import { listenForMissingChunks } from './features/offline/missing-chunk';
import { RouteError } from './routes/route-error';
import { listenForOtherTabs, progressLoaded } from './store/progress-store';
import './styles/global.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page is missing its #root element.');

listenForOtherTabs();
// A chunk of this version gone after a new deployment: reload once into the new version.
listenForMissingChunks(isLoadingPage);
// The web entry only (the LMS entry never registers the service worker). Registration waits
// for load and comes from its own chunk, off the first-visit critical path.
window.addEventListener('load', () => void import('./features/offline/register-service-worker').then((m) => m.registerServiceWorker()), {
  once: true,
});

// A deep link's page and content start loading now, beside the settings and saved progress.
preloadPage(parsePath(addressInHash()).pathname ?? '/');

// The host's course-settings.json first (crisis lines, modules, colours), and beside it the
// shared-computer choice and the learner's saved progress: the first render already shows all
// three. The static "Loading the course…" stays on screen meanwhile. Settings and slots cannot
// fail the start (without them the course runs as built). If saved progress cannot be read
// because its reader's code is gone (a new deployment) or out of reach (offline), the error page
// explains or reloads into the new version, and the app never starts over the unread record.
const app = createRoot(root, { onCaughtError: reportCaughtError });
void Promise.all([loadCourseSettings({ keepCopy: true }), loadDeviceSlots().catch(() => undefined), progressLoaded]).then(
  () =>
    // A transition renders in slices that yield to the browser between them, so the first render
    // of a long page (a lesson, a results page) never blocks a cheap phone's main thread in one
    // long task; "Loading the course…" stays until it is ready.
    startTransition(() =>
      app.render(
        <StrictMode>
          <HashRouter>
            <FollowAddress />
            <AppRoutes />
          </HashRouter>
        </StrictMode>,
      ),
    ),
  (error: unknown) =>
    app.render(
      <HashRouter>
        <RouteError error={error} />
      </HashRouter>,
    ),
);
