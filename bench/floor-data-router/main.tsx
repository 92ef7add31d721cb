/**
 * A second floor, printed for information only: the same app on the data router
 * (createHashRouter + RouterProvider with a lazy route), which the course used until issue #16.
 * The difference between the two floors is what the data router would cost every first visit.
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
