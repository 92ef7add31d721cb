/**
 * How this page was launched. The standalone course keeps progress on the device; the LMS launch
 * page (src/lms-main.tsx) records it in the organization's LMS instead, and says so. Set once,
 * before the app renders, so every reader sees one value for the page's life.
 */
export interface Runtime {
  /** `web`: progress on this device. `lms`: progress recorded by the LMS. */
  mode: 'web' | 'lms';
  /** A pass mark the LMS package was built with, which the quizzes then use. */
  passMark?: number;
  /**
   * The quizzes an LMS package was built with (module ids, and `review` when packaged), in
   * course order; absent for the whole course. The pages then present exactly these
   * (src/course/course-scope.ts).
   */
  quizzes?: readonly string[];
}

const current: Runtime = { mode: 'web' };

/** The page's launch mode. */
export function runtime(): Readonly<Runtime> {
  return current;
}

/** Called once by the LMS entry before rendering. */
export function setRuntime(next: Runtime): void {
  Object.assign(current, next);
}

/** One sentence on where progress goes, for footers and introductions (`isShared`: shared-computer mode is on). */
export function whereProgressGoes(isShared = false): string {
  if (current.mode === 'lms')
    return 'Your progress is recorded by your organization’s learning system. Reflections are not sent to it and last only until you close this window.';
  return isShared
    ? 'Shared computer: your progress is kept in this window only and is gone when you close it. Nothing you write here is sent anywhere.'
    : 'Your progress stays on this device. Nothing you write here is sent anywhere.';
}
