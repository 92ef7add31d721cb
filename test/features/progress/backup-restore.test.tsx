import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { BACKUP_FORMAT, encodeBackup, MAX_BACKUP_CHARS } from '../../../src/domain/exchange/backup';
import { pickProgress, PROGRESS_KEY, PROGRESS_VERSION, useProgress } from '../../../src/store/progress-store';
import { receiptToFile } from '../../../src/domain/exchange/receipt-file';
import { renderApp } from '../../render-app';
import { oldReceiptFile, receiptFor } from '../../fixtures/assignment-fixtures';
import { at, attempt, progressWith } from '../../fixtures/progress-fixtures';
import { catchDownloads, returnWithProgress, startClean } from './progress-setup';

beforeEach(startClean);

const here = () => ({
  lessonsRead: { voluntary: at(0) },
  attempts: [attempt('v-1', 'voluntary')],
  reflections: { voluntary: { text: 'Being pushed felt awful.', updatedAt: at(1) } },
  learnerName: 'Sam',
  updatedAt: at(1),
});
const fromOtherDevice = () =>
  progressWith({
    lessonsRead: { hopeful: at(5), respectful: at(6) },
    attempts: [attempt('h-1', 'hopeful', {}, { startedAt: at(5) })],
    reflections: { hopeful: { text: 'My sister.', updatedAt: at(6) } },
    learnerName: 'Sam R.',
    updatedAt: at(7),
  });
const backupFile = (text: string, name = 'backup.json') => new File([text], name, { type: 'application/json' });

async function openMyProgress() {
  await returnWithProgress(here());
  await renderApp('/my-progress');
  await screen.findByRole('heading', { level: 1, name: 'My progress and backups' });
}

test('downloading a backup gives a versioned JSON file with everything, reflections included', async () => {
  const user = userEvent.setup();
  const downloads = catchDownloads();
  await openMyProgress();
  await user.click(screen.getByRole('button', { name: 'Download a backup' }));
  expect(downloads.names).toEqual([expect.stringMatching(/^backup-peer-support-values-\d{4}-\d{2}-\d{2}\.psvbackup\.json$/)]);
  const [text] = await downloads.texts();
  const file = JSON.parse(text ?? '') as Record<string, unknown>;
  expect(file).toMatchObject({ format: BACKUP_FORMAT, version: 1, courseId: 'peer-support-values', courseVersion: '2.0.0' });
  expect(file.progress).toEqual(progressWith(here()));
});

