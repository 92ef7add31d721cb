import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { openDB } from 'idb';
import { beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { loadDeviceSlots } from '../../../src/app/device-slots';
import { SHARED_FLAG_KEY, useDeviceMode } from '../../../src/store/device-mode';
import { flushProgressSave } from '../../../src/store/progress-storage';
import { PROGRESS_KEY, useProgress } from '../../../src/store/progress-store';
import { DB_NAME } from '../../../src/store/roster-db';
import { renderApp } from '../../render-app';
import { at } from '../../fixtures/progress-fixtures';
import { returnWithProgress, startClean } from './progress-setup';

beforeAll(loadDeviceSlots);

beforeEach(() => {
  startClean();
  sessionStorage.clear();
  useDeviceMode.setState({ mode: 'personal', isOffered: true, keptOnDevice: false, notRemoved: null });
});

/** Every localStorage key the page holds, once its saves have landed (a frame after each change). */
const savedKeys = () => {
  flushProgressSave();
  return Object.keys(localStorage);
};

test('a first visit offers shared-computer mode without blocking the page', async () => {
  await renderApp('/');
  expect(await screen.findByRole('heading', { level: 1, name: 'Peer Support Values' })).toBeTruthy();
  const offer = screen.getByRole('region', { name: 'Shared computer' });
  expect(offer.textContent).toContain('nothing is saved on this computer');
  // The course is usable around it: modules are right there.
  expect(screen.getByRole('link', { name: 'Voluntary' })).toBeTruthy();
});

test('"No, this is my own device" puts the offer away and keeps saving on this device', async () => {
  const user = userEvent.setup();
  await renderApp('/');
  await user.click(await screen.findByRole('button', { name: 'No, this is my own device' }));
  expect(screen.queryByRole('region', { name: 'Shared computer' })).toBeNull();
  useProgress.getState().saveReflection('voluntary', 'Mine to keep.', at(1));
  expect(savedKeys()).toEqual([PROGRESS_KEY]);
});

test('in shared-computer mode nothing is written to localStorage, reflections included', async () => {
  const user = userEvent.setup();
  await renderApp('/');
  await user.click(await screen.findByRole('button', { name: 'I’m on a shared computer' }));
  await screen.findByRole('region', { name: 'Shared computer mode' });
  const banner = screen.getByRole('region', { name: 'Shared computer mode' });
  expect(banner.textContent).toContain('nothing is saved on this computer');
  expect(banner.textContent).toContain('download a backup of your progress, or send your receipt');
  expect(sessionStorage.getItem(SHARED_FLAG_KEY)).toBe('1');

  const { saveReflection, startAttempt, markLessonRead } = useProgress.getState();
  markLessonRead('voluntary', at(1));
  startAttempt('voluntary', 7, at(2), 'practice', []);
  saveReflection('voluntary', 'A private thought.', at(3));
  // Kept in this window…
  expect(useProgress.getState().reflections.voluntary?.text).toBe('A private thought.');
  // …and nowhere in the browser's storage.
  expect(savedKeys()).toEqual([]);
  expect(screen.getByRole('contentinfo').textContent).toContain('kept in this window only');
});

test('switching to shared mode mid-course keeps the work on screen and never deletes saved work', async () => {
  const user = userEvent.setup();
  await returnWithProgress({ reflections: { hopeful: { text: 'Earlier words.', updatedAt: at(0) } }, updatedAt: at(0) });
  const before = localStorage.getItem(PROGRESS_KEY);
  useDeviceMode.setState({ isOffered: false });
  await renderApp('/');
  await user.click(await screen.findByRole('button', { name: 'I’m on a shared computer' }));
  await screen.findByRole('region', { name: 'Shared computer mode' });
  expect(useProgress.getState().reflections.hopeful?.text).toBe('Earlier words.');
  // The saved copy stays as it was (only "Remove everything" deletes work), and the learner is told.
  useProgress.getState().saveReflection('hopeful', 'Written in shared mode.', at(1));
  flushProgressSave();
  expect(localStorage.getItem(PROGRESS_KEY)).toBe(before);
  expect(screen.getByRole('region', { name: 'Shared computer mode' }).textContent).toContain(
    'Progress saved in this browser before is still stored here',
  );
});

test('on a first visit, the place remembered before choosing shared mode is not left behind', async () => {
  const user = userEvent.setup();
  await renderApp('/');
  useProgress.getState().setLastLocation('/module/voluntary');
  expect(savedKeys()).toEqual([PROGRESS_KEY]);
  await user.click(await screen.findByRole('button', { name: 'I’m on a shared computer' }));
  await screen.findByRole('region', { name: 'Shared computer mode' });
  expect(savedKeys()).toEqual([]);
  expect(screen.getByRole('region', { name: 'Shared computer mode' }).textContent).not.toContain('still stored here');
});

test('on a first visit, lessons opened before choosing shared mode are not left behind either', async () => {
  const user = userEvent.setup();
  await renderApp('/');
  await user.click(await screen.findByRole('link', { name: 'Voluntary' }));
  await screen.findByRole('heading', { level: 1, name: 'Voluntary' });
  await user.click(screen.getByRole('link', { name: 'Peer Support Values' }));
  await screen.findByRole('link', { name: 'Voluntary', description: /Reading/ });
  expect(savedKeys()).toEqual([PROGRESS_KEY]);
  await user.click(await screen.findByRole('button', { name: 'I’m on a shared computer' }));
  await screen.findByRole('region', { name: 'Shared computer mode' });
  expect(savedKeys()).toEqual([]);
  // This window still shows where the learner has been.
  expect(screen.getByRole('link', { name: 'Voluntary', description: /Reading/ })).toBeTruthy();
});

/** Opens home, chooses shared-computer mode, then writes a reflection that lives only in this window. */
async function inSharedModeWriting(text: string) {
  const user = userEvent.setup();
  await renderApp('/');
  await user.click(await screen.findByRole('button', { name: 'I’m on a shared computer' }));
  await screen.findByRole('region', { name: 'Shared computer mode' });
  useProgress.getState().saveReflection('voluntary', text, at(1));
  return user;
}

test('"Save on this device instead" saves this window’s work again', async () => {
  const user = await inSharedModeWriting('Keep me after all.');
  expect(savedKeys()).toEqual([]);
  await user.click(screen.getByRole('button', { name: 'Save on this device instead' }));
  await vi.waitFor(() => expect(localStorage.getItem(PROGRESS_KEY)).toContain('Keep me after all.'));
  expect(sessionStorage.getItem(SHARED_FLAG_KEY)).toBeNull();
  expect(screen.queryByRole('region', { name: 'Shared computer mode' })).toBeNull();
});

test('a lesson opened in shared mode is saved with the rest on "Save on this device instead"', async () => {
  const user = await inSharedModeWriting('Keep me after all.');
  await user.click(screen.getByRole('link', { name: 'Hopeful' }));
  await screen.findByRole('heading', { level: 1, name: 'Hopeful' });
  await user.click(screen.getByRole('link', { name: 'Peer Support Values' }));
  await user.click(await screen.findByRole('button', { name: 'Save on this device instead' }));
  await vi.waitFor(() => expect(localStorage.getItem(PROGRESS_KEY)).toContain('Keep me after all.'));
  const saved = JSON.parse(localStorage.getItem(PROGRESS_KEY) ?? '{}') as { state: { lessonsOpened: Record<string, string> } };
  expect(Object.keys(saved.state.lessonsOpened)).toEqual(['hopeful']);
});

test('if saving on this device cannot start (its code did not load), nothing changes and the learner is told', async () => {
  const user = await inSharedModeWriting('Still only here.');
  vi.doMock('../../../src/store/progress-edits', () => {
    throw new TypeError('Failed to fetch dynamically imported module');
  });
  await user.click(screen.getByRole('button', { name: 'Save on this device instead' }));
  expect((await screen.findByRole('alert')).textContent).toContain('Saving on this device could not start');
  expect(sessionStorage.getItem(SHARED_FLAG_KEY)).toBe('1');
  expect(savedKeys()).toEqual([]);
  expect(screen.getByRole('region', { name: 'Shared computer mode' })).toBeTruthy();
  vi.doUnmock('../../../src/store/progress-edits');
});

test('"Remove everything from this computer" asks first, then removes progress and the roster database', async () => {
  const user = userEvent.setup();
  await returnWithProgress({
    learnerName: 'Sam Rivera',
    reflections: { voluntary: { text: 'Private.', updatedAt: at(0) } },
    updatedAt: at(0),
  });
  localStorage.setItem('someone-elses-app', 'kept');
  const roster = await openDB(DB_NAME, 1, { upgrade: (db) => void db.createObjectStore('receipts') });
  await roster.put('receipts', 'a receipt', 'r1');
  roster.close();
  useDeviceMode.setState({ isOffered: false });
  await renderApp('/');

  await user.click(await screen.findByRole('button', { name: 'Remove everything from this computer' }));
  // The question's code loads when the button is first pressed; focus moves into it, and back to the button on Cancel.
  const question = await screen.findByText(/^Remove everything this course keeps on this computer\?/);
  await waitFor(() => expect(document.activeElement).toBe(question));
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(localStorage.getItem(PROGRESS_KEY)).not.toBeNull();
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove everything from this computer' }));

  await user.click(screen.getByRole('button', { name: 'Remove everything from this computer' }));
  await user.click(await screen.findByRole('button', { name: 'Yes, remove everything' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Everything was removed from this computer' })).toBeTruthy();
  expect(screen.getByText(/Nothing this course kept is left on this computer/)).toBeTruthy();
  expect(savedKeys()).toEqual(['someone-elses-app']);
  expect(useProgress.getState().reflections).toEqual({});
  expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
  // Nothing is written back while the page stays open.
  useProgress.getState().saveReflection('voluntary', 'After removal.', at(5));
  expect(savedKeys()).toEqual(['someone-elses-app']);
});

test('if the removal cannot start (its code did not load), nothing is removed and the learner is told, still in the course', async () => {
  const user = userEvent.setup();
  await returnWithProgress({ reflections: { voluntary: { text: 'Keep me.', updatedAt: at(0) } }, updatedAt: at(0) });
  useDeviceMode.setState({ isOffered: false });
  await renderApp('/');
  vi.doMock('../../../src/store/remove-everything', () => {
    throw new TypeError('Failed to fetch dynamically imported module');
  });
  await user.click(await screen.findByRole('button', { name: 'Remove everything from this computer' }));
  await user.click(await screen.findByRole('button', { name: 'Yes, remove everything' }));
  expect((await screen.findByRole('alert')).textContent).toContain('Nothing was removed: part of the course could not load.');
  expect(screen.queryByRole('heading', { name: 'Everything was removed from this computer' })).toBeNull();
  expect(screen.getByRole('heading', { level: 1, name: 'Peer Support Values' })).toBeTruthy();
  expect(useDeviceMode.getState().mode).toBe('personal');
  expect(localStorage.getItem(PROGRESS_KEY)).toContain('Keep me.');
  vi.doUnmock('../../../src/store/remove-everything');
});

test('if the question cannot load (its code out of reach), nothing is removed and the learner is told, still in the course', async () => {
  const user = userEvent.setup();
  await returnWithProgress({ reflections: { voluntary: { text: 'Keep me.', updatedAt: at(0) } }, updatedAt: at(0) });
  useDeviceMode.setState({ isOffered: false });
  await renderApp('/');
  vi.doMock('../../../src/features/progress/remove-everything-confirm', () => {
    throw new TypeError('Failed to fetch dynamically imported module');
  });
  await user.click(await screen.findByRole('button', { name: 'Remove everything from this computer' }));
  expect((await screen.findByRole('alert')).textContent).toContain('Nothing was removed: part of the course could not load.');
  expect(screen.getByRole('heading', { level: 1, name: 'Peer Support Values' })).toBeTruthy();
  expect(localStorage.getItem(PROGRESS_KEY)).toContain('Keep me.');
  vi.doUnmock('../../../src/features/progress/remove-everything-confirm');
});

test('a removal the browser refuses says what is left and how to finish it', async () => {
  const user = userEvent.setup();
  useDeviceMode.setState({ isOffered: false });
  // A roster connection that will not close blocks the deletion.
  const stuck = await openDB(DB_NAME, 1, { upgrade: (db) => void db.createObjectStore('receipts') });
  await renderApp('/');
  await user.click(await screen.findByRole('button', { name: 'Remove everything from this computer' }));
  await user.click(await screen.findByRole('button', { name: 'Yes, remove everything' }));
  // The removal gives a stuck database 5 seconds to close.
  await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('The browser would not remove: the instructor roster.'), {
    timeout: 15_000,
  });
  stuck.close();
}, 30_000);
