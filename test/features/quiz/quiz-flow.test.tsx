import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { summarizeAttempts } from '../../../src/domain/progress/attempt-summary';
import { moduleStatus } from '../../../src/domain/progress/module-status';
import { useProgress } from '../../../src/store/progress-store';
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
  expect(screen.getByText(/^3 practice scenarios, one at a time/)).toBeTruthy();
  expect(screen.getByText(/^Practice never decides a pass/)).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Start practicing' })).toBeTruthy();
});

test('one scenario at a time with "Scenario N of M" and a progress bar; Next moves focus to the next heading', async () => {
  const user = userEvent.setup();
  renderQuiz(quiz);
  await startByKeyboard(user, 'The holiday gift');
  expect(screen.getByText('Scenario 1 of 3')).toBeTruthy();
  expect(screen.getByRole('progressbar', { name: 'Practice progress' }).getAttribute('aria-valuetext')).toBe('Scenario 1 of 3');
  await answerRadio(user, 'Accept it quietly');
  // Practice teaches as it goes: the feedback is on screen before "Next".
  expect(screen.getByRole('region', { name: 'Feedback' }).textContent).toContain('Secret gifts blur the relationship.');
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

test('practice results: no pass or fail, the check as the next step, and what to look at again', async () => {
  const user = userEvent.setup();
  renderQuiz(quiz);
  await startByKeyboard(user, 'The holiday gift');
  await answerAll(user, 'Accept it quietly');

  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Practice results' }));
  expect(screen.getByText('Full credit on 1 of 3 scenarios (50%).')).toBeTruthy();
  expect(screen.queryByText(/Passed|Not yet/)).toBeNull();
  expect(screen.getByRole('link', { name: 'Take the mastery check' }).getAttribute('href')).toBe('#/module/respectful/check');
  expect(screen.getByRole('button', { name: 'Review “The holiday gift”' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Review “The graduation invitation”' })).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Review “Not "buddy"”' })).toBeNull();
  // One value only: no chart of one bar.
  expect(screen.queryByRole('table', { name: 'Score by value' })).toBeNull();
  expect(screen.getByRole('link', { name: 'Back to the lesson' }).getAttribute('href')).toBe('#/module/respectful');
  expect(useProgress.getState().attempts[0]).toMatchObject({ mode: 'practice', items: ['gift', 'not-buddy', 'boundaries'] });
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
  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Practice results' }));
});

test('"Practice only what I missed" starts a round of just the missed scenarios, in a new order', async () => {
  const user = userEvent.setup();
  renderQuiz(quiz);
  await startByKeyboard(user, 'The holiday gift');
  const firstOrder = shownChoices('radio');
  await answerAll(user, 'Accept it quietly');

  await next(user, 'Practice only what I missed (2)');
  expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'The holiday gift' }));
  expect(screen.getByText('Scenario 1 of 2')).toBeTruthy();
  expect(shownChoices('radio')).not.toEqual(firstOrder);
  await answerRadio(user, 'Thank her and check the gift policy');
  await next(user);
  expect(screen.getByRole('heading', { level: 2, name: 'The graduation invitation' })).toBeTruthy();
  await tabTo(user, 'checkbox', 'Check with your supervisor about the ceremony');
  await user.keyboard(' ');
  await tabTo(user, 'checkbox', 'Decline the family dinner kindly');
  await user.keyboard(' ');
  await tabTo(user, 'button', 'Submit answer');
  await user.keyboard('{Enter}');
  await next(user, 'See your results');
  expect(screen.getByText('Full credit on 2 of 2 scenarios (100%).')).toBeTruthy();
  expect(screen.getByText('Nothing this time: you earned full credit on every scenario.')).toBeTruthy();
  expect(screen.getByText('You have finished 2 practice rounds.')).toBeTruthy();
  expect(useProgress.getState().attempts[1]?.items).toEqual(['gift', 'boundaries']);
});

test('practice never passes the module, however well it goes', async () => {
  const user = userEvent.setup();
  useProgress.setState({ lessonsRead: { respectful: '2026-01-01T00:00:00.000Z' } });
  renderQuiz([giftQuestion]);
  await startByKeyboard(user, 'The holiday gift');
  await answerRadio(user, 'Thank her and check the gift policy');
  await next(user, 'See your results');
  const progress = useProgress.getState();
  const summary = summarizeAttempts(progress, 'respectful', [giftQuestion], 80);
  expect(summary.scored[0]?.score.percent).toBe(100);
  expect(moduleStatus(progress, 'respectful', summary)).toBe('in-progress');
});

test('coming back later shows the last round’s results and practice can start again', async () => {
  const user = userEvent.setup();
  const first = renderQuiz(quiz);
  await startByKeyboard(user, 'The holiday gift');
  await answerAll(user, 'Thank her and check the gift policy');
  first.unmount();
  renderQuiz(quiz);
  expect(screen.getByText('Full credit on 2 of 3 scenarios (83%).')).toBeTruthy();
  await tabTo(user, 'button', 'Practice every scenario again');
  await user.keyboard('{Enter}');
  expect(screen.getByText('Scenario 1 of 3')).toBeTruthy();
});
