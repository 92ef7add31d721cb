/**
 * Whether a page's code is on its way. Navigations are transitions: the old page stays on screen
 * until the new page's chunk has loaded, so the shell shows a loading line meanwhile (a slow
 * connection can take seconds), and a missing chunk during a page load is the page's own error
 * to explain (src/features/offline/missing-chunk.ts).
 */
import { useSyncExternalStore } from 'react';

let pagesLoading = 0;
const listeners = new Set<() => void>();

function setPagesLoading(count: number): void {
  pagesLoading = count;
  listeners.forEach((listener) => listener());
}

/** Counts `load` as a page load until it settles; resolves or rejects as it does. */
export async function trackPageLoad<T>(load: Promise<T>): Promise<T> {
  setPagesLoading(pagesLoading + 1);
  try {
    return await load;
  } finally {
    setPagesLoading(pagesLoading - 1);
  }
}

/** Whether a page's code is being fetched right now. */
export const isLoadingPage = (): boolean => pagesLoading > 0;

/** The same, for a component: re-renders when a page load starts or ends. */
export function useIsLoadingPage(): boolean {
  return useSyncExternalStore((listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }, isLoadingPage);
}
