// Renders the real app (shell, home, pages) at a given hash path, as a learner would see it.
import { act, render, type RenderResult } from '@testing-library/react';
import { CourseApp } from '../src/app/course-app';

/**
 * Renders the whole course at `path` (e.g. "/module/voluntary"). Navigations render at once
 * rather than as transitions: React holds a transition that suspends inside a test's act() until
 * an act() flushes it, which user-event's clicks never do. The browser tests run the real thing.
 *
 * Inside an async act(): a first render that suspends on a lesson's content (`use`) inside
 * testing-library's synchronous act() can leave React's act queue holding the retry, and the page
 * then never leaves its fallback. In a browser there is no act() queue, so the app is not affected.
 */
export async function renderApp(path = '/'): Promise<RenderResult> {
  window.location.hash = `#${path}`;
  let result: RenderResult | undefined;
  await act(async () => {
    result = render(<CourseApp transitions={false} />);
  });
  return result!;
}
