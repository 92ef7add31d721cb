// axe-core (WCAG 2.2 A/AA rules) in Chromium, light and dark theme, 0 violations: the
// instructor and assignment pages, and every notice and error state. States are made to really
// happen (blocked storage, corrupt saved data, a failed chunk, a bad receipt), not mocked.
// Learner pages and every question type: a11y.test.mjs.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeBothThemes } from './axe.mjs';
import { openPage, startCourse } from './harness.mjs';
import { waitForPage } from './journeys.mjs';

/** A stuck browser or server fails the test instead of hanging CI. */
const TIMEOUT = 300_000;

let course;
before(async () => {
  course = await startCourse();
});
after(async () => {
  await course?.close();
});

/** Opens `hash`, waits for its h1, optionally acts, then runs axe in both themes. */
async function scan(page, found, label, hash, heading, act) {
  if (hash !== undefined) await page.goto(`${course.url}${hash}`);
  if (heading) await waitForPage(page, heading);
  if (act) await act();
  found.push(...(await axeBothThemes(page, label)));
}

test(
  'instructor builder, assignment, receipt, roster and certificate have no axe violations, errors included',
  { timeout: TIMEOUT },
  async () => {
    const context = await course.browser.newContext();
    const { page, problems } = await openPage(context);
    const found = [];
    await scan(page, found, 'instructor builder', '#/instructor', 'Assign modules');
    await scan(page, found, 'instructor builder, nothing chosen', undefined, undefined, async () => {
      await page.getByRole('button', { name: 'Create assignment link' }).click();
      await page.getByRole('alert').filter({ hasText: 'Choose at least one module' }).waitFor();
    });
    await scan(page, found, 'instructor builder, link created', undefined, undefined, async () => {
      await page.getByRole('checkbox', { name: 'Voluntary' }).check();
      await page.getByLabel('Cohort name').fill('Spring cohort');
      await page.getByLabel('Your name').fill('Sam Rivera');
      await page.getByRole('button', { name: 'Create assignment link' }).click();
      await page.getByLabel('Assignment link').waitFor();
    });
    const link = await page.getByLabel('Assignment link').inputValue();
    await scan(page, found, 'assignment offered', link.slice(link.indexOf('#')), 'An assignment for you');
    await scan(page, found, 'assignment added, not begun', undefined, undefined, async () => {
      await page.getByRole('button', { name: 'Add this assignment' }).click();
      await waitForPage(page, 'Your assignment');
    });
    // Begin (read the lesson to its end), so the assignment page offers the receipt.
    const assignmentHash = new URL(page.url()).hash;
    await page.goto(`${course.url}#/module/voluntary`);
    await page.getByRole('heading', { level: 2, name: 'Ready to practice?' }).waitFor();
    await page.locator('.lesson-end').scrollIntoViewIfNeeded();
    await page.getByText('You have finished reading this lesson.').waitFor();
    await scan(page, found, 'receipt ready', assignmentHash, 'Your assignment', async () => {
      await page.getByLabel(/^Your name/).fill('Alex Doe');
      await page.getByRole('button', { name: 'Send to your instructor' }).click();
      await page.getByText(/This browser cannot share files/).waitFor();
    });
    const receiptCode = await page.getByLabel(/^Receipt code/).inputValue();
    await scan(page, found, 'broken assignment link', '#/assign/v1.not-a-real-link', undefined, () => page.locator('main h1').waitFor());
    await scan(page, found, 'roster', '#/instructor/roster', 'Roster');
    await scan(page, found, 'roster, unreadable receipt', undefined, undefined, async () => {
      await page.getByLabel(/paste receipt codes/).fill('this is not a receipt');
      await page.getByRole('button', { name: 'Add pasted receipts' }).click();
      await page.locator('main .notice, main [role="alert"]').first().waitFor();
    });
    await scan(page, found, 'roster with a receipt', undefined, undefined, async () => {
      await page.getByLabel(/paste receipt codes/).fill(receiptCode);
      await page.getByRole('button', { name: 'Add pasted receipts' }).click();
      await page.locator('main table').first().waitFor();
    });
    await scan(page, found, 'certificate', '#/certificate', 'Your certificate');
    await scan(page, found, 'reset, asking to confirm', '#/my-progress', 'My progress and backups', async () => {
      await page.getByRole('button', { name: 'Reset the whole course' }).click();
      await page.getByText('Reset the whole course? All answers').waitFor();
    });
    assert.deepEqual(found, []);
    assert.deepEqual(problems, []);
    await context.close();
  },
);

test('notices and error states have no axe violations', { timeout: TIMEOUT }, async () => {
  const found = [];
  // Storage blocked (some private windows): the "not being saved" alert.
  let context = await course.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  let { page } = await openPage(context);
  await scan(page, found, 'storage blocked', '', 'Peer Support Values', () =>
    page.getByRole('alert', { name: 'Saving problem' }).waitFor(),
  );
  await context.close();

  // Storage full: the same alert, worded for a full store.
  context = await course.browser.newContext();
  await context.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
  });
  ({ page } = await openPage(context));
  await scan(page, found, 'storage full', '#/module/voluntary', 'Voluntary', async () => {
    await page.getByRole('heading', { level: 2, name: 'Ready to practice?' }).waitFor();
    await page.locator('.lesson-end').scrollIntoViewIfNeeded();
    await page.getByRole('alert', { name: 'Saving problem' }).filter({ hasText: 'full' }).waitFor();
  });
  await context.close();

  // Unreadable saved progress: the "repaired" notice.
  context = await course.browser.newContext();
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) localStorage.setItem('psv-progress', '{"state": {"lessonsRead": 7}, "version": 1');
    sessionStorage.setItem('seeded', '1');
  });
  ({ page } = await openPage(context));
  await scan(page, found, 'progress repaired', '', 'Peer Support Values', () =>
    page.getByRole('status', { name: 'Saved progress repaired' }).waitFor(),
  );
  await context.close();

  // A page whose code cannot load (offline before the course was saved): the route error. No
  // service worker here, so every script request after home has loaded really fails.
  context = await course.browser.newContext({ serviceWorkers: 'block' });
  ({ page } = await openPage(context));
  await scan(page, found, 'home before going offline', '', 'Peer Support Values');
  await context.setOffline(true);
  await scan(page, found, 'page failed to load', '#/scoring', 'Something went wrong');
  await context.close();

  // The LMS launch page opened outside an LMS.
  context = await course.browser.newContext();
  ({ page } = await openPage(context));
  await scan(page, found, 'LMS page without an LMS', undefined, undefined, async () => {
    await page.goto(`${course.url}index_lms.html`);
    await page.locator('h1').first().waitFor();
  });
  await context.close();
  assert.deepEqual(found, []);
});
