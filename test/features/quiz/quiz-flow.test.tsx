import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import {
  answerRadio,
  boundariesQuestion,
  giftQuestion,
  nameQuestion,
  renderQuiz,
  resetProgress,
  seedAttempts,
  shownChoices,
  startByKeyboard,
  tabTo,
} from './quiz-fixtures';

const quiz = [giftQuestion, nameQuestion, boundariesQuestion];
const giftTexts = giftQuestion.options.map((o) => o.text);
type User = ReturnType<typeof userEvent.setup>;

beforeEach(() => {
  resetProgress();
  seedAttempts(1, 2);
});

async function next(user: User, name = 'Next scenario') {
  await tabTo(user, 'button', name);
  await user.keyboard('{Enter}');
}

/** Answers the three fixture scenarios: gift (best or not), value (best), multi (one right tick). */
async function answerAll(user: User, giftChoice: string) {
  await answerRadio(user, giftChoice);
  await next(user);
  await answerRadio(user, 'Respectful');
  await next(user);
  await tabTo(user, 'checkbox', 'Decline the family dinner kindly');
  await user.keyboard(' ');
  await tabTo(user, 'button', 'Submit answer');
  await user.keyboard('{Enter}');
  await next(user, 'See your results');
}

test('before starting: the content note with the crisis line, what to expect, and Start', () => {
  renderQuiz(quiz);
  const note = screen.getByRole('complementary', { name: 'Content note' }).textContent;
  expect(note).toContain('Some scenarios mention role limits.');
  expect(note).toContain('call or text 988');
  expect(screen.getByText(/^3 scenarios, one at a time/)).toBeTruthy();
  expect(screen.getByText('The pass mark is 80%. You can try again as often as you like.')).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Start the scenarios' })).toBeTruthy();
});

test('one scenario at a time with "Scenario N of M" and a progress bar; Next moves focus to the next heading', async () => {
  const user = userEvent.setup();
  renderQuiz(quiz);
  await startByKeyboard(user, 'The holiday gift');
  expect(screen.getByText('Scenario 1 of 3')).toBeTruthy();
  expect(screen.getByRole('progressbar', { name: 'Quiz progress' }).getAttribute('aria-valuetext')).toBe('Scenario 1 of 3');
  await answerRadio(user, 'Accept it quietly');
  await next(user);
  expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Not "buddy"' }));
  expect(screen.getByText('Scenario 2 of 3')).toBeTruthy();
  expect(screen.queryByRole('heading', { name: 'The holiday gift' })).toBeNull();
});

test('a reload resumes the open attempt at the first unanswered scenario', async () => {
  const user = userEvent.setup();
  const first = renderQuiz(quiz);
  await startByKeyboard(user, 'The holiday gift');
  await answerRadio(user, 'Accept it quietly');
  first.unmount();
  renderQuiz(quiz);
  expect(screen.getByRole('heading', { level: 2, name: 'Not "buddy"' })).toBeTruthy();
  expect(screen.getByText('Scenario 2 of 3')).toBeTruthy();
});

test('results: "Not yet" with the pass mark, best and latest, the per-value table and what to review', async () => {
  const user = userEvent.setup();
  renderQuiz(quiz);
  await startByKeyboard(user, 'The holiday gift');
  await answerAll(user, 'Accept it quietly');

  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your results' }));
  expect(screen.getByText('Not yet: 50% (pass mark 80%)')).toBeTruthy();
  expect(screen.getByText('Latest attempt').nextElementSibling?.textContent).toMatch(/^50%, not yet passed/);
  expect(screen.getByText('Best attempt').nextElementSibling?.textContent).toBe('50%, not yet passed (this attempt)');
  expect(screen.getByRole('img', { name: 'Bar chart of your score by value: Respectful 50%.' })).toBeTruthy();
  const row = within(screen.getByRole('table', { name: 'Score by value' })).getByRole('row', { name: /Respectful/ });
  expect(row.textContent).toBe('Respectful1.5 of 350%');
  expect(screen.getByRole('button', { name: 'Review “The holiday gift”' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Review “The graduation invitation”' })).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Review “Not "buddy"”' })).toBeNull();
  expect(screen.getByRole('link', { name: 'Back to the lesson' }).getAttribute('href')).toBe('/module/respectful');
  expect(screen.getByRole('link', { name: 'Course home' })).toBeTruthy();
});

test('reviewing a missed scenario shows the learner’s answer and every response’s feedback in the order they saw', async () => {
  const user = userEvent.setup();
  renderQuiz(quiz);
  await startByKeyboard(user, 'The holiday gift');
  const seen = shownChoices('radio');
  await answerAll(user, 'Accept it quietly');
  await tabTo(user, 'button', 'Review “The holiday gift”');
  await user.keyboard('{Enter}');

  expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'The holiday gift' }));
  const feedback = screen.getByRole('region', { name: 'Feedback' });
  const reviewed = within(feedback)
    .getAllByRole('listitem')
    .map((li) => giftTexts.find((t) => li.textContent?.includes(t)));
  expect(reviewed).toEqual(seen);
  expect(feedback.textContent).toContain('Your choice');
  expect(feedback.textContent).toContain('A flat refusal can shame her.');
  await next(user, 'Back to your results');
  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Your results' }));
});

test('"Try again" starts a new attempt in a new order; results then show the best and the latest', async () => {
  const user = userEvent.setup();
  renderQuiz(quiz);
  await startByKeyboard(user, 'The holiday gift');
  const firstOrder = shownChoices('radio');
  await answerAll(user, 'Thank her and check the gift policy');
  expect(screen.getByText('You scored 83%. Passed.')).toBeTruthy();

  await next(user, 'Try again');
  expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'The holiday gift' }));
  expect(shownChoices('radio')).not.toEqual(firstOrder);
  await answerAll(user, 'Accept it quietly');
  expect(screen.getByText('Not yet: 50% (pass mark 80%)')).toBeTruthy();
  expect(screen.getByText('Best attempt').nextElementSibling?.textContent).toMatch(/^83%, passed/);
  expect(screen.getByText('You have finished this quiz 2 times.')).toBeTruthy();
});

test('coming back later shows the last results with "Start a new attempt"', async () => {
  const user = userEvent.setup();
  const first = renderQuiz(quiz);
  await startByKeyboard(user, 'The holiday gift');
  await answerAll(user, 'Thank her and check the gift policy');
  first.unmount();
  renderQuiz(quiz);
  expect(screen.getByText('You scored 83%. Passed.')).toBeTruthy();
  await tabTo(user, 'button', 'Start a new attempt');
  await user.keyboard('{Enter}');
  expect(screen.getByText('Scenario 1 of 3')).toBeTruthy();
});

test('an instructor’s pass mark replaces the course’s', async () => {
  const user = userEvent.setup();
  renderQuiz(quiz, 50);
  expect(screen.getByText('The pass mark is 50%. You can try again as often as you like.')).toBeTruthy();
  await startByKeyboard(user, 'The holiday gift');
  await answerAll(user, 'Accept it quietly');
  expect(screen.getByText('You scored 50%. Passed.')).toBeTruthy();
});
