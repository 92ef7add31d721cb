import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import { PROGRESS_KEY, useProgress } from '../../../src/store/progress-store';
import { BACKUP_KEY } from '../../../src/store/safe-storage';
import { renderApp } from '../../render-app';
import { at, savedText } from '../../fixtures/progress-fixtures';
import { catchDownloads, returnWith, startClean } from './progress-setup';

beforeEach(startClean);

/** Makes every localStorage call throw, as a locked-down browser does, then reloads progress. */
async function blockStorage() {
  for (const method of ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const) {
    vi.spyOn(Storage.prototype, method).mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
  }
  await useProgress.persist.rehydrate();
}

test('when storage is blocked the learner is told, and can still finish a lesson', async () => {
  const user = userEvent.setup();
  await blockStorage();
  await renderApp('/module/voluntary');
  const notice = await screen.findByRole('alert', { name: 'Saving problem' });
  expect(within(notice).getByText('Your progress is not being saved on this device.')).toBeTruthy();
  expect(within(notice).getByText(/This browser is blocking storage/)).toBeTruthy();
  await user.click(await screen.findByRole('button', { name: 'I have finished reading this lesson' }));
  expect(screen.getByText('You have finished reading this lesson.')).toBeTruthy();
});

test('the saving notice offers a backup download of the work kept in memory', async () => {
  const user = userEvent.setup();
  await blockStorage();
  const downloads = catchDownloads();
  useProgress.getState().markLessonRead('hopeful', at(0));
  await renderApp('/');
  const notice = await screen.findByRole('alert', { name: 'Saving problem' });
  await user.click(within(notice).getByRole('button', { name: 'Download a backup of my progress' }));
  const [text] = await downloads.texts();
  expect(JSON.parse(text ?? '')).toMatchObject({ progress: { lessonsRead: { hopeful: at(0) } } });
});

test('when storage is full the learner is told, and nothing breaks', async () => {
  const user = userEvent.setup();
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
  await renderApp('/module/hopeful');
  await user.click(await screen.findByRole('button', { name: 'I have finished reading this lesson' }));
  const notice = await screen.findByRole('alert', { name: 'Saving problem' });
  expect(within(notice).getByText(/The browser’s storage for this site is full\./)).toBeTruthy();
  expect(screen.getByText('You have finished reading this lesson.')).toBeTruthy();
});

test('saved progress that could not be fully read is explained calmly, with the original to download', async () => {
  const user = userEvent.setup();
  const downloads = catchDownloads();
  const raw = savedText({ lessonsRead: { voluntary: at(0), hopeful: 'last Tuesday' }, learnerName: 99 });
  await returnWith(raw);
  await renderApp('/');
  const notice = await screen.findByRole('status', { name: 'Saved progress repaired' });
  expect(within(notice).getByText('Some of your saved progress could not be read.')).toBeTruthy();
  expect(
    within(notice)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(['A lesson-read mark for "hopeful" was unreadable and was left out.', 'The saved name was unreadable and was left out.']);
  expect(within(notice).getByText(/A copy of the original saved data is kept on this device\./)).toBeTruthy();
  expect(localStorage.getItem(BACKUP_KEY)).toBe(raw);
  expect(screen.getByRole('link', { name: 'Voluntary', description: /Practicing$/ })).toBeTruthy();
  await user.click(within(notice).getByRole('button', { name: 'Download the original saved data' }));
  expect(downloads.names).toEqual(['peer-support-values-unreadable-progress.txt']);
  expect(await downloads.texts()).toEqual([raw]);
  await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
  expect(screen.queryByRole('status', { name: 'Saved progress repaired' })).toBeNull();
  expect(localStorage.getItem(BACKUP_KEY)).toBe(raw);
});

test('saved progress that cannot be read at all starts the course fresh and says so', async () => {
  await returnWith('{"state":{"lessonsRead":');
  await renderApp('/');
  const notice = await screen.findByRole('status', { name: 'Saved progress repaired' });
  expect(within(notice).getByText('Your saved progress could not be read, so the course started fresh.')).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Start the first module' })).toBeTruthy();
  expect(localStorage.getItem(PROGRESS_KEY)).toBe('{"state":{"lessonsRead":');
});

test('with storage working there is no notice at all', async () => {
  await renderApp('/');
  await screen.findByRole('heading', { level: 1, name: 'Peer Support Values' });
  expect(screen.queryByRole('alert', { name: 'Saving problem' })).toBeNull();
  expect(screen.queryByRole('status', { name: 'Saved progress repaired' })).toBeNull();
});
