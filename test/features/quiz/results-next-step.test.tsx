import { render, screen, within } from '@testing-library/react';
import { beforeEach, expect, test, vi } from 'vitest';
import type { Question } from '../../../src/domain/content/content-types';
import type { Answers } from '../../../src/domain/scoring/answers';
import { emptyProgress, type Attempt } from '../../../src/domain/progress/progress-model';
import { scoreQuiz } from '../../../src/domain/scoring/score-quiz';
import { CheckResults } from '../../../src/features/quiz/check-results';
import type { NextStep } from '../../../src/features/quiz/next-step';
import { PracticeResults } from '../../../src/features/quiz/practice-results';
import { useProgress } from '../../../src/store/progress-store';
import { fixtureQuiz, giftQuestion, nameQuestion } from './quiz-fixtures';

// Two Respectful items and one keyed to Hopeful, so "strongest value" has two values to compare.
const hopefulGift: Question = { ...giftQuestion, id: 'gift-hope', title: 'The birthday card', value: 'hopeful' };
const questions: Question[] = [giftQuestion, nameQuestion, hopefulGift];
const ALL_RIGHT: Answers = {
  gift: { kind: 'single', optionId: 'check' },
  'not-buddy': { kind: 'value', optionId: 'respectful' },
  'gift-hope': { kind: 'single', optionId: 'check' },
};
const HOPE_MISSED: Answers = { ...ALL_RIGHT, 'gift-hope': { kind: 'single', optionId: 'accept' } };
const RESPECT_MISSED: Answers = {
  ...ALL_RIGHT,
  gift: { kind: 'single', optionId: 'accept' },
  'not-buddy': { kind: 'value', optionId: 'hopeful' },
};

function scored(answers: Answers, passMark = 60) {
  const attempt: Attempt = {
    id: 'c-1',
    quizId: 'respectful',
    seed: 1,
    startedAt: '2026-03-01T09:00:00.000Z',
    finishedAt: '2026-03-01T09:10:00.000Z',
    mode: 'check',
    items: questions.map((q) => q.id),
    answers,
  };
  return { attempt, score: scoreQuiz(questions, answers, passMark) };
}

function showCheck(answers: Answers, afterPass?: NextStep) {
  const latest = scored(answers);
  return render(
    <CheckResults
      quiz={fixtureQuiz}
      latest={latest}
      best={latest}
      checks={1}
      questions={questions}
      lessonHref="/module/respectful"
      afterPass={afterPass}
      focusHeading={false}
      onNewAttempt={vi.fn()}
      onReview={vi.fn()}
    />,
  );
}

/** The screen's one primary action: the filled button in its next-step row. */
const primary = () => within(document.querySelector('.next-step') as HTMLElement).getAllByRole('link')[0]!;

beforeEach(() => useProgress.setState(emptyProgress()));

test('a passed check with the lesson read leads to the next module in the course', () => {
  useProgress.setState({ lessonsRead: { respectful: '2026-03-01T08:00:00.000Z' } });
  showCheck(ALL_RIGHT);
  expect(primary().textContent).toBe('Next module: Facilitates change');
  expect(primary().getAttribute('href')).toBe('#/module/facilitates-change');
});

test('a passed check in an assignment leads back to it, or to sending the receipt, as the route decides', () => {
  useProgress.setState({ lessonsRead: { respectful: '2026-03-01T08:00:00.000Z' } });
  showCheck(ALL_RIGHT, { to: '/assignment/abc123def4?send=1', label: 'Send your receipt' });
  expect(primary().textContent).toBe('Send your receipt');
  expect(primary().getAttribute('href')).toBe('#/assignment/abc123def4?send=1');
});

test('a check passed before the lesson is read says exactly what is left, with a link to it', () => {
  showCheck(ALL_RIGHT, { to: '/assignment/abc123def4', label: 'Back to your assignment' });
  expect(screen.getByText(/^One step left to pass this module:/).textContent).toContain('finish reading the lesson');
  expect(primary().textContent).toBe('Finish reading the lesson');
  expect(primary().getAttribute('href')).toBe('#/module/respectful');
});

test('a check not yet passed leads to practice on the value missed', () => {
  showCheck(RESPECT_MISSED);
  expect(screen.getByText(/^Not yet: \d+% \(pass mark 60%\)\.$/)).toBeTruthy();
  expect(primary().textContent).toBe('Practice Respectful');
  expect(primary().getAttribute('href')).toBe('#/module/respectful/quiz');
});

