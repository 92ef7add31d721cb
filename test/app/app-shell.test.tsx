import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test } from 'vitest';
import { renderApp } from '../render-app';

test('home shows the course, every module in order, and the crisis line', async () => {
  await renderApp('/');
  expect(await screen.findByRole('heading', { level: 1, name: 'Peer Support Values' })).toBeTruthy();
  const links = screen.getAllByRole('link').map((l) => l.textContent);
  const order = [
    'Voluntary',
    'Hopeful',
    'Open-minded',
    'Empathetic',
    'Respectful',
    'Facilitates change',
    'Honest and direct',
    'Mutual and reciprocal',
    'Equally shared power',
    'Strengths-focused',
  ];
  expect(links.filter((t) => order.includes(t ?? ''))).toEqual(order);
  expect(screen.getByRole('contentinfo').textContent).toContain(
    'In the US, call or text 988. If someone is in immediate danger, call 911.',
  );
  expect(document.title).toBe('Peer Support Values · Peer Support Values');
});

test('the shell has a skip link, a banner, main navigation and a main landmark', async () => {
  await renderApp('/');
  await screen.findByRole('heading', { level: 1 });
  expect(screen.getByRole('link', { name: 'Skip to main content' })).toBeTruthy();
  expect(screen.getByRole('banner')).toBeTruthy();
  expect(screen.getByRole('navigation', { name: 'Main' })).toBeTruthy();
  expect(screen.getByRole('main')).toBeTruthy();
});

test('the skip link moves focus to the main content', async () => {
  const user = userEvent.setup();
  await renderApp('/');
  await screen.findByRole('heading', { level: 1 });
  await user.click(screen.getByRole('link', { name: 'Skip to main content' }));
  expect(document.activeElement).toBe(screen.getByRole('main'));
});

test('an unknown route shows page not found with a way home', async () => {
  const user = userEvent.setup();
  await renderApp('/no/such/page');
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
  expect(document.title).toBe('Page not found · Peer Support Values');
  await user.click(screen.getByRole('link', { name: 'Go to the course home' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Peer Support Values' })).toBeTruthy();
});

test('an unknown module slug shows page not found', async () => {
  await renderApp('/module/not-a-value');
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
});

test('navigating moves focus to the new page heading', async () => {
  const user = userEvent.setup();
  await renderApp('/');
  await screen.findByRole('heading', { level: 1 });
  await user.click(screen.getByRole('link', { name: 'How scoring works' }));
  const heading = await screen.findByRole('heading', { level: 1, name: 'How scoring works' });
  await waitFor(() => expect(document.activeElement).toBe(heading));
  expect(document.title).toBe('How scoring works · Peer Support Values');
});

test('links are plain anchors to the hash address: following one opens the page and marks its header link as the current page', async () => {
  const user = userEvent.setup();
  await renderApp('/');
  await screen.findByRole('heading', { level: 1, name: 'Peer Support Values' });
  const nav = screen.getByRole('navigation', { name: 'Main' });
  const reflections = within(nav).getByRole('link', { name: 'Reflections' });
  expect(reflections.getAttribute('href')).toBe('#/reflections');
  expect(reflections.getAttribute('aria-current')).toBeNull();
  await user.click(reflections);
  expect(await screen.findByRole('heading', { level: 1, name: /reflections/i })).toBeTruthy();
  expect(window.location.hash).toBe('#/reflections');
  expect(within(nav).getByRole('link', { name: 'Reflections' }).getAttribute('aria-current')).toBe('page');
  const progress = within(nav).getByRole('link', { name: /passed: my progress/ });
  expect(progress.getAttribute('aria-current')).toBeNull();
  await user.click(progress);
  await waitFor(() => expect(progress.getAttribute('aria-current')).toBe('page'));
  expect(within(nav).getByRole('link', { name: 'Reflections' }).getAttribute('aria-current')).toBeNull();
});
