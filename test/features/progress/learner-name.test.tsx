import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { renderApp } from '../../render-app';
import { startClean } from './progress-setup';

beforeEach(startClean);

test('a name saved on "My progress" is shown again when the page is opened later', async () => {
  const user = userEvent.setup();
  const { unmount } = await renderApp('/my-progress');
  await user.type(await screen.findByLabelText('Name for certificates and completion receipts'), '  Jordan Lee ');
  await user.click(screen.getByRole('button', { name: 'Save name' }));
  expect(await screen.findByText('Your name was saved on this device.')).toBeTruthy();
  unmount();
  await renderApp('/my-progress');
  expect(((await screen.findByLabelText('Name for certificates and completion receipts')) as HTMLInputElement).value).toBe('Jordan Lee');
});

test('"My progress" refuses a name with a hidden direction override, as the receipt form does', async () => {
  const user = userEvent.setup();
  await renderApp('/my-progress');
  await user.type(await screen.findByLabelText('Name for certificates and completion receipts'), 'Jordan\u202Eeel');
  await user.click(screen.getByRole('button', { name: 'Save name' }));
  expect(await screen.findByText('The name contains characters that are not allowed.')).toBeTruthy();
});

test('an empty name is not saved and the learner is told what to do', async () => {
  const user = userEvent.setup();
  await renderApp('/my-progress');
  await screen.findByLabelText('Name for certificates and completion receipts');
  await user.click(screen.getByRole('button', { name: 'Save name' }));
  expect(await screen.findByText('Enter your name first.')).toBeTruthy();
});
