import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import {
  answerRadio,
  liveText,
  nameQuestion,
  renderQuiz,
  resetProgress,
  seedAttempts,
  shownChoices,
  startByKeyboard,
} from './quiz-fixtures';

beforeEach(() => {
  resetProgress();
  seedAttempts(11);
});

test('the choices are the values’ names from the course', async () => {
  const user = userEvent.setup();
  renderQuiz([nameQuestion]);
  await startByKeyboard(user, 'Not "buddy"');
  expect(screen.getByRole('group', { name: 'Which value is most at stake here?' })).toBeTruthy();
  expect(shownChoices('radio').sort()).toEqual(['Empathetic', 'Hopeful', 'Respectful']);
});

test('naming the value most at stake is correct', async () => {
  const user = userEvent.setup();
  renderQuiz([nameQuestion]);
  await startByKeyboard(user, 'Not "buddy"');
  await answerRadio(user, 'Respectful');
  expect(liveText()).toBe('Correct. You chose the value most at stake. Full credit.');
  expect(screen.getByRole('region', { name: 'Feedback' }).textContent).toContain('Yes: his name and space.');
});

test('naming another value shows why it is not the one most at stake', async () => {
  const user = userEvent.setup();
  renderQuiz([nameQuestion]);
  await startByKeyboard(user, 'Not "buddy"');
  await answerRadio(user, 'Hopeful');
  expect(liveText()).toBe('Not quite. Compare your choice with the value most at stake below. No credit.');
  const feedback = screen.getByRole('region', { name: 'Feedback' }).textContent;
  expect(feedback).toContain('Hope is not what is missing.');
  expect(feedback).toContain('Yes: his name and space.');
});
