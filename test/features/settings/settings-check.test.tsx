import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, test } from 'vitest';
import { checkFetched } from '../../../src/app/apply-settings';
import { setLoadedSettings } from '../../../src/config/course-settings';
import { DEFAULT_SETTINGS } from '../../../src/config/site';
import { applyCourseSettings } from '../../../src/course/course-data';
import { renderApp } from '../../render-app';

afterEach(() => {
  setLoadedSettings({ settings: DEFAULT_SETTINGS, problems: [], fromFile: [], source: { kind: 'built-in' } });
  applyCourseSettings(DEFAULT_SETTINGS);
});

/** Loads settings text the way start-up does. */
function loadText(text: string) {
  const loaded = checkFetched({ text, savedCopy: false }, 'https://host.example/course/course-settings.json');
  setLoadedSettings(loaded);
  applyCourseSettings(loaded.settings);
}

test('the diagnostics page lists every refused setting and unknown field, and what is in use', async () => {
  loadText(JSON.stringify({ emergencyNumber: '112', passMark: 'eighty', modules: ['hopeful', 'kindness'], theme: 'dark' }));
  await renderApp('/settings-check');
  await screen.findByRole('heading', { level: 1, name: 'Check this site’s settings' });
  const refused = screen.getByRole('region', { name: '2 settings were refused' });
  expect(within(refused).getByText(/^passMark: must be a whole number/)).toBeTruthy();
  expect(within(refused).getByText(/^modules\[1\]: the text "kindness" is not a module of this course/)).toBeTruthy();
  const unknown = screen.getByRole('region', { name: '1 unknown field, ignored' });
  expect(unknown.textContent).toContain('theme: is not a setting this course knows');
  const rows = within(screen.getByRole('table')).getAllByRole('row');
  const row = (name: string) => rows.find((r) => within(r).queryByRole('rowheader', { name }))!.textContent;
  expect(row('emergencyNumber')).toBe('emergencyNumber112your file');
  expect(row('passMark')).toBe('passMark80%the course');
  expect(row('modules')).toBe('modules1: Hopefulyour file');
});

test('the diagnostics page says when the file could not be read', async () => {
  const url = 'https://host.example/course/course-settings.json';
  setLoadedSettings({
    settings: DEFAULT_SETTINGS,
    problems: [],
    fromFile: [],
    source: { kind: 'unavailable', url, reason: 'the server answered 404' },
  });
  await renderApp('/settings-check');
  const alert = await screen.findByText(/was not read/);
  expect(alert.closest('p')!.textContent).toContain('(the server answered 404), so the course uses its own settings');
});

test('the diagnostics page shows how many safety scenarios are reviewed, and which are not', async () => {
  await renderApp('/settings-check');
  const summary = await screen.findByText(/safety-tagged scenarios are signed off/, {}, { timeout: 15_000 });
  expect(summary.textContent).toMatch(
    /^0 of (\d+) safety-tagged scenarios are signed off by both a clinician and a peer supervisor for content version 2\.0\.0\./,
  );
  const total = Number(/^0 of (\d+)/.exec(summary.textContent!)![1]);
  expect(screen.getByText(`The ${total} scenarios not yet reviewed`)).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Open the safety review packet' })).toBeTruthy();
}, 30_000);

test('the instructor area links to the packet, which prints every safety item with sign-off lines', async () => {
  const user = userEvent.setup();
  await renderApp('/instructor');
  await screen.findByRole('heading', { level: 1, name: 'Assign modules' });
  expect(screen.getByRole('link', { name: 'Check this site’s settings' })).toBeTruthy();
  await user.click(screen.getByRole('link', { name: 'Safety review packet' }));
  await screen.findByRole('heading', { level: 1, name: 'Safety review packet' });
  const summary = await screen.findByText(/scenarios signed off by both reviewers/, {}, { timeout: 15_000 });
  const total = Number(/^0 of (\d+)/.exec(summary.textContent!)![1]);
  expect(screen.getAllByText(`Not yet reviewed for version 2.0.0.`)).toHaveLength(total);
  expect(screen.getAllByText('Licensed clinician')).toHaveLength(total);
  expect(screen.getAllByText('Certified peer supervisor')).toHaveLength(total);
  expect(screen.getByRole('button', { name: 'Print the packet' })).toBeTruthy();
}, 30_000);
