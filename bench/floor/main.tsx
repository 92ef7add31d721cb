/**
 * The bundle floor: the smallest honest app on this stack, built by `npm run bench` with the
 * same Vite as the course. It uses the same APIs the course ships on its first visit (a
 * createRoot render, the declarative <HashRouter> + <Routes> with a React.lazy page, and a
 * zustand store with `persist`), so the ratio measures only what the course itself adds.
 */
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter, Link, Outlet, Route, Routes } from 'react-router';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface Counter {
  count: number;
  increment: () => void;
}

const useCounter = create<Counter>()(
  persist((set) => ({ count: 0, increment: () => set((s) => ({ count: s.count + 1 })) }), { name: 'floor', version: 1 }),
);

function Shell() {
  return (
    <main>
      <Link to="/">Home</Link> <Link to="/other">Other</Link>
      <Outlet />
    </main>
  );
}

function Home() {
  const count = useCounter((s) => s.count);
  const increment = useCounter((s) => s.increment);
  return (
    <button type="button" onClick={increment}>
      Clicked {count} times
    </button>
  );
}

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
