import { render, screen } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { CourseApp } from '../../src/app/course-app';
import { preloadPage } from '../../src/app/pages';
import { renderApp } from '../render-app';

/** The first render alone, checked as soon as it returns (renderApp would also wait out anything that suspended). */
function renderOnce(path: string) {
  window.location.hash = `#${path}`;
  render(<CourseApp transitions={false} />);
}

// Start-up waits for preloadPage before its first render (src/app/start-course.tsx). A page whose
// code is here must then render in that first render: a fallback first would hold the page back
// (React keeps a shown fallback for at least 300 ms).
test('a page loaded before the first render shows at once, with no loading fallback', async () => {
  await preloadPage('/module/hopeful/quiz');
  renderOnce('/module/hopeful/quiz');
  expect(screen.queryByText('Loading the course…')).toBeNull();
  expect(screen.getByRole('heading', { level: 1, name: /Hopeful/ })).toBeTruthy();
});

test('a lesson loaded before the first render shows its text in that render, not a loading line', async () => {
  await preloadPage('/module/hopeful');
  renderOnce('/module/hopeful');
  expect(screen.getByRole('heading', { level: 1, name: 'Hopeful' })).toBeTruthy();
  expect(screen.getByRole('heading', { level: 2, name: 'Learning objectives' })).toBeTruthy();
  expect(screen.queryByRole('status', { name: /Loading/ })).toBeNull();
});

test('a page not loaded yet shows the fallback, then the page', async () => {
  renderOnce('/reflections');
  expect(screen.getByText('Loading the course…')).toBeTruthy();
  expect(await screen.findByRole('heading', { level: 1, name: /reflections/i }, { timeout: 10_000 })).toBeTruthy();
});

test('moving to another address preloads that page and its content, counted as a page load (the web course and an LMS alike)', async () => {
  const { isLoadingPage } = await import('../../src/app/page-loading');
  const { findQuiz } = await import('../../src/course/course-data');
  const { loadedQuestions } = await import('../../src/course/bank-loader');
  await renderApp('/');
  await screen.findByRole('heading', { level: 1, name: 'Peer Support Values' });
  window.location.hash = '#/module/strengths-focused/quiz';
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  expect(isLoadingPage()).toBe(true);
  const quiz = findQuiz('strengths-focused')!;
  await vi.waitFor(() => expect(loadedQuestions(quiz, ['practice'])).toBeDefined(), { timeout: 10_000 });
});

// A returning learner's practice page opens on their last round's results, whose code is a chunk
// of its own (issue #16): preloadPage loads it beside the page, so it too shows in the first render.
test('a practice page whose last round is finished shows its results in the first render, with no loading line', async () => {
  const { useProgress } = await import('../../src/store/progress-store');
  const { findQuiz } = await import('../../src/course/course-data');
  const { loadQuestions } = await import('../../src/course/bank-loader');
  const bank = await loadQuestions(findQuiz('hopeful')!, ['practice']);
  const at = '2026-11-30T09:00:00.000Z';
  const items = bank.map((q) => q.id);
  useProgress.setState({
    attempts: [{ id: 'round-1', quizId: 'hopeful', mode: 'practice', seed: 7, startedAt: at, finishedAt: at, items, answers: {} }],
  });
  await preloadPage('/module/hopeful/quiz');
  renderOnce('/module/hopeful/quiz');
  expect(screen.getByRole('heading', { level: 2, name: 'Practice results' })).toBeTruthy();
  expect(screen.queryByText('Loading your results…')).toBeNull();
});
