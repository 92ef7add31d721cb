import { expect, test, vi } from 'vitest';
import { isLoadingPage } from '../../src/app/page-loading';
import { preloadPage } from '../../src/app/router';

test('a deep link starts loading its page and content at start-up, counted as a page load', async () => {
  preloadPage('/module/voluntary');
  expect(isLoadingPage()).toBe(true);
  await vi.waitFor(() => expect(isLoadingPage()).toBe(false), { timeout: 10_000 });
});

test('home, an unknown address and an unknown module start nothing, or nothing that fails', async () => {
  preloadPage('/');
  preloadPage('/no/such/page');
  expect(isLoadingPage()).toBe(false);
  // A module that is not in the course still loads the lesson page, which explains it.
  preloadPage('/module/not-a-module');
  await vi.waitFor(() => expect(isLoadingPage()).toBe(false), { timeout: 10_000 });
});

test('a deep link to a practice page preloads its practice pool, not the held-out check pool', async () => {
  const { findQuiz } = await import('../../src/course/course-data');
  const { loadedQuestions } = await import('../../src/course/bank-loader');
  const hopeful = findQuiz('hopeful')!;
  preloadPage('/module/hopeful/quiz');
  await vi.waitFor(() => expect(loadedQuestions(hopeful, ['practice'])).toBeDefined(), { timeout: 10_000 });
  expect(loadedQuestions(hopeful, ['practice'])!.every((q) => q.pool === 'practice')).toBe(true);
  expect(loadedQuestions(hopeful, ['check'])).toBeUndefined();
});
