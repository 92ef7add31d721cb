import { screen, waitFor } from '@testing-library/react';
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
  renderApp('/module/respectful/quiz');
  expect(await screen.findByRole('heading', { level: 1, name: 'Respectful: practice scenarios' })).toBeTruthy();
  const start = await screen.findByRole('button', { name: 'Start the scenarios' });
  expect(screen.getByText(/^\d+ scenarios, one at a time/)).toBeTruthy();
  await user.click(start);
  expect(screen.getByText(/^Scenario 1 of \d+$/)).toBeTruthy();
  expect(document.title).toBe('Respectful: practice scenarios · Peer Support Values');
});

test('a quiz page for an unknown module shows page not found', async () => {
  renderApp('/module/not-a-value/quiz');
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
});

test('the course review page has its title', async () => {
  renderApp('/review');
  expect(await screen.findByRole('heading', { level: 1, name: 'Course review' })).toBeTruthy();
  await waitFor(() => expect(screen.queryByText('Loading scenarios…')).toBeNull());
});

test('"How scoring works" explains each rule with worked numbers from the scoring code', async () => {
  renderApp('/scoring');
  expect(await screen.findByRole('heading', { level: 1, name: 'How scoring works' })).toBeTruthy();
  for (const name of [
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
  expect(page).toContain('Ticking A, B and D earns (2 − 1) ÷ 3 = 0.33 (33%)');
  expect(page).toContain('Ordering B, A, C, D is 2 places off in all: 1 − 2 ÷ 8 = 0.75 point');
  expect(page).toContain('The best choice first and a poor follow-up earns 1 ÷ 2 = 0.5');
  expect(page).toContain('The course’s pass mark is 80%');
  expect(page).toContain('Earning 8 points scores 80%: passed. Earning 7.75 points scores 77%: not yet.');
});
