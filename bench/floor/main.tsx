/**
 * The bundle floor: the smallest honest app on this stack, built by `npm run bench` with the
 * same Vite as the course. It uses the same APIs the course ships on its first visit (a
 * createRoot render, createHashRouter + RouterProvider data router with a lazy route, and a
 * zustand store with `persist`), so the ratio measures only what the course itself adds.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, Link, Outlet, RouterProvider } from 'react-router';
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

const router = createHashRouter([
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <Home /> },
      { path: 'other', lazy: async () => ({ Component: () => <p>Other page</p> }) },
    ],
  },
]);

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
