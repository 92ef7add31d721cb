// A new deployment under a running page, in Chromium with the real service worker: the course is
// built twice (A and B, each page marked with <meta name="build">, and every B file named apart so
// none of A's chunks survives on the server), A is served, pages open, then the served folder is
// swapped to B as a deployment would. "Reload" must reload the tab it was clicked in into B, with
// one tab and with two; a page still running A that needs a chunk it never loaded must reload into
// B, once, instead of showing "Failed to fetch dynamically imported module".
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { build } from 'vite';
import { startServer } from '../../scripts/serve.mjs';
import { launchBrowser, openPage } from './harness.mjs';
import { waitForPage } from './journeys.mjs';

const TIMEOUT = 120_000;
const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CHUNK_ERROR = 'Failed to fetch dynamically imported module';
const temp = mkdtempSync(join(tmpdir(), 'psv-updates-'));
const builds = { A: join(temp, 'build-a'), B: join(temp, 'build-b') };
let browser;
const servers = [];

/** Builds the course with this repository's config into `outDir`, marked and named by `id`. */
async function buildMarked(id, outDir) {
  const named = `assets/${id}-[name]-[hash]`;
  await build({
    root: ROOT,
    configFile: join(ROOT, 'vite.config.ts'),
    logLevel: 'error',
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: { output: { entryFileNames: `${named}.js`, chunkFileNames: `${named}.js`, assetFileNames: `${named}[extname]` } },
    },
    plugins: [
      {
        name: 'build-marker',
        transformIndexHtml: (html) => html.replace('<title>', `<meta name="build" content="${id}" />\n    <title>`),
      },
    ],
  });
}

before(async () => {
  // One after the other: the machine has two cores.
  await buildMarked('A', builds.A);
  await buildMarked('B', builds.B);
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
  rmSync(temp, { recursive: true, force: true });
});

/** Serves build A from its own folder at /course/v1/; `deploy('B')` swaps the folder's files. */
async function serveA() {
  const dir = mkdtempSync(join(temp, 'served-'));
  cpSync(builds.A, dir, { recursive: true });
  const server = await startServer({ root: dir, base: '/course/v1/' });
  servers.push(server);
  return {
    url: server.url,
    /** Replaces every served file with build `id`'s, as a deployment does; returns the files removed. */
    deploy(id, { without = [] } = {}) {
      const old = readdirSync(join(dir, 'assets'));
      rmSync(dir, { recursive: true, force: true });
      cpSync(builds[id], dir, { recursive: true });
      for (const pattern of without) {
        for (const file of readdirSync(join(dir, 'assets')).filter((f) => pattern.test(f))) rmSync(join(dir, 'assets', file));
      }
      return old;
    },
  };
}

/** A context whose pages report any sighting of the chunk error on screen, across reloads. */
async function watchedContext(options = {}) {
  const context = await browser.newContext(options);
  const sightings = [];
  await context.exposeBinding('reportText', (_source, text) => sightings.push(text));
  await context.addInitScript((needle) => {
    new MutationObserver(() => {
      if (document.body?.textContent?.includes(needle)) window.reportText(document.body.textContent);
    }).observe(document, { childList: true, subtree: true, characterData: true });
  }, CHUNK_ERROR);
  return { context, sightings };
}

/** Opens a page in `context` and counts its document loads (a reload adds one). */
async function openCounted(context, url) {
  const opened = await openPage(context);
  const loads = countLoads(opened.page);
  await opened.page.goto(url);
  return { ...opened, loads };
}

/**
 * Counts a page's loads. `reach(n)` resolves once n were seen: the test hears of a load after the
 * new document is already readable, so a reload's first sign (its build) can come before its count.
 */
function countLoads(page) {
  const waiting = new Set();
  const loads = {
    count: 0,
    reach: (n, timeout = 30_000) =>
      new Promise((resolve, reject) => {
        if (loads.count >= n) return resolve();
        const timer = setTimeout(() => reject(new Error(`the tab loaded ${loads.count} times, not ${n}`)), timeout);
        waiting.add({ n, done: () => (clearTimeout(timer), resolve()) });
      }),
  };
  page.on('load', () => {
    loads.count += 1;
    for (const w of waiting)
      if (loads.count >= w.n) {
        waiting.delete(w);
        w.done();
      }
  });
  return loads;
}

