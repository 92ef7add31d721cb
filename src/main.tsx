import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { router } from './app/router';
import { listenForMissingChunks } from './features/offline/missing-chunk';
import { listenForOtherTabs } from './store/progress-store';
import './styles/global.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page is missing its #root element.');

listenForOtherTabs();
// A chunk of this version gone after a new deployment: reload once into the new version.
listenForMissingChunks(() => !router.state.initialized || router.state.navigation.state !== 'idle');
// The web entry only (the LMS entry never registers the service worker). Registration waits
// for load and comes from its own chunk, off the first-visit critical path.
window.addEventListener('load', () => void import('./features/offline/register-service-worker').then((m) => m.registerServiceWorker()), {
  once: true,
});

createRoot(root).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
