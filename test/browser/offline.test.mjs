// Offline and updates, in Chromium with the real service worker: after one visit the whole
// course works with the network off, and a new deployment offers "Reload" without losing
// progress. Each test serves its own copy of dist/, so it can stop the server or "deploy".
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';
import { axeBothThemes } from './axe.mjs';
import { DIST, launchBrowser, openPage } from './harness.mjs';
import { answerWithMouse, MODULE_IDS, waitForLesson, waitForPage } from './journeys.mjs';

/** A stuck browser or server fails the test instead of hanging CI. */
const TIMEOUT = 120_000;

let browser;
const copies = [];
// Every server is closed in after(), even when a test fails half-way: an open server would keep
// this test file's process alive and hang the whole run.
const servers = [];
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A private copy of the built course, served at /course/v1/. */
async function serveCopy() {
  const dir = mkdtempSync(join(tmpdir(), 'psv-offline-'));
  copies.push(dir);
  cpSync(DIST, dir, { recursive: true });
  const server = await startServer({ root: dir, base: '/course/v1/' });
  servers.push(server);
  return { dir, server };
}

/** Waits for the footer's polite note: the worker controls the page and the precache is full (110 files: on a busy 2-core machine that can pass 15 s). */
async function waitForOfflineReady(page) {
  await page.getByRole('contentinfo').getByRole('status').filter({ hasText: 'Saved for offline use' }).waitFor({ timeout: 60_000 });
  assert.equal(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), true);
}

test('after one visit, every lesson and a quiz work with the network off and the server gone', { timeout: TIMEOUT }, async () => {
  const { server } = await serveCopy();
  const context = await browser.newContext();
  const { page } = await openPage(context, server.url);
  await waitForPage(page, 'Peer Support Values');
  await waitForOfflineReady(page);

  await server.close();
  await context.setOffline(true);
  for (const id of MODULE_IDS) {
    await page.goto(`${server.url}#/module/${id}`);
    await waitForLesson(page, id);
  }
  await page.goto(`${server.url}#/module/hopeful/quiz`);
  await page.getByRole('button', { name: 'Start practicing' }).click();
  await answerWithMouse(page);
  await page.getByRole('button', { name: /^(Next scenario|See your results)$/ }).waitFor();

  // A full reload and a new tab, offline: index.html itself comes from the precache.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Hopeful: practice scenarios' }).waitFor();
  const { page: fresh } = await openPage(context, `${server.url}#/module/strengths-focused`);
  await waitForPage(fresh, 'Strengths-focused');
  await context.close();
});

test(
  'installing: the page links the web app manifest once painted (not in index.html, where it would queue beside the first paint’s files), and Chromium reads it',
  { timeout: TIMEOUT },
  async () => {
    const { dir, server } = await serveCopy();
    for (const file of ['index.html', 'index_lms.html']) {
      assert.doesNotMatch(readFileSync(join(dir, file), 'utf8'), /rel="manifest"/, `${file} links no manifest itself`);
    }
    const context = await browser.newContext();
    const { page, problems } = await openPage(context, server.url);
    await waitForPage(page, 'Peer Support Values');
    await page.waitForFunction(() => document.querySelector('link[rel="manifest"]') !== null);
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    assert.equal(manifest.url, `${server.url}manifest.webmanifest`);
    assert.deepEqual(manifest.errors, [], 'the manifest parses without errors');
    const data = JSON.parse(manifest.data);
    assert.equal(data.name, 'Peer Support Values');
    assert.equal(data.start_url, './');
    assert.ok(
      data.icons.some((icon) => icon.sizes === '512x512' && icon.purpose === 'maskable'),
      'a maskable icon for home screens',
    );
    assert.deepEqual(problems, []);
    await context.close();
  },
);

test('a new deployment offers "Reload", announced politely, and reloading keeps all progress', { timeout: TIMEOUT }, async () => {
  const { dir, server } = await serveCopy();
  const context = await browser.newContext();
  const { page, problems } = await openPage(context, `${server.url}#/module/voluntary/quiz`);
  await waitForOfflineReady(page);
  await page.getByRole('button', { name: 'Start practicing' }).click();
  await answerWithMouse(page);

  // Deploy: a changed index.html and the worker that precaches it (as a real build would).
  const html = readFileSync(join(dir, 'index.html'), 'utf8').replace('<title>', '<meta name="build" content="v2" />\n    <title>');
  writeFileSync(join(dir, 'index.html'), html);
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8').replace(/(url:"index\.html",revision:")[0-9a-f]+"/, '$1v2"');
  writeFileSync(join(dir, 'sw.js'), sw);

  await page.goto(`${server.url}#/module/voluntary`);
  await page.getByRole('heading', { level: 2, name: 'Learning objectives' }).waitFor();
  await page.reload();
  const prompt = page.getByRole('main').getByRole('status').filter({ hasText: 'A new version of the course is available.' });
  await prompt.waitFor({ timeout: 15_000 });
  assert.deepEqual(await axeBothThemes(page, 'update prompt'), []);

  // Type, then reload at once (well inside the reflection's save delay): nothing may be lost.
  await page.getByRole('textbox').first().fill('Choice is the heart of it.');
  for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.textContent === 'Reload')); i++)
    await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('meta[name="build"]')?.getAttribute('content') === 'v2', null, {
    timeout: 15_000,
  });
  await waitForPage(page, 'Voluntary');
  assert.equal(await page.getByRole('textbox').first().inputValue(), 'Choice is the heart of it.');
  await page.goto(`${server.url}#/module/voluntary/quiz`);
  await page.getByText(/^Scenario 2 of \d+$/).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
  await server.close();
});
