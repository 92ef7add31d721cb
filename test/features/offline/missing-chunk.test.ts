import { beforeEach, expect, test, vi } from 'vitest';

/** A fresh copy of the module (its "reload under way" flag is per page) and its collaborators. */
async function freshPage({ mode = 'web' as 'web' | 'lms' } = {}) {
  vi.resetModules();
  const { setRuntime } = await import('../../../src/config/runtime');
  setRuntime({ mode });
  const status = await import('../../../src/features/offline/offline-status');
  const moveToNewVersion = vi.fn();
  status.setUpdateAction(moveToNewVersion);
  const chunk = await import('../../../src/features/offline/missing-chunk');
  return { ...chunk, moveToNewVersion };
}

const NOW = Date.UTC(2025, 0, 15, 12);

beforeEach(() => {
  sessionStorage.clear();
});

test.each([
  ['Chromium', new TypeError('Failed to fetch dynamically imported module: http://x/assets/quiz-1a2b.js'), true],
  ['Firefox', new TypeError('error loading dynamically imported module: http://x/assets/quiz-1a2b.js'), true],
  ['Safari', new TypeError('Importing a module script failed.'), true],
  ["Vite's CSS preload", new Error('Unable to preload CSS for ./assets/quiz.css'), true],
  ['a bug in a page', new TypeError("Cannot read properties of undefined (reading 'id')"), false],
  ['a 404 route', { status: 404, statusText: 'Not Found' }, false],
  ['nothing', undefined, false],
])('a missing chunk is told apart from other errors: %s', (_engine, error, expected) => {
  return freshPage().then(({ isMissingChunkError }) => expect(isMissingChunkError(error)).toBe(expected));
});

test('a reload may be tried with none before, or once the guard has passed; never soon after one or with a clock moved back', async () => {
  const { mayReloadAgain, RELOAD_GUARD_MS } = await freshPage();
  expect(mayReloadAgain(null, NOW)).toBe(true);
  expect(mayReloadAgain(NOW - 1_000, NOW)).toBe(false);
  expect(mayReloadAgain(NOW - RELOAD_GUARD_MS, NOW)).toBe(false);
  expect(mayReloadAgain(NOW - RELOAD_GUARD_MS - 1, NOW)).toBe(true);
  expect(mayReloadAgain(NOW + 5_000, NOW)).toBe(false);
});

test('the first missing chunk moves the page to the new version once, however many parts report it', async () => {
  const { recoverFromMissingChunk, moveToNewVersion } = await freshPage();
  expect(recoverFromMissingChunk(NOW)).toBe('reloading');
  expect(recoverFromMissingChunk(NOW + 10)).toBe('reloading');
  expect(moveToNewVersion).toHaveBeenCalledTimes(1);
});

test('after that reload, another missing chunk within the guard does not reload again; later it may', async () => {
  const first = await freshPage();
  first.recoverFromMissingChunk(NOW);
  const reloaded = await freshPage();
  expect(reloaded.recoverFromMissingChunk(NOW + 2_000)).toBe('already-reloaded');
  expect(reloaded.moveToNewVersion).not.toHaveBeenCalled();
  const muchLater = await freshPage();
  expect(muchLater.recoverFromMissingChunk(NOW + muchLater.RELOAD_GUARD_MS + 1)).toBe('reloading');
  expect(muchLater.moveToNewVersion).toHaveBeenCalledTimes(1);
});

test('in an LMS the page never reloads itself (a reload would start a second LMS session)', async () => {
  const { recoverFromMissingChunk, moveToNewVersion } = await freshPage({ mode: 'lms' });
  expect(recoverFromMissingChunk(NOW)).toBe('reload-by-hand');
  expect(moveToNewVersion).not.toHaveBeenCalled();
});

test('with sessionStorage blocked nothing could stop a loop, so the page does not reload', async () => {
  vi.spyOn(window, 'sessionStorage', 'get').mockImplementation(() => {
    throw new DOMException('blocked', 'SecurityError');
  });
  const { recoverFromMissingChunk, moveToNewVersion } = await freshPage();
  expect(recoverFromMissingChunk(NOW)).toBe('reload-by-hand');
  expect(moveToNewVersion).not.toHaveBeenCalled();
});

test("Vite's preload error reloads for a lazy part outside page loading, and leaves a loading page to its error page", async () => {
  let isLoadingPage = true;
  const { listenForMissingChunks, moveToNewVersion } = await freshPage();
  listenForMissingChunks(() => isLoadingPage);
  const report = (payload: unknown) => window.dispatchEvent(Object.assign(new Event('vite:preloadError'), { payload }));
  report(new TypeError('Failed to fetch dynamically imported module: http://x/assets/quiz.js'));
  expect(moveToNewVersion).not.toHaveBeenCalled();
  isLoadingPage = false;
  report(new TypeError("Cannot read properties of undefined (reading 'id')"));
  expect(moveToNewVersion).not.toHaveBeenCalled();
  report(new TypeError('Failed to fetch dynamically imported module: http://x/assets/update-banner.js'));
  expect(moveToNewVersion).toHaveBeenCalledTimes(1);
});

test('offline, a missing chunk is out of reach rather than gone: no reload', async () => {
  const { recoverFromMissingChunk, moveToNewVersion } = await freshPage();
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
  expect(recoverFromMissingChunk(1_000_000)).toBe('offline');
  expect(moveToNewVersion).not.toHaveBeenCalled();
});
