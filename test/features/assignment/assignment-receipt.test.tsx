import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeEach, expect, test, vi } from 'vitest';
import { emptyProgress } from '../../../src/domain/progress/progress-model';
import { decodeReceipt } from '../../../src/domain/exchange/receipt-decode';
import { AssignedModules } from '../../../src/features/assignment/assigned-modules';
import { useProgress } from '../../../src/store/progress-store';
import { assignment, passedProgress } from '../../fixtures/assignment-fixtures';
import { renderApp } from '../../render-app';

// Pages are lazy chunks and the course's scenario banks load on demand: allow for a busy test machine.
configure({ asyncUtilTimeout: 5000 });

const held = (extra = {}) => ({ ...assignment(), acceptedAt: '2025-06-01T00:00:00.000Z', ...extra });

beforeEach(() => {
  useProgress.setState(emptyProgress());
});

test('the assignment page shows each module’s status in the assigned order', async () => {
  useProgress.setState({ ...(await passedProgress(['respectful'])), assignments: [held()] });
  renderApp('/assignment/abc123def4');
  expect(await screen.findByText('1 of 2 modules passed')).toBeTruthy();
  const list = screen.getAllByRole('list').find((l) => l.classList.contains('outcome-list'))!;
  const items = within(list)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
  expect(items[0]).toMatch(/^Respectful — Passed · best score 100%/);
  expect(items[1]).toMatch(/^Hopeful — Not started/);
});

test('a finished assignment gives a receipt code that decodes, checks out and holds no reflections', async () => {
  useProgress.setState({ ...(await passedProgress(['respectful', 'hopeful'])), assignments: [held()] });
  renderApp('/assignment/abc123def4');
  expect(await screen.findByText(/Every module in this assignment is done/)).toBeTruthy();
  const code = (screen.getByLabelText(/Receipt code/) as HTMLTextAreaElement).value;
  const decoded = decodeReceipt(code);
  expect(decoded.ok && decoded.value.checksumOk).toBe(true);
  expect(decoded.ok && decoded.value.receipt.learner).toBe('Ana Ruiz');
  expect(decoded.ok && decoded.value.receipt.modules.map((m) => m.attempts[0]?.claimed.percent)).toEqual([100, 100]);
  expect(JSON.stringify(decoded)).not.toContain('PRIVATE REFLECTION TEXT');
  expect(screen.getByRole('link', { name: 'View your certificate' })).toBeTruthy();
});

test('the receipt downloads as a JSON file named for the learner and assignment', async () => {
  const user = userEvent.setup();
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => (blobs.push(blob), 'blob:receipt'));
  URL.revokeObjectURL = vi.fn();
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    expect(this.download).toBe('receipt-ana-ruiz-abc123def4.json');
  });
  useProgress.setState({ ...(await passedProgress(['respectful', 'hopeful'])), assignments: [held()] });
  renderApp('/assignment/abc123def4');
  await user.click(await screen.findByRole('button', { name: 'Download receipt file' }));
  expect(click).toHaveBeenCalledOnce();
  const decoded = decodeReceipt(await blobs[0]!.text());
  expect(decoded.ok && decoded.value.checksumOk).toBe(true);
});

test('without a name the learner is asked for one before a receipt is made', async () => {
  const user = userEvent.setup();
  useProgress.setState({ ...(await passedProgress(['respectful'], '')), assignments: [held()] });
  renderApp('/assignment/abc123def4');
  expect(await screen.findByText('Enter your name above to make a receipt.')).toBeTruthy();
  await user.type(screen.getByLabelText(/Your name/), 'Sam <b>Bold</b>');
  await user.click(screen.getByRole('button', { name: 'Save name' }));
  await waitFor(() => expect(screen.getByLabelText(/Receipt code/)).toBeTruthy());
  expect(useProgress.getState().learnerName).toBe('Sam <b>Bold</b>');
});

test('removing an assignment keeps the progress on its modules', async () => {
  const user = userEvent.setup();
  useProgress.setState({ ...(await passedProgress(['respectful'])), assignments: [held()] });
  renderApp('/assignment/abc123def4');
  await user.click(await screen.findByRole('button', { name: 'Remove this assignment' }));
  await screen.findByRole('heading', { level: 1, name: 'Peer Support Values' });
  expect(useProgress.getState().assignments).toEqual([]);
  expect(useProgress.getState().attempts).toHaveLength(1);
});

test('an unknown assignment id says so', async () => {
  renderApp('/assignment/nope');
  expect(await screen.findByRole('heading', { level: 1, name: 'Assignment not found' })).toBeTruthy();
});

test('home’s assigned-modules panel lists every held assignment with its due date and module order', async () => {
  useProgress.setState({
    ...(await passedProgress(['hopeful'])),
    assignments: [
      held(),
      held({ id: 'second1234', modules: ['voluntary'], cohort: 'Evening group', due: undefined, instructor: undefined }),
    ],
  });
  render(
    <MemoryRouter>
      <AssignedModules />
    </MemoryRouter>,
  );
  expect(screen.getByRole('heading', { level: 2, name: 'Your assignments' })).toBeTruthy();
  // The cards load on demand (kept off the first-visit bundle), so wait for them.
  const first = await screen.findByRole('article', { name: 'Assignment: Spring cohort, from Dana Lee' });
  expect(within(first).getByText(/Due (July 1, 2025|1 July 2025)/)).toBeTruthy();
  await within(first).findByText(/1 of 2 modules passed/);
  expect(
    within(first)
      .getAllByRole('listitem')
      .map((li) => li.textContent?.split(' — ')[0]),
  ).toEqual(['Respectful', 'Hopeful']);
  expect(within(first).getByRole('link', { name: 'Assignment: Spring cohort, from Dana Lee' }).getAttribute('href')).toBe(
    '/assignment/abc123def4',
  );
  const second = screen.getByRole('article', { name: 'Assignment: Evening group' });
  expect(within(second).getByText(/No due date/)).toBeTruthy();
});

test('the panel renders nothing when no assignment is held', () => {
  const { container } = render(
    <MemoryRouter>
      <AssignedModules />
    </MemoryRouter>,
  );
  expect(container.innerHTML).toBe('');
});
