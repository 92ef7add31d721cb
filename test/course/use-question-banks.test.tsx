// Home, assignments and receipts score the learner's checks: each loads only the pools they need.
import { renderHook, waitFor } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { loadedQuestions } from '../../src/course/bank-loader';
import { findQuiz } from '../../src/course/course-data';
import { useQuestionBanks } from '../../src/course/use-question-banks';
import type { ScenarioBank } from '../../src/domain/content/content-types';
import { emptyProgress, type Attempt } from '../../src/domain/progress/progress-model';
import { useProgress } from '../../src/store/progress-store';

const authored = import.meta.glob<ScenarioBank>('../../content/*/scenarios.ts', { eager: true, import: 'default' });
const written = (folder: string) => authored[`../../content/${folder}/scenarios.ts`]!.questions;
const idsOf = (questions: readonly { id: string }[] | undefined) => (questions ?? []).map((q) => q.id);

const T = '2026-03-01T09:00:00.000Z';
const finished = (quizId: string, mode: Attempt['mode'], items?: string[]): Attempt => ({
  id: `${quizId}-${mode}`,
  quizId,
  seed: 1,
  startedAt: T,
  finishedAt: T,
  mode,
  answers: {},
  ...(items ? { items } : {}),
});

beforeEach(() => {
  useProgress.setState(emptyProgress());
});

/** Each test uses its own module: the loader's cache lives for the page (here, the file). */
async function banksFor(id: string) {
  const { result } = renderHook(() => useQuestionBanks([id]));
  await waitFor(() => expect(result.current.ready).toBe(true));
  return result.current.banks.get(id);
}

test('a finished check is scored with the check pool alone; the practice pool is not loaded', async () => {
  const check = written('02-hopeful').filter((q) => q.pool === 'check');
  useProgress.setState({ attempts: [finished('hopeful', 'check', idsOf(check.slice(0, 4)))] });
  expect(idsOf(await banksFor('hopeful'))).toEqual(idsOf(check));
  expect(loadedQuestions(findQuiz('hopeful')!, ['practice'])).toBeUndefined();
});

test('a module only practised has no check to score, so nothing loads for it', async () => {
  useProgress.setState({ attempts: [finished('respectful', 'practice', ['res-rural-softball-game'])] });
  expect(await banksFor('respectful')).toEqual([]);
  const respectful = findQuiz('respectful')!;
  expect([loadedQuestions(respectful, ['practice']), loadedQuestions(respectful, ['check'])]).toEqual([undefined, undefined]);
});

test('a whole-bank quiz from before the split is scored with the whole bank, as it was taken', async () => {
  useProgress.setState({ attempts: [finished('empathetic', 'quiz')] });
  expect(idsOf(await banksFor('empathetic'))).toEqual(idsOf(written('04-empathetic')));
});
