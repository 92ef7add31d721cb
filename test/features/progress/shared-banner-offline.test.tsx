import { expect, test, vi } from 'vitest';

test('if the shared-mode banner’s code cannot load, shared mode still starts and a plain line says nothing is saved', async () => {
  // A fresh app, as on a first visit that went offline before the course was saved for offline use.
  vi.resetModules();
  vi.doMock('../../../src/features/progress/shared-banner', () => {
    throw new TypeError('Failed to fetch dynamically imported module');
  });
  const [{ screen }, { default: userEvent }, { renderApp }, { loadDeviceSlots }, { SHARED_FLAG_KEY }] = await Promise.all([
    import('@testing-library/react'),
    import('@testing-library/user-event'),
    import('../../render-app'),
    import('../../../src/app/device-slots'),
    import('../../../src/store/device-mode'),
  ]);
  await loadDeviceSlots();
  const user = userEvent.setup();
  await renderApp('/');
  await user.click(await screen.findByRole('button', { name: 'I’m on a shared computer' }));
  const banner = await screen.findByRole('region', { name: 'Shared computer mode' });
  expect(banner.textContent).toContain('nothing is saved on this computer');
  expect(screen.queryByRole('button', { name: 'Download a backup of my progress' })).toBeNull();
  expect(sessionStorage.getItem(SHARED_FLAG_KEY)).toBe('1');
  expect(localStorage.length).toBe(0);
  vi.doUnmock('../../../src/features/progress/shared-banner');
});
