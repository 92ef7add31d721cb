// axe-core (WCAG 2.2 A/AA rules) in Chromium on the learner's pages and every question type
// before and after answering, each in the light and the dark theme: 0 violations. Instructor
// pages, notices and error states: a11y-instructor.test.mjs.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeBothThemes } from './axe.mjs';
import { openPage, startCourse } from './harness.mjs';
import { takeQuiz, waitForPage } from './journeys.mjs';

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

test('learner pages have no axe violations in either theme', { timeout: TIMEOUT }, async () => {
  const context = await course.browser.newContext();
  const { page, problems } = await openPage(context);
  const found = [];
  await scan(page, found, 'home', '', 'Peer Support Values');
  await scan(page, found, 'lesson', '#/module/voluntary', 'Voluntary', async () => {
    await page.getByRole('textbox').first().fill('What stays with me is choice.');
    // The reflection's polite status message, read by its text.
    await page.getByRole('status').filter({ hasText: 'Saved on this device.' }).waitFor();
  });
  await scan(page, found, 'reflections', '#/reflections', 'My reflections');
  await scan(page, found, 'my progress', '#/my-progress', 'My progress and backups');
  const restore = page.getByLabel('Restore from a backup file');
  await scan(page, found, 'restore: a file that is not a backup', undefined, undefined, async () => {
    await restore.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"not":"a backup"}') });
    await page.getByRole('alert').filter({ hasText: 'Nothing was changed.' }).waitFor();
  });
  await scan(page, found, 'restore: backup preview', undefined, undefined, async () => {
    const backup = {
      format: 'peer-support-values-backup',
      version: 1,
      courseId: 'peer-support-values',
      courseVersion: '2.0.0',
      exportedAt: '2026-01-02T03:04:05.000Z',
      progress: { lessonsRead: { hopeful: '2026-01-02T03:04:05.000Z' } },
    };
    await restore.setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
    await page.getByRole('region', { name: 'Backup preview' }).waitFor();
  });
  await scan(page, found, 'how scoring works', '#/scoring', 'How scoring works');
  await scan(page, found, 'course review intro', '#/review', 'Course review');
  await scan(page, found, 'not found', '#/no/such/page', 'Page not found');
  assert.deepEqual(found, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test(
  'every question type before and after answering, the error, results and review have no axe violations',
  { timeout: TIMEOUT },
  async () => {
    const context = await course.browser.newContext();
    const { page, problems } = await openPage(context, `${course.url}#/module/voluntary/quiz`);
    const found = [];
    await scan(page, found, 'quiz intro', undefined, 'Voluntary: practice scenarios');
    const seen = new Set();
    let sawError = false;
    await takeQuiz(page, async (kind, phase) => {
      if (!sawError && phase === 'before' && kind === 'single') {
        // Submitting nothing shows the form's error message.
        sawError = true;
        await page.getByRole('button', { name: 'Submit answer' }).click();
        await page.getByRole('alert').filter({ hasText: 'Choose a response' }).waitFor();
        found.push(...(await axeBothThemes(page, 'single question, nothing chosen')));
      }
      if (seen.has(`${kind} ${phase}`)) return;
      seen.add(`${kind} ${phase}`);
      found.push(...(await axeBothThemes(page, `${kind} question, ${phase} answering`)));
    });
    assert.deepEqual([...seen].sort(), [
      'branch after',
      'branch before',
      'multi after',
      'multi before',
      'rank after',
      'rank before',
      'single after',
      'single before',
      'value after',
      'value before',
    ]);
    await scan(page, found, 'results', undefined, undefined);
    await page.getByRole('button', { name: 'Review all your answers' }).click();
    await page.getByRole('navigation', { name: 'Review' }).first().waitFor();
    found.push(...(await axeBothThemes(page, 'quiz review')));
    await scan(page, found, 'home with progress', '#/', 'Peer Support Values');
    assert.deepEqual(found, []);
    assert.deepEqual(problems, []);
    await context.close();
  },
);
