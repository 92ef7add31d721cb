import { afterEach, beforeEach, expect, test, vi } from 'vitest';

const MISSING = new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1/course/v1/assets/quiz-1a2b.js');

let unmountAll = () => {};

/**
 * Renders, in a freshly loaded app (a reload starts with fresh modules; the "reload under way"
 * flag lives in one), a page whose code fails to load with `error`, under the app's error page.
 */
async function openFailingPage(error: unknown) {
  vi.resetModules();
  const [{ render, screen, cleanup }, { createMemoryRouter, RouterProvider }, { RouteError }, status] = await Promise.all([
    import('@testing-library/react'),
    import('react-router'),
    import('../../src/routes/route-error'),
    import('../../src/features/offline/offline-status'),
  ]);
  unmountAll = cleanup;
  const moveToNewVersion = vi.fn();
  status.setUpdateAction(moveToNewVersion);
  const router = createMemoryRouter(
    [
      {
        path: '/',
        errorElement: <RouteError />,
        hydrateFallbackElement: <p>Loading the course…</p>,
        children: [{ path: 'quiz', lazy: () => Promise.reject(error) }],
      },
    ],
    { initialEntries: ['/quiz'] },
  );
  render(<RouterProvider router={router} />);
  return { screen, moveToNewVersion };
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
