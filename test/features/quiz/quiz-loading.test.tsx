import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import type * as BankLoader from '../../../src/course/bank-loader';
import { loadQuestionsFor } from '../../../src/course/bank-loader';
import { CHECK } from '../../../src/features/quiz/check-session';
import { PRACTICE } from '../../../src/features/quiz/practice-session';
import { QuizFeature } from '../../../src/features/quiz/quiz-feature';
import type { Attempt } from '../../../src/domain/progress/progress-model';
import { useProgress } from '../../../src/store/progress-store';
import { fixtureQuiz, giftQuestion, resetProgress } from './quiz-fixtures';

vi.mock('../../../src/course/bank-loader', async (importOriginal) => ({
  ...(await importOriginal<typeof BankLoader>()),
  loadQuestionsFor: vi.fn(),
}));

beforeEach(() => {
  resetProgress();
  vi.mocked(loadQuestionsFor).mockClear();
});

const renderFeature = (passMark?: number, mode: 'practice' | 'check' = 'practice') =>
  render(<QuizFeature quiz={fixtureQuiz} kind={mode === 'check' ? CHECK : PRACTICE} passMark={passMark} />);

test('shows a loading status, then the introduction', async () => {
  vi.mocked(loadQuestionsFor).mockResolvedValue([giftQuestion]);
  renderFeature();
  expect(screen.getByRole('status').textContent).toBe('Loading scenarios…');
  expect(await screen.findByRole('button', { name: 'Start practicing' })).toBeTruthy();
});

test('a failed load says so clearly and can be retried', async () => {
  const user = userEvent.setup();
  vi.mocked(loadQuestionsFor)
    .mockRejectedValueOnce(new Error('Failed to fetch dynamically imported module'))
    .mockResolvedValue([giftQuestion]);
  renderFeature();
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('The scenarios could not be loaded.');
  expect(alert.textContent).toContain('Your saved answers are safe.');
  await user.click(screen.getByRole('button', { name: 'Try loading again' }));
  expect(await screen.findByRole('button', { name: 'Start practicing' })).toBeTruthy();
});

test('a quiz with no scenarios says so instead of starting', async () => {
  vi.mocked(loadQuestionsFor).mockResolvedValue([]);
  renderFeature();
  expect(await screen.findByText('This quiz has no scenarios yet. Please check back later.')).toBeTruthy();
});

test.each([
  [undefined, 80],
  [65, 65],
  [150, 100],
  [-10, 0],
  [Number.NaN, 80],
])('a pass mark override of %s is used as %i%', async (override, used) => {
  vi.mocked(loadQuestionsFor).mockResolvedValue([{ ...giftQuestion, pool: 'check' }]);
  renderFeature(override, 'check');
  expect(await screen.findByText(new RegExp(`^The pass mark is ${used}%\\. Passing it`))).toBeTruthy();
});

test('practice asks for the practice pool alone, never the held-out check', async () => {
  vi.mocked(loadQuestionsFor).mockResolvedValue([giftQuestion]);
  renderFeature();
  expect(await screen.findByRole('button', { name: 'Start practicing' })).toBeTruthy();
  expect(vi.mocked(loadQuestionsFor).mock.calls).toEqual([[fixtureQuiz, [], ['practice']]]);
});

test('the check asks for the check pool, with the attempts it scores, so a whole-bank quiz from before the split brings the practice pool', async () => {
  const T = '2025-01-01T10:00:00.000Z';
  const quiz: Attempt = { id: 'old', quizId: 'respectful', seed: 1, startedAt: T, finishedAt: T, mode: 'quiz', answers: {} };
  const practice: Attempt = { ...quiz, id: 'round', mode: 'practice', items: ['gift'] };
  useProgress.setState({ attempts: [quiz, practice] });
  vi.mocked(loadQuestionsFor).mockResolvedValue([{ ...giftQuestion, pool: 'check' }]);
  renderFeature(undefined, 'check');
  expect(await screen.findByRole('heading', { name: /result/i })).toBeTruthy();
  expect(vi.mocked(loadQuestionsFor).mock.calls).toEqual([[fixtureQuiz, [quiz], ['check']]]);
});