const buildOf = (page) => page.evaluate(() => document.querySelector('meta[name="build"]')?.getAttribute('content'));
const waitForBuild = (page, id) =>
  page.waitForFunction((want) => document.querySelector('meta[name="build"]')?.getAttribute('content') === want, id, { timeout: 30_000 });

/** Waits for the footer's note: the worker controls the page and the precache is full. */
async function waitForOfflineReady(page) {
  await page.getByRole('contentinfo').getByRole('status').filter({ hasText: 'Saved for offline use' }).waitFor({ timeout: 60_000 });
  assert.equal(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), true);
}

/** Asks the browser to look for a new service worker now (as it does on navigations and hourly). */
const checkForUpdate = (page) => page.evaluate(async () => void (await (await navigator.serviceWorker.getRegistration())?.update()));
const updateBanner = (page) => page.getByRole('main').getByRole('status').filter({ hasText: 'A new version of the course is available.' });

async function markRead(page, slug, title) {
  await page.goto(`${new URL(page.url()).href.split('#')[0]}#/module/${slug}`);
  await waitForPage(page, title);
  // Reaching the lesson's end records it as read.
  await page.locator('.lesson-end').scrollIntoViewIfNeeded();
  await page.getByText('You have finished reading this lesson.').waitFor();
}

/**
 * Problems other than those a missing chunk and the reload it causes legitimately leave: the
 * browser's own 404 line, requests cut short (the chunk and what it imports, a favicon in flight),
 * and Playwright's note that it blocked the service worker.
 */
const unexpected = (problems) =>
  problems.filter((p) => !/status of 404|net::ERR_ABORTED$|Service Worker registration blocked by Playwright/.test(p));

test('one tab: "Reload" reloads this tab into the new version, keeps progress, and new pages load', { timeout: TIMEOUT }, async () => {
  const site = await serveA();
  const { context, sightings } = await watchedContext();
  const { page, problems, loads } = await openCounted(context, site.url);
  await waitForOfflineReady(page);
  await markRead(page, 'voluntary', 'Voluntary');

  const removed = site.deploy('B');
  const gone = await fetch(`${site.url}assets/${removed.find((f) => f.endsWith('.js'))}`);
  assert.equal(gone.status, 404, "A's chunks are gone from the server");
  await checkForUpdate(page);
  await updateBanner(page).waitFor({ timeout: 30_000 });
  // Until the learner reloads, A keeps running from the precache, pages not yet opened included.
  await page.getByRole('link', { name: 'How scoring works' }).click();
  await waitForPage(page, 'How scoring works');
  assert.equal(await buildOf(page), 'A');

  const before = loads.count;
  await page.getByRole('button', { name: 'Reload', exact: true }).click();
  await waitForBuild(page, 'B');
  await loads.reach(before + 1);
  assert.equal(loads.count, before + 1, 'exactly one reload');
  await page
    .getByRole('contentinfo')
    .getByText(/Updated to the newest version of the course; your progress was kept\./)
    .waitFor();
  await page.getByRole('contentinfo').getByRole('link', { name: 'My progress and backups' }).click();
  await waitForPage(page, 'My progress');
  await page.goto(`${site.url}#/module/voluntary`);
  await page.getByText('You have finished reading this lesson.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Reload', exact: true }).count(), 0, 'no second offer for the same version');
  assert.deepEqual(sightings, []);
  assert.deepEqual(problems, []);
  await context.close();
});

