import { expect, test, vi } from 'vitest';

test('if the saving notice’s own code cannot load, a plain notice still tells the learner and the page keeps working', async () => {
  // A fresh app, as after a deployment removed the notice's chunk while this device was offline.
  vi.resetModules();
  vi.doMock('../../../src/features/progress/storage-notice-body', () => {
    throw new TypeError('Failed to fetch dynamically imported module');
  });
  const [{ screen }, { renderApp }, { useStorageStatus }] = await Promise.all([
    import('@testing-library/react'),
    import('../../render-app'),
    import('../../../src/store/storage-status'),
  ]);
  useStorageStatus.getState().reportFailure('full');
  await renderApp('/');
  expect((await screen.findByRole('alert')).textContent).toContain('Your progress may not be saved on this device.');
  expect(await screen.findByRole('heading', { level: 1, name: 'Peer Support Values' })).toBeTruthy();
  vi.doUnmock('../../../src/features/progress/storage-notice-body');
});
