// Shared-computer mode in Chromium with a real profile on disk: what a learner does in shared
// mode (a reflection, a quiz answer) is gone after the window closes, and nothing of it ever
// reached localStorage or IndexedDB. A control run in normal mode proves the same steps do
// persist, so the check can tell the difference. "Remove everything" clears a used browser.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startServer } from '../../scripts/serve.mjs';
import { axeBothThemes } from './axe.mjs';
import { DIST, launchPersistent } from './harness.mjs';
import { answerWithMouse, waitForPage } from './journeys.mjs';

const TIMEOUT = 120_000;
const REFLECTION = 'A private thought about a time someone pushed me to accept help.';

let server;
const profiles = [];
before(async () => {
  server = await startServer({ root: DIST, base: '/course/v1/' });
});
after(async () => {
  await server?.close();
  for (const dir of profiles) rmSync(dir, { recursive: true, force: true });
});

function newProfile() {
  const dir = mkdtempSync(join(tmpdir(), 'psv-profile-'));
  profiles.push(dir);
  return dir;
}

/** Everything this origin keeps: localStorage keys, IndexedDB databases, sessionStorage keys. */
function stored(page) {
  return page.evaluate(async () => ({
    local: Object.keys(localStorage),
    databases: (await indexedDB.databases()).map((d) => d.name),
    session: Object.keys(sessionStorage),
  }));
}

/** Writes the Voluntary reflection and answers the first Voluntary scenario. */
async function doSomeWork(page, savedStatus) {
  await page.goto(`${server.url}#/module/voluntary`);
  await waitForPage(page, 'Voluntary');
  await page.getByRole('textbox').fill(REFLECTION);
  await page.getByRole('status').filter({ hasText: savedStatus }).waitFor();
  await page.goto(`${server.url}#/module/voluntary/quiz`);
  await page.getByRole('button', { name: 'Start practicing' }).click();
  await answerWithMouse(page);
  await page.goto(`${server.url}#/reflections`);
  await page.getByText(REFLECTION).waitFor();
}

/** Opens the course in a fresh launch of the browser on `profile`. */
async function reopen(profile) {
  const context = await launchPersistent(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url);
  await waitForPage(page, 'Peer Support Values');
  return { context, page };
}

test('in shared-computer mode nothing is stored, and closing the window leaves nothing behind', { timeout: TIMEOUT }, async () => {
  const profile = newProfile();
  const first = await reopen(profile);
  const { page } = first;
  // The first visit offers the choice without blocking the page.
  const offer = page.getByRole('region', { name: 'Shared computer' });
  assert.deepEqual(await axeBothThemes(page, 'first-visit offer'), []);
  await offer.getByRole('button', { name: 'I’m on a shared computer' }).click();
  await page.getByRole('region', { name: 'Shared computer mode' }).waitFor();
  assert.match(await page.getByRole('region', { name: 'Shared computer mode' }).innerText(), /download a backup of your progress/);

  assert.deepEqual(await axeBothThemes(page, 'shared-computer banner'), []);

  await doSomeWork(page, 'Kept in this window only.');
  // The work is on screen, and none of it in the browser's storage.
  assert.deepEqual(await stored(page), { local: [], databases: [], session: ['psv-shared-computer'] });
  await first.context.close();

  const second = await reopen(profile);
  assert.deepEqual(await stored(second.page), { local: [], databases: [], session: [] });
  // A new window starts fresh: the offer again, nothing started, no reflection.
  await second.page.getByRole('region', { name: 'Shared computer' }).waitFor();
  await second.page.getByRole('link', { name: 'Start the first module' }).waitFor();
  await second.page.goto(`${server.url}#/reflections`);
  await waitForPage(second.page, 'My reflections');
  assert.equal(await second.page.getByText(REFLECTION).count(), 0);
  await second.context.close();
});

test('control: the same steps in normal mode are still there after closing and reopening', { timeout: TIMEOUT }, async () => {
  const profile = newProfile();
  const first = await reopen(profile);
  await first.page.getByRole('button', { name: 'No, this is my own device' }).click();
  await doSomeWork(first.page, 'Saved on this device.');
  await first.context.close();

  const second = await reopen(profile);
  assert.deepEqual((await stored(second.page)).local, ['psv-progress']);
  await second.page.getByRole('link', { name: 'Continue where you left off' }).waitFor();
  await second.page.goto(`${server.url}#/reflections`);
  await second.page.getByText(REFLECTION).waitFor();
  await second.context.close();
});

test('"Remove everything from this computer" clears progress, the roster and the offline copy', { timeout: TIMEOUT }, async () => {
  const profile = newProfile();
  const { context, page } = await reopen(profile);
  await page.getByRole('button', { name: 'No, this is my own device' }).click();
  await doSomeWork(page, 'Saved on this device.');
  // The roster page opens the instructor's database; the worker fills the offline copy.
  await page.goto(`${server.url}#/instructor/roster`);
  await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'psv-roster'));
  await page.getByRole('contentinfo').getByRole('status').filter({ hasText: 'Saved for offline use' }).waitFor({ timeout: 60_000 });
  assert.ok((await page.evaluate(() => caches.keys())).length > 0);

  const footer = page.getByRole('contentinfo');
  await footer.getByRole('button', { name: 'Remove everything from this computer' }).click();
  // The question's code loads on this first press.
  await footer.getByRole('button', { name: 'Yes, remove everything' }).waitFor();
  assert.deepEqual(await axeBothThemes(page, 'remove everything, asking'), []);
  await footer.getByRole('button', { name: 'Yes, remove everything' }).click();
  await waitForPage(page, 'Everything was removed from this computer');
  assert.deepEqual(await axeBothThemes(page, 'everything removed'), []);
  assert.match(await page.getByRole('status').filter({ hasText: 'Nothing this course kept' }).innerText(), /close this window now/);
  assert.deepEqual(await stored(page), { local: [], databases: [], session: [] });
  assert.deepEqual(await page.evaluate(() => caches.keys()), []);
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);

  // Starting again is a first visit.
  await page.getByRole('button', { name: 'Start the course again' }).click();
  await page.getByRole('region', { name: 'Shared computer' }).waitFor();
  await context.close();
});