test('results open with the verdict and the one next step, then what went well, then what to revisit', () => {
  useProgress.setState({ lessonsRead: { respectful: '2026-03-01T08:00:00.000Z' } });
  showCheck(HOPE_MISSED);
  const wentWell = screen.getByRole('region', { name: 'What went well' });
  expect(within(wentWell).getByText('The best response on 2 of 3 scenarios:')).toBeTruthy();
  expect(
    within(wentWell)
      .getAllByRole('listitem')
      .map((li) => li.textContent),
  ).toEqual(['The holiday gift', 'Not "buddy"']);
  expect(wentWell.textContent).toContain('Your strongest value here: Respectful (100%).');
  expect(screen.getByRole('button', { name: 'Review “The birthday card”' })).toBeTruthy();
  // A summary a phone shows without scrolling (the verdict, then the one next step), then the
  // detail in the order the issue asks: what went well before what to revisit.
  const order = [
    screen.getByRole('heading', { level: 2, name: 'Your result' }),
    screen.getByText(/^Passed: 66% \(pass mark 60%\)\.$/),
    primary(),
    wentWell,
    screen.getByRole('heading', { name: 'What to revisit' }),
  ];
  expect(order.slice(1).map((el, i) => order[i]!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)).toEqual([4, 4, 4, 4]);
  // The next step is offered once: one link of that name on the screen.
  expect(screen.getAllByRole('link', { name: 'Next module: Facilitates change' })).toEqual([primary()]);
});

test('the strongest value is named only when one value is ahead of the others', () => {
  useProgress.setState({ lessonsRead: { respectful: '2026-03-01T08:00:00.000Z' } });
  // Respectful and Hopeful both at 100%: neither is the stronger.
  showCheck(ALL_RIGHT);
  expect(screen.getByRole('region', { name: 'What went well' }).textContent).toContain('The best response on every scenario');
  expect(screen.queryByText(/strongest value/)).toBeNull();
});

test('with no full credit, what went well names the part credit instead of nothing', () => {
  const partly: Question = { ...giftQuestion, id: 'multi-like', value: 'respectful' };
  const latest = { attempt: scored({}).attempt, score: scoreQuiz([partly], {}, 80) };
  render(
    <CheckResults
      quiz={fixtureQuiz}
      latest={latest}
      best={latest}
      checks={1}
      questions={[partly]}
      focusHeading={false}
      onNewAttempt={vi.fn()}
      onReview={vi.fn()}
    />,
  );
  expect(screen.getByRole('region', { name: 'What went well' }).textContent).toMatch(/You finished the round\./);
  expect(screen.queryByText(/strongest value/)).toBeNull();
});

test('practice results lead to the mastery check, and offer a round of only the missed scenarios', () => {
  const onPracticeMissed = vi.fn();
  render(
    <PracticeResults
      quiz={fixtureQuiz}
      score={scoreQuiz(questions, HOPE_MISSED, 80)}
      questions={questions}
      rounds={1}
      lessonHref="/module/respectful"
      focusHeading={false}
      onPracticeMissed={onPracticeMissed}
      onPracticeAll={vi.fn()}
      onReview={vi.fn()}
    />,
  );
  expect(primary().textContent).toBe('Take the mastery check');
  expect(primary().getAttribute('href')).toBe('#/module/respectful/check');
  expect(screen.getAllByRole('link', { name: 'Take the mastery check' })).toEqual([primary()]);
  // The credit and the next step first; then what went well, what to revisit, and a round of only those.
  const missedOnly = screen.getByRole('button', { name: 'Practice only what I missed (1)' });
  const order = [
    screen.getByText('Full credit on 2 of 3 scenarios (66%).'),
    primary(),
    screen.getByRole('region', { name: 'What went well' }),
    screen.getByRole('heading', { name: 'What to revisit' }),
    missedOnly,
  ];
  expect(order.slice(1).map((el, i) => order[i]!.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)).toEqual([4, 4, 4, 4]);
  missedOnly.click();
  expect(onPracticeMissed).toHaveBeenCalledWith(['gift-hope']);
  // Two values were scored, so the per-value chart shows.
  expect(screen.getByRole('heading', { name: 'Score by value' })).toBeTruthy();
});
