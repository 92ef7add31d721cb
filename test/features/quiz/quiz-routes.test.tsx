import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { emptyProgress } from '../../../src/domain/progress/progress-model';
import { useProgress } from '../../../src/store/progress-store';
import { renderApp } from '../../render-app';

beforeEach(() => {
  useProgress.setState(emptyProgress());
});

test('a module’s quiz page loads its scenarios and can start', async () => {
  const user = userEvent.setup();
  await renderApp('/module/respectful/quiz');
  expect(await screen.findByRole('heading', { level: 1, name: 'Respectful: practice scenarios' })).toBeTruthy();
  const start = await screen.findByRole('button', { name: 'Start practicing' });
  expect(screen.getByText(/^11 practice scenarios, one at a time/)).toBeTruthy();
  await user.click(start);
  expect(screen.getByText('Scenario 1 of 11')).toBeTruthy();
  expect(document.title).toBe('Respectful: practice scenarios · Peer Support Values');
});

test('a module’s mastery check page draws a form of 4 from the check pool', async () => {
  const user = userEvent.setup();
  await renderApp('/module/respectful/check');
  expect(await screen.findByRole('heading', { level: 1, name: 'Respectful: mastery check' })).toBeTruthy();
  await user.click(await screen.findByRole('button', { name: 'Start the mastery check' }));
  expect(screen.getByText('Scenario 1 of 4')).toBeTruthy();
  const [open] = useProgress.getState().attempts;
  expect(open).toMatchObject({ quizId: 'respectful', mode: 'check' });
  expect(open?.items).toHaveLength(4);
});

test('a quiz page for an unknown module shows page not found', async () => {
  await renderApp('/module/not-a-value/quiz');
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
});

test('the course review is the final check (forms of 10), with mixed practice beside it', async () => {
  const first = await renderApp('/review');
  expect(await screen.findByRole('heading', { level: 1, name: 'Course review: final check' })).toBeTruthy();
  expect(await screen.findByText(/^10 scenarios you have not seen in practice, from every value/)).toBeTruthy();
  first.unmount();
  await renderApp('/review/practice');
  expect(await screen.findByRole('heading', { level: 1, name: 'Course review: practice' })).toBeTruthy();
  expect(await screen.findByText(/^12 practice scenarios, one at a time/)).toBeTruthy();
});

test('"How scoring works" explains each rule with worked numbers from the scoring code', async () => {
  await renderApp('/scoring');
  expect(await screen.findByRole('heading', { level: 1, name: 'How scoring works' })).toBeTruthy();
  for (const name of [
    'Practice and the mastery check',
    'Single best response',
    'Which value is most at stake',
    'Choose all that apply',
    'Rank from most to least helpful',
    'Branching scenarios',
    'The pass mark',
    'Rounding',
    'What is stored',
    'Re-scoring',
  ]) {
    expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
  }
  const page = screen.getByRole('main').textContent ?? '';
  expect(page).toContain('Practice never decides a pass.');
  expect(page).toContain('It is a short form of 4 scenarios kept out of practice');
  expect(page).toContain('3.75 of 4 points, which is 93%. With a pass mark of 80%, that is a pass.');
  expect(page).toContain('Ticking A, B and D earns 0.33 (33%): the wrong tick cancels a right one.');
  expect(page).toContain('Ordering B, A, C, D is 2 places off in all: 1 − 2 ÷ 8 = 0.75 point');
  expect(page).toContain('The best choice first and a poor follow-up earns 0.5.');
  // Words and an example first; the arithmetic comes after, for those who want it.
  for (const rule of ['(right ticks − wrong ticks)', 'count how many places', 'best choices made ÷ decisions']) {
    const at = page.indexOf(rule);
    const example = page.lastIndexOf('Example:', at);
    expect(at).toBeGreaterThan(0);
    expect(example).toBeGreaterThan(0);
    expect(page.slice(example, at)).not.toMatch(/÷/);
  }
  expect(page).toContain('The course’s pass mark is 80%');
  expect(page).toContain('Earning 8 points scores 80%: passed. Earning 7.75 points scores 77%: not yet.');
});
