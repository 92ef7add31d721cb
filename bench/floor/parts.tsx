/**
 * What both floor apps share: a zustand store with `persist`, a shell with links and a page that
 * uses the store. Only the router API differs between the two floors (main.tsx in each folder).
 */
import { Link, Outlet } from 'react-router';
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

interface Counter {
  count: number;
  increment: () => void;
}

const useCounter = create<Counter>()(
  persist((set) => ({ count: 0, increment: () => set((s) => ({ count: s.count + 1 })) }), { name: 'floor', version: 1 }),
);

export function Shell() {
  return (
    <main>
      <Link to="/">Home</Link> <Link to="/other">Other</Link>
      <Outlet />
    </main>
  );
}

export function Home() {
  const count = useCounter((s) => s.count);
  const increment = useCounter((s) => s.increment);
  return (
    <button type="button" onClick={increment}>
      Clicked {count} times
    </button>
  );
}