test('choosing a backup shows what it would add before anything changes', async () => {
  const user = userEvent.setup();
  await openMyProgress();
  await user.upload(
    screen.getByLabelText('Restore from a backup file'),
    backupFile(encodeBackup(fromOtherDevice(), 'peer-support-values', '1.0.0', at(8))),
  );
  const preview = await screen.findByRole('region', { name: 'Backup preview' });
  expect(within(preview).getByText(/is from course version 1\.0\.0, saved 2026-03-01/)).toBeTruthy();
  expect(
    within(preview)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(['2 lessons marked read', '1 quiz attempt', '1 new or newer reflection', '0 assignments']);
  expect(within(preview).getByText(/Replacing removes 3 items that are only on this device/)).toBeTruthy();
  expect(pickProgress(useProgress.getState())).toEqual(progressWith(here()));
});

test('merging a backup keeps everything here and adds what the backup has', async () => {
  const user = userEvent.setup();
  await openMyProgress();
  await user.upload(
    screen.getByLabelText('Restore from a backup file'),
    backupFile(encodeBackup(fromOtherDevice(), 'peer-support-values', '1.0.0', at(8))),
  );
  await user.click(await screen.findByRole('button', { name: 'Merge with my progress' }));
  expect(screen.getByText('The backup was merged with your progress.')).toBeTruthy();
  expect(screen.queryByRole('region', { name: 'Backup preview' })).toBeNull();
  const now = pickProgress(useProgress.getState());
  expect(Object.keys(now.lessonsRead)).toEqual(['hopeful', 'respectful', 'voluntary']);
  expect(now.attempts.map((a) => a.id)).toEqual(['v-1', 'h-1']);
  expect(Object.keys(now.reflections)).toEqual(['hopeful', 'voluntary']);
  expect(now.learnerName).toBe('Sam R.');
  // Saved once the merged progress is painted.
  await waitFor(() => expect(JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}')).toEqual({ state: now, version: PROGRESS_VERSION }));
});

test('replacing with a backup leaves exactly what the backup has', async () => {
  const user = userEvent.setup();
  await openMyProgress();
  await user.upload(
    screen.getByLabelText('Restore from a backup file'),
    backupFile(encodeBackup(fromOtherDevice(), 'peer-support-values', '1.0.0', at(8))),
  );
  await user.click(await screen.findByRole('button', { name: 'Replace my progress' }));
  expect(screen.getByText('Your progress was replaced with the backup.')).toBeTruthy();
  // Everything the learner made is exactly the backup's; what this device had and the backup
  // lacks is kept only as tombstones, so other tabs drop it too.
  const { deleted, updatedAt: _when, lastLocation: _hint, ...data } = pickProgress(useProgress.getState());
  const { deleted: _none, updatedAt: _then, lastLocation: _there, ...backup } = fromOtherDevice();
  expect(data).toEqual(backup);
  expect(deleted.modules).not.toEqual({});
});

test('canceling the preview changes nothing', async () => {
  const user = userEvent.setup();
  await openMyProgress();
  await user.upload(
    screen.getByLabelText('Restore from a backup file'),
    backupFile(encodeBackup(fromOtherDevice(), 'peer-support-values', '1.0.0', at(8))),
  );
  await user.click(await screen.findByRole('button', { name: 'Cancel' }));
  expect(screen.queryByRole('region', { name: 'Backup preview' })).toBeNull();
  expect(pickProgress(useProgress.getState())).toEqual(progressWith(here()));
});

test('a backup with unreadable parts says how many parts will be left out', async () => {
  const user = userEvent.setup();
  await openMyProgress();
  const damaged = JSON.parse(encodeBackup(fromOtherDevice(), 'peer-support-values', '1.0.0', at(8))) as {
    progress: Record<string, unknown>;
  };
  damaged.progress.lessonsRead = { hopeful: at(5), respectful: 'soon' };
  await user.upload(screen.getByLabelText('Restore from a backup file'), backupFile(JSON.stringify(damaged)));
  const preview = await screen.findByRole('region', { name: 'Backup preview' });
  expect(within(preview).getByText('Some parts of the file could not be read and will be left out (1).')).toBeTruthy();
  expect(within(preview).getByText('1 lesson marked read')).toBeTruthy();
});

test.each([
  [
    'a malformed file',
    '{"format":"peer-support-values-backup","version":1,',
    'This file is not a course backup: it is not readable JSON. Nothing was changed.',
  ],
  ['a photo', '\u00ff\u00d8\u00ff\u00e0 JFIF', 'This file is not a course backup: it is not readable JSON. Nothing was changed.'],
  ['another app’s file', '{"hello":"world"}', 'This file is not a Peer Support Values backup. Nothing was changed.'],
  [
    'a backup of another course',
    encodeBackup(progressWith(), 'other-course', '1.0.0', at(0)),
    'This backup belongs to a different course. Nothing was changed.',
  ],
  [
    'a file that is too large',
    'x'.repeat(MAX_BACKUP_CHARS + 1),
    'This file is too large to be a course backup (the limit is 2 MB). Nothing was changed.',
  ],
])('%s shows a clear error and changes nothing', async (_, text, error) => {
  const user = userEvent.setup();
  await openMyProgress();
  const before = localStorage.getItem(PROGRESS_KEY);
  await user.upload(screen.getByLabelText('Restore from a backup file'), backupFile(text));
  expect((await screen.findByRole('alert')).textContent).toBe(error);
  expect(screen.queryByRole('region', { name: 'Backup preview' })).toBeNull();
  expect(screen.queryByRole('button', { name: 'Replace my progress' })).toBeNull();
  expect(pickProgress(useProgress.getState())).toEqual(progressWith(here()));
  expect(localStorage.getItem(PROGRESS_KEY)).toBe(before);
});

test.each([
  [
    'a receipt .txt file',
    () => new File([receiptToFile(receiptFor('Sam'), 'Peer Support Values')], 'receipt-sam-abc123def4.txt', { type: 'text/plain' }),
  ],
  ['an older .json receipt file', () => backupFile(oldReceiptFile(receiptFor('Sam')), 'receipt-sam-abc123def4.psvreceipt.json')],
])('%s dropped on "Restore" is refused as a receipt for the instructor, and nothing changes', async (_, receiptFile) => {
  // As a person who switches the picker to "All files" (or drops the file): the accept list
  // (backups are .json) does not stand in the way.
  const user = userEvent.setup({ applyAccept: false });
  await openMyProgress();
  const before = localStorage.getItem(PROGRESS_KEY);
  await user.upload(screen.getByLabelText('Restore from a backup file'), receiptFile());
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(/^This is a completion receipt for your instructor, not a backup of your progress/);
  expect(alert.textContent).toMatch(/choose a backup file \(its name ends in \.psvbackup\.json\)/);
  expect(screen.queryByRole('region', { name: 'Backup preview' })).toBeNull();
  expect(pickProgress(useProgress.getState())).toEqual(progressWith(here()));
  expect(localStorage.getItem(PROGRESS_KEY)).toBe(before);
});

test('a good file after a bad one clears the error and shows the preview', async () => {
  const user = userEvent.setup();
  await openMyProgress();
  const input = screen.getByLabelText('Restore from a backup file');
  await user.upload(input, backupFile('nope'));
  await screen.findByRole('alert');
  await user.upload(input, backupFile(encodeBackup(fromOtherDevice(), 'peer-support-values', '1.0.0', at(8))));
  expect(await screen.findByRole('region', { name: 'Backup preview' })).toBeTruthy();
  expect(screen.queryByRole('alert')).toBeNull();
});
