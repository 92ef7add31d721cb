/**
 * Paces commits to the LMS. Many LMSs commit with a blocking request, so the course commits at
 * most once every `gapMs`; yet every answer must reach the LMS soon after it is given, so a
 * change is never held longer than `gapMs` either (issue #17). A commit always runs from a timer,
 * never inside the change that asked for it: the progress store writes suspend data after its
 * listeners run, and the commit must carry it. `now` and `schedule` are passed in for tests.
 */

/** What the pacer needs. */
export interface PacerOptions {
  /** Commits; called only when `isDirty` says something is unsaved. */
  commit: () => void;
  /** True when values were written since the last commit. */
  isDirty: () => boolean;
  /** Milliseconds from any fixed point. */
  now: () => number;
  /** Runs `run` after `ms`; returns a cancel function. */
  schedule: (run: () => void, ms: number) => () => void;
  /** Shortest time between two paced commits. */
  gapMs: number;
}

/** A commit pacer. */
export interface CommitPacer {
  /** Asks for a commit: at once if the last was `gapMs` ago, else when the gap has passed. */
  request(): void;
  /** Commits now (the page is being hidden), cancelling any waiting commit. */
  flush(): void;
  /** Records a commit made elsewhere (at launch), so the gap counts from it. */
  committed(): void;
  /** Cancels any waiting commit. */
  stop(): void;
}

/** How long a change may wait for its commit, and the shortest time between two commits. */
export const COMMIT_GAP_MS = 3_000;

/** Creates a pacer. */
export function createCommitPacer({ commit, isDirty, now, schedule, gapMs }: PacerOptions): CommitPacer {
  let last = Number.NEGATIVE_INFINITY;
  let cancel: (() => void) | null = null;

  function run(): void {
    cancel = null;
    if (!isDirty()) return;
    last = now();
    commit();
  }

  return {
    request() {
      if (cancel) return;
      cancel = schedule(run, Math.max(0, last + gapMs - now()));
    },
    flush() {
      cancel?.();
      cancel = null;
      last = now();
      commit();
    },
    committed() {
      last = now();
    },
    stop() {
      cancel?.();
      cancel = null;
    },
  };
}
