/**
 * Gives the browser a turn (input, paint) between slices of long work. `scheduler.yield()` where
 * the browser has it (it resumes ahead of other queued tasks); otherwise a zero-delay timeout.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** A slice timer: `due()` is true once `budgetMs` has passed since the last `reset()`. */
export function sliceTimer(budgetMs: number): { due: () => boolean; reset: () => void } {
  let start = performance.now();
  return { due: () => performance.now() - start >= budgetMs, reset: () => void (start = performance.now()) };
}
