// An LMS package built with --modules presents exactly that course: the home, numbering, counts,
// reflections, certificate and the review (only when packaged). The standalone course is unchanged.
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { setRuntime } from '../../src/config/runtime';
import { emptyProgress } from '../../src/domain/progress/progress-model';
import { useProgress } from '../../src/store/progress-store';
import { passedProgress } from '../fixtures/assignment-fixtures';
import { renderApp } from '../render-app';

beforeEach(() => {
  useProgress.setState(emptyProgress());
});
afterEach(() => {
  setRuntime({ mode: 'web', quizzes: undefined, passMark: undefined });
});

/** The module cards' titles on the home page. */
const moduleTitles = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);

/** Shows another page, as a fresh visit. */
async function visit(path: string) {
  cleanup();
  await renderApp(path);
}

test('a two-module package’s home lists those two modules, counts two, and offers no review', async () => {
  setRuntime({ mode: 'lms', quizzes: ['voluntary', 'hopeful'] });
  await renderApp('/');
  expect(await screen.findByText('0 of 2 modules passed')).toBeTruthy();
  expect(screen.getByText(/^Two short lessons on the core values of peer support/)).toBeTruthy();
  expect(moduleTitles()).toEqual(['Voluntary', 'Hopeful']);
  expect(screen.queryByRole('heading', { name: 'Course review' })).toBeNull();
  expect(screen.queryByRole('link', { name: /final check|mixed scenarios/ })).toBeNull();
});

test('a packaged module is numbered within the package; a module left out is not part of it', async () => {
  setRuntime({ mode: 'lms', quizzes: ['voluntary', 'hopeful'] });
  await renderApp('/module/hopeful');
  expect(await screen.findByText(/^Module 2 of 2 · about \d+ minutes$/)).toBeTruthy();
  await visit('/module/hopeful/quiz');
  expect(await screen.findByText('Module 2 of 2')).toBeTruthy();
  await visit('/module/empathetic');
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  await visit('/review');
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  await visit('/review/practice');
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  await visit('/module/empathetic/check');
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
});

test('a one-module package, passed, counts one of one and earns the certificate for that module', async () => {
  setRuntime({ mode: 'lms', quizzes: ['voluntary'] });
  useProgress.setState(await passedProgress(['voluntary']));
  await renderApp('/');
  expect(await screen.findByText('1 of 1 module passed')).toBeTruthy();
  expect(screen.getByText(/^One short lesson on a core value of peer support/)).toBeTruthy();
  await visit('/certificate');
  expect(await screen.findByText('For this course: 1 module.')).toBeTruthy();
  const cert = await screen.findByRole('region', { name: 'Certificate of completion' });
  expect(
    within(cert)
      .getAllByRole('rowheader')
      .map((h) => h.textContent),
  ).toEqual(['Voluntary']);
});

test('a package with the review offers it; the standalone course is the whole course', async () => {
  setRuntime({ mode: 'lms', quizzes: ['voluntary', 'review'] });
  await renderApp('/');
  expect(await screen.findByRole('link', { name: 'Take the final check' })).toBeTruthy();
  setRuntime({ mode: 'web', quizzes: undefined });
  await visit('/');
  expect(await screen.findByText('0 of 10 modules passed')).toBeTruthy();
  await visit('/module/strengths-focused');
  expect(await screen.findByText(/^Module 10 of 10 · about/, {}, { timeout: 9000 })).toBeTruthy();
});
