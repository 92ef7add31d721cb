import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import {
  answerRadio,
  busPassQuestion,
  giftQuestion,
  liveText,
  renderQuiz,
  resetProgress,
  seedAttempts,
  startByKeyboard,
  tabTo,
} from './quiz-fixtures';

beforeEach(() => {
  resetProgress();
  seedAttempts(9);
});

test('the best first choice shows its feedback, the consequence, then the follow-up decision', async () => {
  const user = userEvent.setup();
  renderQuiz([busPassQuestion]);
  await startByKeyboard(user, 'The bus pass');
  expect(screen.getByText('Work through this conversation with Marcus.')).toBeTruthy();
  await answerRadio(user, 'Decline and look up transit help together');

  expect(liveText()).toBe('Best choice. See what happens next.');
  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Feedback on decision 1' }));
  expect(screen.getByRole('region', { name: 'Feedback on decision 1' }).textContent).toContain('Clear boundary, real help.');
  expect(screen.getByText('Marcus says you sound like his parole officer.')).toBeTruthy();
  expect(screen.getByRole('group', { name: 'Decision 2: What next?' })).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'See your results' })).toBeNull();
});

test('best then best earns full credit for the scenario', async () => {
  const user = userEvent.setup();
  renderQuiz([busPassQuestion]);
  await startByKeyboard(user, 'The bus pass');
  await answerRadio(user, 'Decline and look up transit help together');
  await answerRadio(user, 'Name the sting and keep helping');
  expect(liveText()).toBe('Best choice. Scenario complete. Correct. You made the best choice at every decision. Full credit.');
  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Feedback on decision 2' }));
  expect(screen.getByRole('region', { name: 'Scenario result' }).textContent).toContain('Correct.');
});

test('a poor first choice leads down the other path, shows what to do instead, and can be partly recovered', async () => {
  const user = userEvent.setup();
  renderQuiz([busPassQuestion]);
  await startByKeyboard(user, 'The bus pass');
  await answerRadio(user, 'Lend him the money');
  expect(liveText()).toBe('Not the best choice. See what happens next.');
  const first = screen.getByRole('region', { name: 'Feedback on decision 1' }).textContent;
  expect(first).toContain('What to do instead: Find transit help through the center.');
  expect(first).toContain('Best response');
  expect(screen.getByText('Marcus messages your own account at 11 pm asking for more.')).toBeTruthy();
  await answerRadio(user, 'Talk to your supervisor and reset the boundary');
  expect(liveText()).toBe('Best choice. Scenario complete. Partly right. You made the best choice at 1 of 2 decisions. 50% credit.');
});

test('a reload mid-scenario resumes at the follow-up decision, keeping the first choice', async () => {
  const user = userEvent.setup();
  const { unmount } = renderQuiz([busPassQuestion, giftQuestion]);
  await startByKeyboard(user, 'The bus pass');
  await answerRadio(user, 'Lend him the money');
  unmount();

  renderQuiz([busPassQuestion, giftQuestion]);
  expect(screen.getByText('Scenario 1 of 2')).toBeTruthy();
  expect(screen.getByRole('region', { name: 'Feedback on decision 1' }).textContent).toContain('Makes you a lender.');
  expect(screen.getByRole('group', { name: 'Decision 2: What now?' })).toBeTruthy();
  await answerRadio(user, 'Send more money');
  await tabTo(user, 'button', 'Next scenario');
  await user.keyboard('{Enter}');
  expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'The holiday gift' }));
});
