/**
 * The bundle floor: the smallest honest app on this stack, built by `npm run bench` with the
 * same Vite as the course. It uses the same APIs the course ships on its first visit (a
 * createRoot render, the declarative <HashRouter> + <Routes> with a React.lazy page, and a
 * zustand store with `persist`), so the ratio measures only what the course itself adds.
 */
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter, Route, Routes } from 'react-router';
import { Home, Shell } from './parts';

const Other = lazy(async () => ({ default: () => <p>Other page</p> }));

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <HashRouter>
      <Suspense fallback={<p>Loading…</p>}>
        <Routes>
          <Route path="/" element={<Shell />}>
            <Route index element={<Home />} />
            <Route path="other" element={<Other />} />
          </Route>
        </Routes>
      </Suspense>
    </HashRouter>
  </StrictMode>,
);
