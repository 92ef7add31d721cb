import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { allowConsole } from '../setup';

const MISSING = new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/course/v1/assets/quiz-1a2b.js');

let unmountAll = () => {};

/**
 * Renders, in a freshly loaded app (a reload starts with fresh modules; the "reload under way"
 * flag lives in one), a page whose code fails to load with `error`, under the app's error page.
 */
async function openFailingPage(error: unknown) {
  vi.resetModules();
  // React reports an error its boundary caught on the console; the page under test is the point.
  allowConsole();
  const [{ render, screen, cleanup, fireEvent }, { MemoryRouter, Routes, Route, Link, useLocation }, { PageErrorBoundary }, status, react] =
    await Promise.all([
      import('@testing-library/react'),
      import('react-router'),
      import('../../src/app/page-error-boundary'),
      import('../../src/features/offline/offline-status'),
      import('react'),
    ]);
  unmountAll = cleanup;
  const moveToNewVersion = vi.fn();
  status.setUpdateAction(moveToNewVersion);
  const Failing = react.lazy(() => Promise.reject(error));
  function App() {
    const { pathname } = useLocation();
    return (
      <>
        <PageErrorBoundary resetKey={pathname}>
          <react.Suspense fallback={<p>Loading the course…</p>}>
            <Routes>
              <Route path="quiz" element={<Failing />} />
              <Route path="home" element={<h1>Course home</h1>} />
            </Routes>
          </react.Suspense>
        </PageErrorBoundary>
        {/* Outside the boundary, like a link in a header that stayed on screen. */}
        <Link to="/home">Elsewhere</Link>
      </>
    );
  }
  render(
    <MemoryRouter initialEntries={['/quiz']}>
      <App />
    </MemoryRouter>,
  );
  return { screen, fireEvent, moveToNewVersion };
}

beforeEach(() => sessionStorage.clear());
afterEach(() => unmountAll());

test('a page whose code is gone after a new deployment says the new version is loading, and loads it', async () => {
  const { screen, moveToNewVersion } = await openFailingPage(MISSING);
  const status = await screen.findByRole('status');
  expect(status.textContent).toBe('A new version of the course is available. Loading it… Your progress is kept.');
  expect(screen.queryByText(/Failed to fetch dynamically imported module/)).toBeNull();
  expect(moveToNewVersion).toHaveBeenCalledTimes(1);
});

test('if the page already reloaded for a missing chunk moments ago, it explains instead of reloading again', async () => {
  sessionStorage.setItem('psv-chunk-reload-at', String(Date.now() - 1_000));
  const { screen, moveToNewVersion } = await openFailingPage(MISSING);
  await screen.findByRole('heading', { level: 1, name: 'Something went wrong' });
  screen.getByText(/could not be loaded even after reloading\. Check your internet connection/);
  screen.getByRole('link', { name: 'Reload the course home' });
  expect(moveToNewVersion).not.toHaveBeenCalled();
});

test('any other failure keeps the general advice and never reloads', async () => {
  const { screen, moveToNewVersion } = await openFailingPage(new TypeError("Cannot read properties of undefined (reading 'id')"));
  await screen.findByRole('heading', { level: 1, name: 'Something went wrong' });
  screen.getByText('If you are offline, reconnect and try again.');
  expect(moveToNewVersion).not.toHaveBeenCalled();
});

test('after an error, the learner can still go elsewhere: a new address clears the error page', async () => {
  const { screen, fireEvent } = await openFailingPage(new TypeError('broken'));
  await screen.findByRole('heading', { level: 1, name: 'Something went wrong' });
  fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }));
  await screen.findByRole('heading', { level: 1, name: 'Course home' });
  expect(screen.queryByRole('heading', { name: 'Something went wrong' })).toBeNull();
});
