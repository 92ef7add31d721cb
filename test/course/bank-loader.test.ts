// @vitest-environment node
// Each bank's pools are separate chunks (docs/decisions/0019-bank-pool-chunks.md); these tests
// load them through the same build plugin the app uses.
import { beforeEach, expect, test, vi } from 'vitest';
import type * as BankLoader from '../../src/course/bank-loader';
import { everyQuiz } from '../../src/course/course-data';
import type { ScenarioBank } from '../../src/domain/content/content-types';

const authored = import.meta.glob<ScenarioBank>('../../content/*/scenarios.ts', { eager: true, import: 'default' });
const idsOf = (questions: readonly { id: string }[]) => questions.map((q) => q.id);

// A fresh loader (and so empty caches) for every test.
let data: typeof BankLoader;
beforeEach(async () => {
  vi.resetModules();
  data = await import('../../src/course/bank-loader');
});

const quiz = (id: string) => everyQuiz.find((q) => q.id === id)!;
const written = (id: string) => authored[`../../content/${quiz(id).folder}/scenarios.ts`]!.questions;

test('the whole bank, loaded pool by pool, is every scenario in the order the file has it', async () => {
  for (const q of everyQuiz) expect(idsOf(await data.loadQuestions(q))).toEqual(idsOf(written(q.id)));
});

test('one pool loads only its own scenarios', async () => {
  const practice = await data.loadQuestions(quiz('hopeful'), ['practice']);
  const check = await data.loadQuestions(quiz('hopeful'), ['check']);
  expect(idsOf(practice)).toEqual(idsOf(written('hopeful').filter((q) => q.pool === 'practice')));
  expect(idsOf(check)).toEqual(idsOf(written('hopeful').filter((q) => q.pool === 'check')));
});

test('pools that arrived one by one are at hand as the whole bank at once, as the same array each time', async () => {
  const review = quiz('review');
  expect(data.loadedQuestions(review, ['practice'])).toBeUndefined();
  await data.loadQuestions(review, ['practice']);
  expect(data.loadedQuestions(review)).toBeUndefined();
  await data.loadQuestions(review, ['check']);
  const whole = data.loadedQuestions(review);
  expect(idsOf(whole ?? [])).toEqual(idsOf(written('review')));
  expect(data.loadedQuestions(review, ['check', 'practice'])).toBe(whole);
  expect(await data.loadQuestions(review)).toBe(whole);
});

test('asking for no pool loads nothing and gives no scenarios', async () => {
  expect(data.loadedQuestions(quiz('voluntary'), [])).toEqual([]);
  expect(await data.loadQuestionsFor(quiz('voluntary'), [])).toEqual([]);
  expect(data.loadedQuestions(quiz('voluntary'), ['practice'])).toBeUndefined();
});

test('attempts load the pools their modes present, and the whole bank for a quiz from before the split', async () => {
  const respectful = quiz('respectful');
  const practiceIds = idsOf(written('respectful').filter((q) => q.pool === 'practice'));
  const practiceRound = { mode: 'practice' as const, items: practiceIds.slice(0, 2) };
  expect(idsOf(await data.loadQuestionsFor(respectful, [practiceRound], ['practice']))).toEqual(practiceIds);
  expect(idsOf(await data.loadQuestionsFor(respectful, [{ mode: 'quiz' }], ['check']))).toEqual(idsOf(written('respectful')));
});

test('a check listing a scenario that is no longer in the check pool (moved by a content update) gets the whole bank', async () => {
  const empathetic = quiz('empathetic');
  const [moved] = idsOf(written('empathetic').filter((q) => q.pool === 'practice'));
  const check = { mode: 'check' as const, items: [moved!] };
  const questions = await data.loadQuestionsFor(empathetic, [check], ['check']);
  expect(idsOf(questions)).toEqual(idsOf(written('empathetic')));
  expect(data.loadedQuestionsFor(empathetic, [check], ['check'])).toBe(questions);
});
