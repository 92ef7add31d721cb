import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { boundariesQuestion, liveText, renderQuiz, resetProgress, seedAttempts, startByKeyboard, tabTo } from './quiz-fixtures';

beforeEach(() => {
  resetProgress();
  seedAttempts(3);
});

/** Ticks each named checkbox with Tab and Space, then submits with Enter. */
async function tick(user: ReturnType<typeof userEvent.setup>, names: string[]) {
  for (const name of names) {
    await tabTo(user, 'checkbox', name);
    await user.keyboard(' ');
  }
  await tabTo(user, 'button', 'Submit answer');
  await user.keyboard('{Enter}');
}

test('the checkboxes sit in a group named by the prompt', async () => {
  const user = userEvent.setup();
  renderQuiz([boundariesQuestion]);
  await startByKeyboard(user, 'The graduation invitation');
  const group = screen.getByRole('group', { name: 'Which responses fit respectful boundaries? Choose all that apply.' });
  expect(group.querySelectorAll('input[type="checkbox"]')).toHaveLength(3);
});

test('ticking every response that applies earns full credit', async () => {
  const user = userEvent.setup();
  renderQuiz([boundariesQuestion]);
  await startByKeyboard(user, 'The graduation invitation');
  await tick(user, ['Check with your supervisor about the ceremony', 'Decline the family dinner kindly']);
  expect(liveText()).toBe('Correct. You chose every response that applies, and none that do not. Full credit.');
  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Feedback' }));
});

test('one right tick of two earns half credit and shows what was missed', async () => {
  const user = userEvent.setup();
  renderQuiz([boundariesQuestion]);
  await startByKeyboard(user, 'The graduation invitation');
  await tick(user, ['Decline the family dinner kindly']);
  expect(liveText()).toBe('Partly right. Part of your answer fits; see below which responses apply. 50% credit.');
  const feedback = screen.getByRole('region', { name: 'Feedback' }).textContent;
  expect(feedback).toContain('You missed this');
  expect(feedback).toContain('Open and approved.');
});

test('a wrong tick cancels a right one, and an unsafe response says what to do instead', async () => {
  const user = userEvent.setup();
  renderQuiz([boundariesQuestion]);
  await startByKeyboard(user, 'The graduation invitation');
  await tick(user, ['Decline the family dinner kindly', 'Accept her social media follow']);
  expect(liveText()).toBe('Not quite. See below which responses apply and which do not. No credit.');
  const feedback = screen.getByRole('region', { name: 'Feedback' }).textContent;
  expect(feedback).toContain('Does not apply');
  expect(feedback).toContain('What to do instead: Offer after-care contacts instead.');
});

test('submitting with nothing ticked asks for at least one response', async () => {
  const user = userEvent.setup();
  renderQuiz([boundariesQuestion]);
  await startByKeyboard(user, 'The graduation invitation');
  await tabTo(user, 'button', 'Submit answer');
  await user.keyboard('{Enter}');
  expect(screen.getByRole('alert').textContent).toBe('Choose at least one response, then submit.');
});
