/**
 * Runs `task` once the browser is idle (at most `timeout` ms from now), or on the next task where
 * idle callbacks do not exist (Safari). Work that must not compete with an arrival's first paint
 * waits for this: the page a learner arrived at comes first on a slow phone (ADR 0023). Returns
 * a function that cancels the task if it has not run.
 */
export function whenIdle(task: () => void, timeout = 2_000): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  const idle = requestIdleCallback(task, { timeout });
  return () => cancelIdleCallback(idle);
}