for (const clicked of ['first', 'second']) {
  test(`two tabs: "Reload" in the ${clicked} tab reloads that tab, and both end on the new version`, { timeout: TIMEOUT }, async () => {
    const site = await serveA();
    const { context, sightings } = await watchedContext();
    // The first tab is a first visit (not controlled when it registered the worker); the second
    // opens once the worker is in charge. workbox-window told these two apart, and only reloaded one.
    const first = await openCounted(context, site.url);
    await waitForOfflineReady(first.page);
    const second = await openCounted(context, `${site.url}#/module/hopeful`);
    await waitForOfflineReady(second.page);
    await markRead(second.page, 'hopeful', 'Hopeful');

    site.deploy('B');
    await checkForUpdate(first.page);
    await updateBanner(first.page).waitFor({ timeout: 30_000 });
    await updateBanner(second.page).waitFor({ timeout: 30_000 });
    const [clicker, other] = clicked === 'first' ? [first, second] : [second, first];
    const counts = [clicker.loads.count, other.loads.count];
    await clicker.page.getByRole('button', { name: 'Reload', exact: true }).click();
    await waitForBuild(clicker.page, 'B');
    await waitForBuild(other.page, 'B');
    await Promise.all([clicker.loads.reach(counts[0] + 1), other.loads.reach(counts[1] + 1)]);
    assert.deepEqual([clicker.loads.count, other.loads.count], [counts[0] + 1, counts[1] + 1], 'each tab reloaded once');

    for (const { page } of [first, second]) {
      await page
        .getByRole('contentinfo')
        .getByText(/Updated to the newest version of the course/)
        .waitFor();
      await page.getByRole('contentinfo').getByRole('link', { name: 'My progress and backups' }).click();
      await waitForPage(page, 'My progress');
      await page.goto(`${site.url}#/module/hopeful`);
      await page.getByText('You have finished reading this lesson.').waitFor();
    }
    assert.deepEqual(sightings, []);
    assert.deepEqual([...first.problems, ...second.problems], []);
    await context.close();
  });
}

test(
  'no service worker: a page never opened before reloads once into the new version instead of failing',
  { timeout: TIMEOUT },
  async () => {
    const site = await serveA();
    // As on a browser without service workers (or before the first one is installed): every
    // chunk comes from the server, so A's are simply gone after the deployment.
    const { context, sightings } = await watchedContext({ serviceWorkers: 'block' });
    const { page, problems, loads } = await openCounted(context, site.url);
    await waitForPage(page, 'Peer Support Values');
    await markRead(page, 'voluntary', 'Voluntary');
    await page.getByRole('link', { name: 'Peer Support Values', exact: true }).click();
    await waitForPage(page, 'Peer Support Values');
    assert.equal(await buildOf(page), 'A');

    site.deploy('B');
    const before = loads.count;
    await page.getByRole('contentinfo').getByRole('link', { name: 'My progress and backups' }).click();
    await waitForBuild(page, 'B');
    await waitForPage(page, 'My progress');
    await loads.reach(before + 1);
    assert.equal(loads.count, before + 1, 'exactly one reload');
    await page.goto(`${site.url}#/module/voluntary`);
    await page.getByText('You have finished reading this lesson.').waitFor();
    assert.deepEqual(sightings, []);
    assert.deepEqual(unexpected(problems), []);
    await context.close();
  },
);

test('a chunk missing from the new version too: one reload, then a clear message instead of a loop', { timeout: TIMEOUT }, async () => {
  const site = await serveA();
  const { context } = await watchedContext({ serviceWorkers: 'block' });
  const { page, problems, loads } = await openCounted(context, site.url);
  await waitForPage(page, 'Peer Support Values');

  site.deploy('B', { without: [/^B-my-progress-.*\.js$/] });
  const before = loads.count;
  await page.getByRole('contentinfo').getByRole('link', { name: 'My progress and backups' }).click();
  await waitForBuild(page, 'B');
  await page.getByText(/this page could not be loaded even after reloading\. Check your internet connection/).waitFor();
  await waitForPage(page, 'Something went wrong');
  await loads.reach(before + 1);
  assert.equal(loads.count, before + 1, 'one reload, no loop');
  // The way out works: the course home loads.
  await page.getByRole('link', { name: 'Reload the course home' }).click();
  await waitForPage(page, 'Peer Support Values');
  assert.deepEqual(unexpected(problems), []);
  await context.close();
});
