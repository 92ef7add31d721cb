import { configure, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, test } from 'vitest';
import { encodeAssignmentLink } from '../../../src/domain/exchange/assignment-link';
import { emptyProgress } from '../../../src/domain/progress/progress-model';
import { useProgress } from '../../../src/store/progress-store';
import { assignment } from '../../fixtures/assignment-fixtures';
import { renderApp } from '../../render-app';

// Pages are lazy chunks and the course's scenario banks load on demand: allow for a busy test machine.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => {
  useProgress.setState(emptyProgress());
});

const XSS = '<img src=x onerror="window.hacked=1">';

test('opening a link shows who assigned what and by when, and changes nothing yet', async () => {
  await renderApp(`/assign/${encodeAssignmentLink(assignment())}`);
  expect(await screen.findByRole('heading', { level: 1, name: 'An assignment for you' })).toBeTruthy();
  expect(screen.getByText('Dana Lee')).toBeTruthy();
  expect(screen.getByText('Spring cohort')).toBeTruthy();
  expect(screen.getByText(/July 1, 2025|1 July 2025/)).toBeTruthy();
  expect(screen.getByText('See you Thursday.')).toBeTruthy();
  const items = screen.getAllByRole('listitem').map((li) => li.textContent);
  expect(items).toEqual(expect.arrayContaining(['Respectful', 'Hopeful']));
  expect(items.indexOf('Respectful')).toBeLessThan(items.indexOf('Hopeful'));
  expect(useProgress.getState().assignments).toEqual([]);
});

test('adding the assignment holds it and opens its page', async () => {
  const user = userEvent.setup();
  await renderApp(`/assign/${encodeAssignmentLink(assignment())}`);
  await user.click(await screen.findByRole('button', { name: 'Add this assignment' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Your assignment' })).toBeTruthy();
  const held = useProgress.getState().assignments;
  expect(held).toHaveLength(1);
  expect(held[0]).toMatchObject({ id: 'abc123def4', modules: ['respectful', 'hopeful'], due: '2025-07-01', instructor: 'Dana Lee' });
  expect(screen.getByRole('progressbar', { name: 'Assignment progress' })).toBeTruthy();
});

test('removing an added assignment takes the learner home, where it is no longer listed', async () => {
  const user = userEvent.setup();
  await renderApp(`/assign/${encodeAssignmentLink(assignment())}`);
  await user.click(await screen.findByRole('button', { name: 'Add this assignment' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Your assignment' })).toBeTruthy();
  await user.click(screen.getByRole('button', { name: 'Remove this assignment' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Peer Support Values' })).toBeTruthy();
  expect(useProgress.getState().assignments).toEqual([]);
  expect(screen.queryByRole('heading', { level: 2, name: 'Your assignments' })).toBeNull();
  expect(window.location.hash).toBe('#/');
});

test('"Not now" leaves progress untouched', async () => {
  const user = userEvent.setup();
  await renderApp(`/assign/${encodeAssignmentLink(assignment())}`);
  await user.click(await screen.findByRole('link', { name: 'Not now' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Peer Support Values' })).toBeTruthy();
  expect(useProgress.getState().assignments).toEqual([]);
});

test.each([
  ['tampered', (code: string) => code.replace(/\.([A-Za-z0-9_-])/, (_, c: string) => `.${c === 'A' ? 'B' : 'A'}`), /changed or damaged/],
  ['truncated', (code: string) => code.slice(0, 30), /incomplete/],
  ['from a future version', () => 'v2.eyJpIjoieCJ9.AAAAAAAA', /newer version of the course/],
  ['not a link at all', () => 'hello-there', /not an assignment link/],
])('a %s link explains the problem and changes nothing', async (_, mangle, message) => {
  useProgress.setState({ learnerName: 'Kept' });
  await renderApp(`/assign/${mangle(encodeAssignmentLink(assignment()))}`);
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(message);
  expect(alert.textContent).toMatch(/Nothing was changed/);
  expect(screen.queryByRole('button', { name: 'Add this assignment' })).toBeNull();
  expect(useProgress.getState().assignments).toEqual([]);
  expect(useProgress.getState().learnerName).toBe('Kept');
});

test('script-like text in every field of a link renders as plain text', async () => {
  const user = userEvent.setup();
  const hostile = assignment({ instructor: XSS, cohort: `${XSS}c`, message: `<script>window.hacked=1</script>\n${XSS}` });
  await renderApp(`/assign/${encodeAssignmentLink(hostile)}`);
  expect(await screen.findByText(XSS)).toBeTruthy();
  expect(screen.getByText(`${XSS}c`)).toBeTruthy();
  expect(screen.getByText(/<script>window.hacked=1<\/script>/)).toBeTruthy();
  expect(document.querySelector('main img, main script')).toBeNull();
  await user.click(screen.getByRole('button', { name: 'Add this assignment' }));
  await screen.findByRole('heading', { level: 1, name: 'Your assignment' });
  expect(screen.getAllByText(XSS).length).toBeGreaterThan(0);
  expect(document.querySelector('main img, main script')).toBeNull();
  expect((window as unknown as { hacked?: number }).hacked).toBeUndefined();
});

test('a link already added says so instead of adding it twice', async () => {
  useProgress.setState({ assignments: [{ ...assignment(), acceptedAt: '2025-06-01T00:00:00.000Z' }] });
  await renderApp(`/assign/${encodeAssignmentLink(assignment())}`);
  expect(await screen.findByText(/You already have this assignment/)).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Add this assignment' })).toBeNull();
});

test.each([
  ['cut off right after #/assign/', () => '', /has no assignment in it/],
  ['cut at #/assign (no slash)', null, /has no assignment in it/],
  ['with a slash inside it', (code: string) => `${code.slice(0, 12)}/${code.slice(12)}`, /could not be read|changed or damaged/],
])('a link %s shows the decoder’s own message, not “Page not found”', async (_, mangle, message) => {
  await renderApp(mangle ? `/assign/${mangle(encodeAssignmentLink(assignment()))}` : '/assign');
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(message);
  expect(screen.queryByRole('heading', { name: 'Page not found' })).toBeNull();
});
