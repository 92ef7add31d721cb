import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { answerRadio, giftQuestion, liveText, renderQuiz, resetProgress, seedAttempts, startByKeyboard, tabTo } from './quiz-fixtures';

beforeEach(() => {
  resetProgress();
  seedAttempts(7);
});

test('choosing the best response by keyboard says "Correct" on screen and in the live region, with focus on the feedback', async () => {
  const user = userEvent.setup();
  renderQuiz([giftQuestion]);
  await startByKeyboard(user, 'The holiday gift');
  expect(screen.getByRole('group', { name: 'What do you do?' })).toBeTruthy();
  await answerRadio(user, 'Thank her and check the gift policy');

  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Feedback' }));
  expect(liveText()).toBe('Correct. You chose the best response. Full credit.');
  const feedback = screen.getByRole('region', { name: 'Feedback' }).textContent;
  expect(feedback).toContain('Correct. You chose the best response. Full credit.');
  expect(feedback).toContain('Your choice');
  expect(feedback).toContain('Best response');
  expect(feedback).toContain('Warm and within policy.');
});

test('a poor choice shows why it is poor next to the best response, and the others on request', async () => {
  const user = userEvent.setup();
  renderQuiz([giftQuestion]);
  await startByKeyboard(user, 'The holiday gift');
  await answerRadio(user, 'Accept it quietly');

  expect(liveText()).toBe('Not quite. Compare your choice with the best response below. No credit.');
  const feedback = screen.getByRole('region', { name: 'Feedback' });
  expect(feedback.textContent).toContain('Secret gifts blur the relationship.');
  expect(feedback.textContent).toContain('Warm and within policy.');
  const others = screen.getByText('Read the feedback on the other response');
  expect(others.closest('details')?.open).toBe(false);
  // jsdom does not open <details> from the keyboard (browsers do on Enter or Space), so click the summary.
  await user.click(others);
  expect(others.closest('details')?.open).toBe(true);
  expect(screen.getByText('A flat refusal can shame her.')).toBeTruthy();
});

test('submitting with nothing chosen asks for a choice instead of scoring', async () => {
  const user = userEvent.setup();
  renderQuiz([giftQuestion]);
  await startByKeyboard(user, 'The holiday gift');
  await tabTo(user, 'button', 'Submit answer');
  await user.keyboard('{Enter}');
  expect(screen.getByRole('alert').textContent).toBe('Choose a response, then submit.');
  expect(screen.queryByRole('heading', { name: 'Feedback' })).toBeNull();
});

test('the last scenario leads to the results with the score, and focus on them', async () => {
  const user = userEvent.setup();
  renderQuiz([giftQuestion]);
  await startByKeyboard(user, 'The holiday gift');
  await answerRadio(user, 'Thank her and check the gift policy');
  await tabTo(user, 'button', 'See your results');
  await user.keyboard('{Enter}');
  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Practice results' }));
  expect(screen.getByText('Full credit on 1 of 1 scenarios (100%).')).toBeTruthy();
});
