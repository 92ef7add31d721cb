import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { decodeAssignmentLink } from '../../../src/domain/exchange/assignment-link';
import { resetRosterForTests } from '../../../src/store/roster-store';
import { renderApp } from '../../render-app';

// Pages are lazy chunks and the course's scenario banks load on demand: allow for a busy test machine.
configure({ asyncUtilTimeout: 5000 });

const XSS = '<img src=x onerror="window.hacked=1">';

beforeEach(() => resetRosterForTests());

test('instructors reach the builder from the footer, a secondary place on every page', async () => {
  const user = userEvent.setup();
  await renderApp('/');
  await user.click(within(await screen.findByRole('navigation', { name: 'More' })).getByRole('link', { name: 'Instructors' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Assign modules' })).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Open the roster' })).toBeTruthy();
});

test('the builder makes a link holding the chosen modules in the chosen order and every field', async () => {
  const user = userEvent.setup();
  await renderApp('/instructor');
  await user.click(await screen.findByRole('checkbox', { name: 'Hopeful' }));
  await user.click(screen.getByRole('checkbox', { name: 'Respectful' }));
  await user.click(screen.getByRole('checkbox', { name: 'Voluntary' }));
  await user.click(screen.getByRole('button', { name: 'Move Voluntary up' }));
  await user.click(screen.getByRole('button', { name: 'Move Voluntary up' }));
  const order = screen.getByRole('region', { name: 'Order trainees will see' });
  expect(
    within(order)
      .getAllByRole('listitem')
      .map((li) => li.textContent?.replace(/\s*Up\s*Down$/, '')),
  ).toEqual(['Voluntary', 'Hopeful', 'Respectful']);
  await user.type(screen.getByLabelText('Pass mark (optional, %)'), '70');
  await user.type(screen.getByLabelText('Due date (optional)'), '2025-07-01');
  await user.type(screen.getByLabelText('Cohort name'), 'Spring cohort');
  await user.type(screen.getByLabelText('Your name'), 'Dana Lee');
  await user.type(screen.getByLabelText('Short message to trainees (optional)'), 'See you Thursday.');
  await user.click(screen.getByRole('button', { name: 'Create assignment link' }));

  const link = (await screen.findByLabelText('Assignment link')) as HTMLInputElement;
  const code = link.value.split('#/assign/')[1];
  const decoded = decodeAssignmentLink(code);
  expect(decoded.ok && decoded.value).toMatchObject({
    modules: ['voluntary', 'hopeful', 'respectful'],
    passMark: 70,
    due: '2025-07-01',
    cohort: 'Spring cohort',
    instructor: 'Dana Lee',
    message: 'See you Thursday.',
  });
  expect(screen.getByRole('button', { name: 'Copy link' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Print assignment sheet' })).toBeTruthy();
  const qr = await screen.findByRole('img', { name: 'QR code of the assignment link' });
  expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
});

test('the copy button puts the link on the clipboard and says so', async () => {
  const user = userEvent.setup();
  await renderApp('/instructor');
  await user.click(await screen.findByRole('checkbox', { name: 'Empathetic' }));
  await user.click(screen.getByRole('button', { name: 'Create assignment link' }));
  await user.click(await screen.findByRole('button', { name: 'Copy link' }));
  expect(await navigator.clipboard.readText()).toBe((screen.getByLabelText('Assignment link') as HTMLInputElement).value);
  expect(screen.getByText('Copied.')).toBeTruthy();
});

test('creating a link with no module chosen explains what is missing', async () => {
  const user = userEvent.setup();
  await renderApp('/instructor');
  await user.click(await screen.findByRole('button', { name: 'Create assignment link' }));
  expect((await screen.findByRole('alert')).textContent).toBe('Choose at least one module.');
  expect(screen.queryByLabelText('Assignment link')).toBeNull();
});

test('the missing-module error clears as soon as a module is chosen', async () => {
  const user = userEvent.setup();
  await renderApp('/instructor');
  await user.click(await screen.findByRole('button', { name: 'Create assignment link' }));
  await screen.findByRole('alert');
  await user.click(screen.getByRole('checkbox', { name: 'Hopeful' }));
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.queryByText('Choose at least one module.')).toBeNull();
});

test('a pass mark outside 0–100 is refused', async () => {
  const user = userEvent.setup();
  await renderApp('/instructor');
  await user.click(await screen.findByRole('checkbox', { name: 'Hopeful' }));
  await user.type(screen.getByLabelText('Pass mark (optional, %)'), '150');
  await user.click(screen.getByRole('button', { name: 'Create assignment link' }));
  expect((await screen.findByRole('alert')).textContent).toMatch(/whole number from 0 to 100/);
});

test('script-like text typed by an instructor shows as text on the printable sheet', async () => {
  const user = userEvent.setup();
  await renderApp('/instructor');
  await user.click(await screen.findByRole('checkbox', { name: 'Hopeful' }));
  await user.type(screen.getByLabelText('Cohort name'), XSS.replace(/[{[]/g, '$&$&'));
  await user.type(screen.getByLabelText('Your name'), '=HYPERLINK("http://evil")');
  await user.click(screen.getByRole('button', { name: 'Create assignment link' }));
  const sheet = await screen.findByRole('region', { name: 'Assignment: Peer Support Values' });
  expect(within(sheet).getByText(XSS)).toBeTruthy();
  expect(within(sheet).getByText('=HYPERLINK("http://evil")')).toBeTruthy();
  await waitFor(() => expect(sheet.querySelectorAll('img')).toHaveLength(1));
  expect(sheet.querySelector('img')?.getAttribute('alt')).toBe('QR code of the assignment link');
});

test('a created assignment is kept in the roster on this device, so receipts are judged by it', async () => {
  const user = userEvent.setup();
  await renderApp('/instructor');
  await user.click(await screen.findByRole('checkbox', { name: 'Hopeful' }));
  await user.type(screen.getByLabelText('Pass mark (optional, %)'), '90');
  await user.type(screen.getByLabelText('Cohort name'), 'Night cohort');
  await user.click(screen.getByRole('button', { name: 'Create assignment link' }));
  expect(await screen.findByText(/Kept in your roster on this device/)).toBeTruthy();
  await user.click(screen.getByRole('link', { name: 'Open the roster' }));
  const own = await screen.findByRole('region', { name: 'Your assignments' });
  const row = within(own).getByRole('row', { name: /Night cohort/ });
  expect(row.textContent).toMatch(/Hopeful.*90%.*No due date/);
});
