import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test, vi } from 'vitest';
import { renderApp } from '../../render-app';
import { at } from '../../fixtures/progress-fixtures';
import { returnWithProgress, startClean } from './progress-setup';

beforeEach(startClean);

test('"My reflections" shows each saved entry with its prompt, in course order', async () => {
  await returnWithProgress({
    reflections: {
      respectful: { text: 'I judge people who relapse.', updatedAt: at(4) },
      voluntary: { text: 'Being pushed felt awful.', updatedAt: at(1) },
      hopeful: { text: '   ', updatedAt: at(2) },
    },
  });
  await renderApp('/reflections');
  expect(await screen.findByRole('heading', { level: 1, name: 'My reflections' })).toBeTruthy();
  expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['Voluntary', 'Respectful']);
  const voluntary = screen.getByRole('region', { name: 'Voluntary' });
  expect(within(voluntary).getByText(/^Think of a time someone pushed you to accept help/)).toBeTruthy();
  expect(within(voluntary).getByText('Being pushed felt awful.')).toBeTruthy();
  expect(within(voluntary).getByText(/Last edited 2026-03-01/)).toBeTruthy();
  expect(within(voluntary).getByRole('link', { name: 'Edit in the Voluntary lesson' }).getAttribute('href')).toBe('#/module/voluntary');
  expect(
    screen.getByText('Your reflections stay on this device. They are never included in receipts or sent to an instructor.'),
  ).toBeTruthy();
});

test('with no reflections the page says where to write one', async () => {
  await renderApp('/reflections');
  expect(await screen.findByText('You have not written any reflections yet. Each lesson ends with a prompt.')).toBeTruthy();
  expect(screen.queryAllByRole('region')).toEqual([]);
});

test('the journal can be printed', async () => {
  const user = userEvent.setup();
  const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
  await returnWithProgress({ reflections: { voluntary: { text: 'Being pushed felt awful.', updatedAt: at(1) } } });
  await renderApp('/reflections');
  await user.click(await screen.findByRole('button', { name: 'Print my reflections' }));
  expect(print).toHaveBeenCalledOnce();
});

test('a reflection typed in a lesson is saved as the learner types and appears in the journal', async () => {
  const user = userEvent.setup();
  await renderApp('/module/voluntary');
  const box = await screen.findByRole('textbox', { name: /^Think of a time someone pushed you to accept help/ });
  await user.type(box, 'It felt like a trap.');
  expect(await screen.findByText('Saved on this device.', undefined, { timeout: 2000 })).toBeTruthy();
  await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Reflections' }));
  expect(await screen.findByText('It felt like a trap.')).toBeTruthy();
});

test('leaving the lesson before the pause still saves the last words typed', async () => {
  const user = userEvent.setup();
  await renderApp('/module/hopeful');
  const box = await screen.findByRole('textbox', { name: /^Who or what gave you hope/ });
  await user.type(box, 'My sister');
  await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Reflections' }));
  expect(await screen.findByText('My sister')).toBeTruthy();
});
