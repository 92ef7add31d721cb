import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { useProgress } from '../../../src/store/progress-store';
import { renderApp } from '../../render-app';
import { at, attempt } from '../../fixtures/progress-fixtures';
import { returnWithProgress, startClean, voluntaryBest } from './progress-setup';
import { bestOn } from '../../fixtures/legacy-fixtures';

beforeEach(startClean);

/** A module link's description: its status line, e.g. "Status: Passed · best score 100%". */
const status = (text: string) => new RegExp(`^Status: ?${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

test('with nothing saved every module is not started and the first module is offered', async () => {
  await renderApp('/');
  expect(await screen.findByRole('link', { name: 'Start the first module' })).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Voluntary', description: status('Not started') })).toBeTruthy();
  expect(screen.getByText('0 of 10 modules passed')).toBeTruthy();
});

test('a lesson read moves its card to practicing and the course count to one started at once', async () => {
  await returnWithProgress({ lessonsRead: { hopeful: at(0) } });
  await renderApp('/');
  expect(await screen.findByRole('link', { name: 'Hopeful', description: status('Practicing') })).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Voluntary', description: status('Not started') })).toBeTruthy();
  expect(screen.getByText('0 of 10 modules passed · 1 started')).toBeTruthy();
});

test('the lesson a learner opened last, with nothing else done, reads as reading', async () => {
  await returnWithProgress({ lastLocation: '/module/open-minded' });
  await renderApp('/');
  expect(await screen.findByRole('link', { name: 'Open-minded', description: status('Reading') })).toBeTruthy();
  expect(screen.getByText('0 of 10 modules passed · 1 started')).toBeTruthy();
});

test('a lesson opened and left unread stays "Reading" after the learner opens another, and after a reload', async () => {
  const user = userEvent.setup();
  await renderApp('/');
  await user.click(await screen.findByRole('link', { name: 'Voluntary', description: status('Not started') }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Voluntary' })).toBeTruthy();
  await user.click(screen.getByRole('link', { name: 'Peer Support Values' }));
  await user.click(await screen.findByRole('link', { name: 'Hopeful', description: status('Not started') }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Hopeful' })).toBeTruthy();
  await user.click(screen.getByRole('link', { name: 'Peer Support Values' }));
  expect(await screen.findByRole('link', { name: 'Voluntary', description: status('Reading') })).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Hopeful', description: status('Reading') })).toBeTruthy();
  expect(screen.getByText('0 of 10 modules passed · 2 started')).toBeTruthy();
  // The next visit reads what was saved.
  cleanup();
  await useProgress.persist.rehydrate();
  await renderApp('/');
  expect(await screen.findByRole('link', { name: 'Voluntary', description: status('Reading') })).toBeTruthy();
  expect(screen.getByText('0 of 10 modules passed · 2 started')).toBeTruthy();
});

test('a passing attempt after reading the lesson shows passed with the best score', async () => {
  await returnWithProgress({
    lessonsRead: { voluntary: at(0) },
    attempts: [attempt('v-1', 'voluntary', {}), attempt('v-2', 'voluntary', voluntaryBest(), { startedAt: at(3), finishedAt: at(4) })],
  });
  await renderApp('/');
  expect(await screen.findByRole('link', { name: 'Voluntary', description: status('Passed · best score 100%') })).toBeTruthy();
  expect(screen.getByText('1 of 10 modules passed')).toBeTruthy();
  expect(screen.getByRole('progressbar', { name: 'Course progress' }).getAttribute('aria-valuetext')).toBe('1 of 10 modules passed');
});

test('a finished attempt below the pass mark shows needs another try with its score', async () => {
  await returnWithProgress({ lessonsRead: { voluntary: at(0) }, attempts: [attempt('v-1', 'voluntary', {})] });
  await renderApp('/');
  expect(await screen.findByRole('link', { name: 'Voluntary', description: status('Needs another try · best score 0%') })).toBeTruthy();
  expect(screen.getByText('0 of 10 modules passed · 1 started')).toBeTruthy();
});

test('a pass without reading the lesson is not a pass: its card says the lesson is the step left', async () => {
  await returnWithProgress({ attempts: [attempt('v-1', 'voluntary', voluntaryBest())] });
  await renderApp('/');
  expect(await screen.findByRole('link', { name: 'Voluntary', description: status('Check passed: finish the lesson') })).toBeTruthy();
});

test('an unfinished attempt or a reflection alone counts as started', async () => {
  await returnWithProgress({
    attempts: [attempt('h-1', 'hopeful', {}, { finishedAt: undefined })],
    reflections: { respectful: { text: 'Thinking about it.', updatedAt: at(0) } },
  });
  await renderApp('/');
  expect(await screen.findByRole('link', { name: 'Hopeful', description: status('Practicing') })).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Respectful', description: status('Reading') })).toBeTruthy();
});

test('answers saved for a module the course no longer has do not leave scores loading forever', async () => {
  await returnWithProgress({
    lessonsRead: { voluntary: at(0) },
    attempts: [attempt('v-1', 'voluntary', voluntaryBest()), attempt('x-1', 'retired-module', {})],
  });
  await renderApp('/');
  expect(await screen.findByRole('link', { name: 'Voluntary', description: status('Passed · best score 100%') })).toBeTruthy();
  expect(screen.queryByText('Checking your scores…')).toBeNull();
});

test('the final check shows its best score once taken; practice alone does not count', async () => {
  await returnWithProgress({
    attempts: [
      attempt('r-p', 'review', {}, { mode: 'practice' }),
      attempt('r-1', 'review', {}, { mode: 'check', items: ['rev-a', 'rev-b'] }),
    ],
  });
  await renderApp('/');
  expect(await screen.findByRole('link', { name: 'Retake the final check (best score 0%)' })).toBeTruthy();
  expect(within(screen.getByRole('main')).queryByText('Checking your scores…')).toBeNull();
});

test('after a content update, answers to removed scenarios are set aside and the status is recomputed', async () => {
  const answers = { ...voluntaryBest(), 'vol-removed-scenario': { kind: 'single' as const, optionId: 'gone' } };
  await returnWithProgress({
    lessonsRead: { voluntary: at(0) },
    attempts: [attempt('v-1', 'voluntary', answers), attempt('old-1', 'retired-module', { 'old-q': { kind: 'single', optionId: 'a' } })],
  });
  await renderApp('/');
  expect(await screen.findByRole('link', { name: 'Voluntary', description: status('Passed · best score 100%') })).toBeTruthy();
  expect(await screen.findByText(/2 answers to scenarios that are no longer in the course are kept aside/)).toBeTruthy();
  // Saving waits for the next painted frame (ADR 0021): wait for the record, not a fixed time.
  await waitFor(() => {
    const saved = JSON.parse(localStorage.getItem('psv-progress') ?? '{}') as { state: { setAside?: { id: string }[] } };
    expect((saved.state.setAside ?? []).map((a) => a.id).sort()).toEqual(['old-1', 'v-1']);
  });
});

test('a module passed on the earlier content version stays passed after the scenarios were rewritten', async () => {
  await returnWithProgress({
    lessonsRead: { hopeful: at(0) },
    attempts: [{ ...attempt('h-old', 'hopeful', bestOn('hopeful')), finishedAt: at(2) }],
  });
  await renderApp('/');
  expect(await screen.findByRole('link', { name: 'Hopeful', description: status('Passed') }, { timeout: 5000 })).toBeTruthy();
  expect(await screen.findByText(/answers to scenarios that are no longer in the course are kept aside/)).toBeTruthy();
});

test('a perfect practice round with the lesson read is still "Practicing": only a mastery check passes a module', async () => {
  await returnWithProgress({
    lessonsRead: { voluntary: at(0) },
    attempts: [attempt('v-p', 'voluntary', voluntaryBest(), { mode: 'practice' })],
  });
  await renderApp('/');
  expect(await screen.findByRole('link', { name: 'Voluntary', description: status('Practicing') })).toBeTruthy();
});

test('coming back to home shows the scores at once: once loaded, they never show as loading again', async () => {
  const user = userEvent.setup();
  await returnWithProgress({ lessonsRead: { voluntary: at(0) }, attempts: [attempt('v-1', 'voluntary', voluntaryBest())] });
  await renderApp('/');
  await screen.findByRole('link', { name: 'Voluntary', description: status('Passed · best score 100%') });
  await user.click(screen.getByRole('link', { name: 'Voluntary', description: status('Passed · best score 100%') }));
  await screen.findByRole('heading', { level: 1, name: 'Voluntary' });
  // Everything the way back puts on the page, as it happens.
  const shown: string[] = [];
  const observer = new MutationObserver(() => shown.push(document.body.textContent ?? ''));
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  await user.click(within(screen.getByRole('banner')).getByRole('link', { name: 'Peer Support Values' }));
  await screen.findByRole('heading', { level: 1, name: 'Peer Support Values' });
  observer.disconnect();
  expect(screen.getByRole('link', { name: 'Voluntary', description: status('Passed · best score 100%') })).toBeTruthy();
  expect(shown.filter((text) => text.includes('Checking your scores'))).toEqual([]);
});
