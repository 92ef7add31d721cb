import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { renderApp } from '../../render-app';
import { at } from '../../fixtures/progress-fixtures';
import { returnWithProgress, startClean } from './progress-setup';

beforeEach(startClean);

test('"Continue where you left off" opens the lesson the learner was last on', async () => {
  const user = userEvent.setup();
  await returnWithProgress({ lessonsRead: { voluntary: at(0) }, lastLocation: '/module/hopeful', updatedAt: at(0) });
  await renderApp('/');
  await user.click(await screen.findByRole('link', { name: 'Continue where you left off' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Hopeful' })).toBeTruthy();
});

test('a learner who has not started is offered the first module instead', async () => {
  const user = userEvent.setup();
  await renderApp('/');
  expect(screen.queryByRole('link', { name: 'Continue where you left off' })).toBeNull();
  await user.click(await screen.findByRole('link', { name: 'Start the first module' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Voluntary' })).toBeTruthy();
});

test('the lesson visited last is the one "Continue" returns to', async () => {
  const user = userEvent.setup();
  await returnWithProgress({ lessonsRead: { voluntary: at(0) }, lastLocation: '/module/voluntary' });
  await renderApp('/module/respectful');
  await screen.findByRole('heading', { level: 1, name: 'Respectful' });
  await user.click(screen.getByRole('link', { name: 'Peer Support Values' }));
  await user.click(await screen.findByRole('link', { name: 'Continue where you left off' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Respectful' })).toBeTruthy();
});

test('utility pages are not remembered as the place to continue from', async () => {
  const user = userEvent.setup();
  await returnWithProgress({ lessonsRead: { voluntary: at(0) }, lastLocation: '/module/open-minded' });
  await renderApp('/my-progress');
  await screen.findByRole('heading', { level: 1, name: 'My progress and backups' });
  await user.click(screen.getByRole('link', { name: 'Peer Support Values' }));
  await user.click(await screen.findByRole('link', { name: 'Continue where you left off' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Open-minded' })).toBeTruthy();
});
