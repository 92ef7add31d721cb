import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { axe } from 'vitest-axe';
import {
  answerRadio,
  busPassQuestion,
  giftQuestion,
  nightsQuestion,
  renderQuiz,
  resetProgress,
  seedAttempts,
  startByKeyboard,
  tabTo,
} from './quiz-fixtures';

beforeEach(() => {
  resetProgress();
  seedAttempts(4);
});

// axe runs six times here; give it room on a busy machine.
test('the introduction, a question, its feedback and the results have no axe violations', { timeout: 20_000 }, async () => {
  const user = userEvent.setup();
  const { container } = renderQuiz([giftQuestion, nightsQuestion, busPassQuestion]);
  expect(await axe(container)).toHaveNoViolations();
  await startByKeyboard(user, 'The holiday gift');
  expect(await axe(container)).toHaveNoViolations();
  await answerRadio(user, 'Accept it quietly');
  expect(await axe(container)).toHaveNoViolations();
  await tabTo(user, 'button', 'Next scenario');
  await user.keyboard('{Enter}');
  expect(await axe(container)).toHaveNoViolations();
  await tabTo(user, 'button', 'Submit this order');
  await user.keyboard('{Enter}');
  await tabTo(user, 'button', 'Next scenario');
  await user.keyboard('{Enter}');
  await answerRadio(user, 'Lend him the money');
  expect(await axe(container)).toHaveNoViolations();
  await answerRadio(user, 'Send more money');
  await tabTo(user, 'button', 'See your results');
  await user.keyboard('{Enter}');
  expect(screen.getByRole('heading', { name: 'Practice results' })).toBeTruthy();
  expect(await axe(container)).toHaveNoViolations();
});
