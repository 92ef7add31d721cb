import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, expect, test, vi } from 'vitest';
import type * as CourseData from '../../../src/course/course-data';
import { loadQuestionsFor } from '../../../src/course/course-data';
import { QuizFeature } from '../../../src/features/quiz/quiz-feature';
import { fixtureQuiz, giftQuestion, resetProgress } from './quiz-fixtures';

vi.mock('../../../src/course/course-data', async (importOriginal) => ({
  ...(await importOriginal<typeof CourseData>()),
  loadQuestionsFor: vi.fn(),
}));

beforeEach(() => {
  resetProgress();
});

const renderFeature = (passMark?: number, mode: 'practice' | 'check' = 'practice') =>
  render(
    <MemoryRouter>
      <QuizFeature quiz={fixtureQuiz} mode={mode} passMark={passMark} />
    </MemoryRouter>,
  );

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
