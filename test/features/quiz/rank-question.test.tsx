import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { liveText, nightsQuestion, renderQuiz, resetProgress, seedAttempts, startByKeyboard, tabTo } from './quiz-fixtures';

const texts = nightsQuestion.options.map((o) => o.text);

beforeEach(() => {
  resetProgress();
  seedAttempts(5);
});

/** The responses in the order the list shows them now. */
function shownOrder(): string[] {
  const list = within(screen.getByRole('group', { name: 'Put these from most to least helpful.' })).getByRole('list');
  return within(list)
    .getAllByRole('listitem')
    .map((li) => texts.find((t) => li.textContent?.startsWith(t)) ?? '?');
}

/** Moves `text` up with Enter on its "Move up" button until it is at `place` (0-based). */
async function moveUpTo(user: ReturnType<typeof userEvent.setup>, text: string, place: number) {
  if (shownOrder().indexOf(text) === place) return;
  await tabTo(user, 'button', `Move up: ${text}`);
  while (shownOrder().indexOf(text) > place) await user.keyboard('{Enter}');
}

test('responses are an ordered list with move buttons named for each response', async () => {
  const user = userEvent.setup();
  renderQuiz([nightsQuestion]);
  await startByKeyboard(user, 'After the line closes');
  expect(screen.getByRole('group', { name: 'Put these from most to least helpful.' })).toBeTruthy();
  expect(shownOrder().sort()).toEqual([...texts].sort());
  for (const text of texts) {
    expect(screen.getByRole('button', { name: `Move up: ${text}` })).toBeTruthy();
    expect(screen.getByRole('button', { name: `Move down: ${text}` })).toBeTruthy();
  }
});

test('moving a response announces its new place and keeps focus on the button used', async () => {
  const user = userEvent.setup();
  renderQuiz([nightsQuestion]);
  await startByKeyboard(user, 'After the line closes');
  const first = shownOrder()[0] as string;
  const button = await tabTo(user, 'button', `Move down: ${first}`);
  await user.keyboard('{Enter}');
  expect(liveText()).toBe(`Moved '${first}' to position 2 of 4.`);
  expect(shownOrder()[1]).toBe(first);
  expect(document.activeElement).toBe(button);
});

test('at the top, Move up stays focusable, moves nothing and says so', async () => {
  const user = userEvent.setup();
  renderQuiz([nightsQuestion]);
  await startByKeyboard(user, 'After the line closes');
  const first = shownOrder()[0] as string;
  const before = shownOrder();
  const up = await tabTo(user, 'button', `Move up: ${first}`);
  expect(up.getAttribute('aria-disabled')).toBe('true');
  await user.keyboard('{Enter}');
  expect(shownOrder()).toEqual(before);
  expect(liveText()).toBe(`'${first}' is already first.`);
});

test('putting every response in the best order by keyboard earns full credit', async () => {
  const user = userEvent.setup();
  renderQuiz([nightsQuestion]);
  await startByKeyboard(user, 'After the line closes');
  for (const [place, text] of texts.entries()) await moveUpTo(user, text, place);
  expect(shownOrder()).toEqual(texts);
  await tabTo(user, 'button', 'Submit this order');
  await user.keyboard('{Enter}');
  expect(liveText()).toBe('Correct. Your order matches the best order. Full credit.');
  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Feedback' }));
});

test('an order two places off earns 75% and the feedback shows each response’s best and chosen place', async () => {
  const user = userEvent.setup();
  renderQuiz([nightsQuestion]);
  await startByKeyboard(user, 'After the line closes');
  // Best order, then swap the first two: B, A, C, D.
  for (const [place, text] of [texts[1], texts[0], texts[2], texts[3]].entries()) await moveUpTo(user, text as string, place);
  await tabTo(user, 'button', 'Submit this order');
  await user.keyboard('{Enter}');
  expect(liveText()).toBe('Partly right. Some responses are out of place; the best order is below. 75% credit.');
  const feedback = screen.getByRole('region', { name: 'Feedback' }).textContent;
  expect(feedback).toContain('Best place: 1 of 4Your place: 2 of 4');
  expect(feedback).toContain('What to do instead: Keep contact on the warmline.');
});

test('a safety-tagged scenario shows the crisis line', async () => {
  const user = userEvent.setup();
  renderQuiz([nightsQuestion]);
  await startByKeyboard(user, 'After the line closes');
  expect(screen.getByRole('region', { name: 'After the line closes' }).textContent).toContain('In the US, call or text 988.');
});
