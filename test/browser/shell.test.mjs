// The built course, served from a sub-path by a plain static server, in real Chromium.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openPage, startCourse } from './harness.mjs';

let course;
before(async () => {
  course = await startCourse();
});
after(async () => {
  await course?.close();
});

test('boots at a sub-path with no console errors', async () => {
  const context = await course.browser.newContext();
  const { page, problems } = await openPage(context, course.url);
  await page.getByRole('heading', { level: 1, name: 'Peer Support Values' }).waitFor();
  assert.equal(await page.title(), 'Peer Support Values · Peer Support Values');
  assert.match(await page.getByRole('contentinfo').innerText(), /call or text 988/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('navigates to a lesson, and the lesson deep link survives a reload', async () => {
  const context = await course.browser.newContext();
  const { page, problems } = await openPage(context, course.url);
  await page.getByRole('link', { name: 'Voluntary', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Voluntary' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Learning objectives' }).waitFor();
  assert.match(page.url(), /#\/module\/voluntary$/);
  const focused = await page.evaluate(() => document.activeElement?.textContent);
  assert.equal(focused, 'Voluntary');
  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'Learning objectives' }).waitFor();
  assert.equal(await page.title(), 'Voluntary · Peer Support Values');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a deep link opened fresh shows that page', async () => {
  const context = await course.browser.newContext();
  const { page, problems } = await openPage(context, `${course.url}#/module/hopeful`);
  await page.getByRole('heading', { level: 1, name: 'Hopeful' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('an unknown route shows the in-app page not found', async () => {
  const context = await course.browser.newContext();
  const { page, problems } = await openPage(context, `${course.url}#/nowhere/at-all`);
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  await page.getByRole('link', { name: 'Go to the course home' }).click();
  await page.getByRole('heading', { level: 1, name: 'Peer Support Values' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
