import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { renderApp } from '../../render-app';
import { at, attempt } from '../../fixtures/progress-fixtures';
import { returnWithProgress, startClean } from './progress-setup';

beforeEach(startClean);

const progress = () => ({
  lessonsRead: { voluntary: at(0), hopeful: at(1) },
  attempts: [attempt('v-1', 'voluntary'), attempt('h-1', 'hopeful')],
  reflections: { voluntary: { text: 'Mine.', updatedAt: at(2) } },
  learnerName: 'Sam',
  updatedAt: at(2),
});
const status = (text: string) => new RegExp(`^Status: ?${text}`);

async function openMyProgress() {
  await returnWithProgress(progress());
  await renderApp('/my-progress');
  await screen.findByRole('heading', { level: 1, name: 'My progress and backups' });
}

test('resetting a module asks first, and canceling changes nothing', async () => {
  const user = userEvent.setup();
  await openMyProgress();
  await user.click(screen.getByRole('button', { name: 'Reset Voluntary' }));
  expect(screen.getByText('Reset Voluntary? Its answers, lesson mark and reflection will be removed from this device.')).toBeTruthy();
  expect(document.activeElement?.textContent).toMatch(/^Reset Voluntary\?/);
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Reset Voluntary' }));
  await user.click(screen.getByRole('link', { name: 'Peer Support Values' }));
  expect(await screen.findByRole('link', { name: 'Voluntary', description: status('Needs another try') })).toBeTruthy();
});

test('a confirmed module reset removes only that module', async () => {
  const user = userEvent.setup();
  await openMyProgress();
  await user.click(screen.getByRole('button', { name: 'Reset Voluntary' }));
  await user.click(screen.getByRole('button', { name: 'Yes, reset Voluntary' }));
  expect(screen.getByText('Voluntary was reset.')).toBeTruthy();
  await user.click(screen.getByRole('link', { name: 'Peer Support Values' }));
  expect(await screen.findByRole('link', { name: 'Voluntary', description: status('Not started') })).toBeTruthy();
  expect(await screen.findByRole('link', { name: 'Hopeful', description: status('Needs another try') })).toBeTruthy();
});

test('the module to reset can be chosen from the list', async () => {
  const user = userEvent.setup();
  await openMyProgress();
  await user.selectOptions(screen.getByRole('combobox', { name: 'Module to reset' }), 'Hopeful');
  await user.click(screen.getByRole('button', { name: 'Reset Hopeful' }));
  await user.click(screen.getByRole('button', { name: 'Yes, reset Hopeful' }));
  await user.click(screen.getByRole('link', { name: 'Peer Support Values' }));
  expect(await screen.findByRole('link', { name: 'Hopeful', description: status('Not started') })).toBeTruthy();
  expect(await screen.findByRole('link', { name: 'Voluntary', description: status('Needs another try') })).toBeTruthy();
});

test('resetting the whole course asks first, then removes everything, the name included', async () => {
  const user = userEvent.setup();
  await openMyProgress();
  await user.click(screen.getByRole('button', { name: 'Reset the whole course' }));
  await user.click(screen.getByRole('button', { name: 'Cancel' }));
  expect((screen.getByLabelText('Name for certificates and completion receipts') as HTMLInputElement).value).toBe('Sam');
  await user.click(screen.getByRole('button', { name: 'Reset the whole course' }));
  expect(screen.getByText(/^Reset the whole course\? All answers, lesson marks, reflections, your name and assignments/)).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Yes, reset everything' }));
  expect(screen.getByText('The whole course was reset.')).toBeTruthy();
  await user.click(screen.getByRole('link', { name: 'Peer Support Values' }));
  expect(await screen.findByText('0 of 10 modules passed')).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Voluntary', description: status('Not started') })).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Start the first module' })).toBeTruthy();
  await user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Reflections' }));
  expect(await screen.findByText('You have not written any reflections yet. Each lesson ends with a prompt.')).toBeTruthy();
});
