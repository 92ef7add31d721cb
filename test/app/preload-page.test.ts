import { expect, test, vi } from 'vitest';
import { isLoadingPage } from '../../src/app/page-loading';
import { preloadPage } from '../../src/app/pages';

test('a deep link starts loading its page and content at start-up, counted as a page load, and says when they are here', async () => {
  const ready = preloadPage('/module/voluntary');
  expect(isLoadingPage()).toBe(true);
  await ready;
  expect(isLoadingPage()).toBe(false);
});

test('a page whose load fails resolves all the same: the page explains the failure when it renders', async () => {
  // An unknown module still loads the lesson page; its content is simply absent.
  await expect(preloadPage('/module/not-a-module')).resolves.toBeUndefined();
});

test('home starts nothing: a first visit to home needs no other page and no router', () => {
  void preloadPage('/');
  expect(isLoadingPage()).toBe(false);
});

test('an unknown address loads nothing (the page that says so is in the first chunk); an unknown module loads the lesson page, which explains it', async () => {
  void preloadPage('/no/such/page');
  expect(isLoadingPage()).toBe(false);
  void preloadPage('/module/not-a-module');
  expect(isLoadingPage()).toBe(true);
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
