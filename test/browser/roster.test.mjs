// The instructor's roster on the built course, in Chromium, with receipts made by the course's
// own encoder (scripts/roster-receipts.ts): a thousand receipts survive a reload; a full disk
// shows the roster notice and its export rebuilds the roster elsewhere; a forged pass mark and a
// replay are flagged; a failed receipt's certificate is not confirmed. Every wait is for a
// condition on the page, never a fixed sleep.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { loadReceiptMaker } from '../../scripts/load-receipt-maker.mjs';
import { openPage, startCourse } from './harness.mjs';

const MODULES = ['Respectful', 'Hopeful', 'Voluntary'];
let course;
let maker;
let dir;
before(async () => {
  [course, maker, dir] = await Promise.all([startCourse(), loadReceiptMaker(), mkdtemp(join(tmpdir(), 'roster-'))]);
});
after(async () => {
  await course?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Builds an assignment in the instructor's browser; returns it as receipts carry it. */
async function createAssignment(page, passMark = 80) {
  await page.goto(`${course.url}#/instructor`);
  for (const name of MODULES) await page.getByRole('checkbox', { name }).check();
  await page.getByLabel('Pass mark (optional, %)').fill(String(passMark));
  await page.getByLabel('Cohort name').fill('Autumn cohort');
  await page.getByRole('button', { name: 'Create assignment link' }).click();
  await page.getByText('Kept in your roster on this device').waitFor();
  const link = await page.getByLabel('Assignment link').inputValue();
  const body = link.split('#/assign/')[1].split('.')[1];
  const compact = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  return { id: compact.i, modules: MODULES.map((m) => m.toLowerCase()), passMark, cohort: compact.c };
}

/** Writes receipts as files (one per trainee, as they arrive by email) and returns their paths. */
async function receiptFiles(receipts, prefix) {
  return Promise.all(
    receipts.map(async (r, i) => {
      const path = join(dir, `${prefix}-${i}.txt`);
      await writeFile(path, maker.receiptToFile(r));
      return path;
    }),
  );
}

async function openRoster(page) {
  await page.goto(`${course.url}#/instructor/roster`);
  await page.getByRole('heading', { level: 2, name: 'Add receipts' }).waitFor();
}

const resign = (r) => ({ ...r, checksum: maker.receiptChecksum(r) });

test('1,000 receipts import with a progress bar and are all there after a reload', async () => {
  const context = await course.browser.newContext();
  const { page, problems } = await openPage(context);
  const assignment = await createAssignment(page);
  const files = await receiptFiles(maker.makeReceipts({ count: 1000, assignment, start: new Date().toISOString() }), 'thousand');
  await openRoster(page);
  await page.getByLabel('Receipt files or a roster export').setInputFiles(files);
  await page.getByRole('progressbar', { name: 'Importing receipts' }).waitFor();
  await page.getByText('1,000 receipts added.', { exact: true }).waitFor({ timeout: 120_000 });
  await page.getByRole('table', { name: 'Roster: 1,000 trainees' }).waitFor();
  await page.reload();
  await page.getByRole('table', { name: 'Roster: 1,000 trainees' }).waitFor();
  await page.getByText(/Showing rows 1–50 of 1,000\./).waitFor();
  assert.equal(await page.getByRole('table', { name: 'Roster: 1,000 trainees' }).getByRole('row').count(), 51);
  assert.match(
    await page.getByRole('row', { name: /^Trainee 00001/ }).innerText(),
    /Your assignment[\s\S]*No problems found in this self-reported receipt/,
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('a full disk shows the roster notice; its export holds every receipt and the assignment and rebuilds the roster', async () => {
  // No service worker here: its precache would fill the tiny quota before the roster does.
  const context = await course.browser.newContext({ serviceWorkers: 'block', acceptDownloads: true });
  // Chromium's own quota mechanism, set before the site stores anything (Chromium applies it only
  // then): room for the roster with its assignment and 16 KB more, far less than 40 receipts
  // need. Measured in another profile, not fixed: what an IndexedDB database takes on disk
  // changes between Chromium versions (over 64 KB in Chromium 156, under it before).
  const measuring = await course.browser.newContext({ serviceWorkers: 'block' });
  const probe = await openPage(measuring);
  await createAssignment(probe.page);
  const { usage } = await probe.page.evaluate(() => navigator.storage.estimate());
  await measuring.close();
  const { page } = await openPage(context);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(course.url).origin, quotaSize: usage + 16 * 1024 });
  const assignment = await createAssignment(page);
  const files = await receiptFiles(maker.makeReceipts({ count: 40, assignment, from: 5000, start: new Date().toISOString() }), 'full');
  await openRoster(page);
  await page.getByLabel('Receipt files or a roster export').setInputFiles(files);
  const alert = page.getByRole('alert').filter({ hasText: 'The roster could not be saved in this browser' });
  await alert.waitFor();
  assert.match(await alert.innerText(), /storage for this site is full[\s\S]*40 receipts are held only on this page/);
  await page.getByRole('table', { name: 'Roster: 40 trainees' }).waitFor();
  const download = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download roster export' }).click();
  const exported = await readFile(await (await download).path(), 'utf8');
  const lines = exported.trimEnd().split('\n');
  assert.equal(lines.length, 41);
  assert.deepEqual(
    JSON.parse(lines[0]).assignments.map((a) => a.assignment.id),
    [assignment.id],
  );
  await context.close();

  const elsewhere = await course.browser.newContext();
  const other = await openPage(elsewhere);
  await openRoster(other.page);
  await other.page.getByLabel('Receipt files or a roster export').setInputFiles({
    name: 'roster-export.jsonl',
    mimeType: 'application/x-ndjson',
    buffer: Buffer.from(exported),
  });
  await other.page.getByText('40 receipts added.', { exact: true }).waitFor();
  await other.page.getByText('1 assignment of yours restored from the roster export.').waitFor();
  assert.match(await other.page.getByRole('row', { name: /^Trainee 05001/ }).innerText(), /Your assignment/);
  assert.deepEqual(other.problems, []);
  await elsewhere.close();
});

test('a forged pass mark and a replayed attempt are flagged; a failed receipt’s certificate is not confirmed', async () => {
  const context = await course.browser.newContext();
  const { page, problems } = await openPage(context);
  const assignment = await createAssignment(page);
  const honest = maker.makeReceipts({ count: 30, assignment, from: 7000, start: new Date().toISOString() });
  // A trainee edits the pass mark to 0 in their backup and sends the receipt their course then makes.
  const [forged] = maker
    .makeReceipts({ count: 30, assignment: { ...assignment, passMark: 0 }, from: 8000, start: new Date().toISOString() })
    .filter((r) => r.modules.some((m) => m.attempts.every((a) => a.claimed.percent < 80)));
  const failed = honest.find((r) => r.modules.some((m) => m.attempts.every((a) => !a.claimed.passed)));
  const replay = resign({ ...honest[0], learner: 'Mallory Stone' });
  assert.ok(forged && failed, 'the generator made a forged and a failed receipt');
  await openRoster(page);
  await page.getByLabel('Receipt files or a roster export').setInputFiles(await receiptFiles([...honest, forged, replay], 'attacks'));
  await page.getByText('32 receipts added.', { exact: true }).waitFor();
  await page.getByLabel('Show only rows with problems').check();

  const forgedRow = page.getByRole('row', { name: new RegExp(`^${forged.learner}`) });
  assert.match(await forgedRow.innerText(), /Pass mark differs: the receipt claims 0%, the assignment's pass mark is 80%\./);
  assert.match(await forgedRow.innerText(), /Passed below the pass mark/);
  assert.match(await forgedRow.innerText(), /Needs another try/);
  const replayRow = page.getByRole('row', { name: /^Mallory Stone/ });
  assert.match(
    await replayRow.innerText(),
    new RegExp(`Replay: \\d+ attempts? in this receipt also appears? in a receipt from ${honest[0].learner}\\.`),
  );

  await page.getByLabel('Verification code from the certificate').fill(maker.certificateCode(failed.checksum));
  await page.getByRole('button', { name: 'Check code' }).click();
  await page.getByText('Certificate not confirmed.', { exact: true }).waitFor();
  assert.match(await page.locator('.certificate-check').innerText(), /It passed [0-2] of 3 modules at your pass mark of 80%/);
  assert.equal(await page.getByText(/\b(consistent|verified|valid)\b/i).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an assignment link cut at #/assign/ shows the decoder’s message, not “Page not found”', async () => {
  const context = await course.browser.newContext();
  const { page, problems } = await openPage(context, `${course.url}#/assign/`);
  await page
    .getByRole('alert')
    .getByText(/The link has no assignment in it/)
    .waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Page not found' }).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('at 1280 px a roster of all ten modules fits the screen: no sideways scrolling, every "Remove" whole', async () => {
  const context = await course.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, problems } = await openPage(context);
  await page.goto(`${course.url}#/instructor`);
  const titles = [
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
  for (const name of titles) await page.getByRole('checkbox', { name, exact: true }).check();
  await page.getByLabel('Cohort name').fill('Whole course cohort');
  await page.getByRole('button', { name: 'Create assignment link' }).click();
  await page.getByText('Kept in your roster on this device').waitFor();
  const link = await page.getByLabel('Assignment link').inputValue();
  const compact = JSON.parse(Buffer.from(link.split('#/assign/')[1].split('.')[1], 'base64url').toString('utf8'));
  const assignment = {
    id: compact.i,
    modules: titles.map((t) => t.toLowerCase().replace(/ /g, '-')),
    passMark: 80,
    cohort: compact.c,
  };
  await openRoster(page);
  await page
    .getByLabel('Receipt files or a roster export')
    .setInputFiles(await receiptFiles(maker.makeReceipts({ count: 3, assignment }), 'wide'));
  await page.getByText(/^3 receipts added\./).waitFor();
  const fit = await page.locator('.roster-scroll').evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  assert.ok(fit.scroll <= fit.client, `the roster table is ${fit.scroll} px wide in a ${fit.client} px box`);
  for (const remove of await page.getByRole('button', { name: /^Remove .+'s latest receipt/ }).all()) {
    const box = await remove.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 1280, `a Remove button is cut off at ${box.x}–${box.x + box.width}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
