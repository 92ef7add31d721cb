// Progress in the built course, in real Chromium: it survives reloads, corrupt saved data never
// breaks the course, blocked storage still lets a learner work, two tabs share progress, and
// nothing leaves the device.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { LAST, START, waitForLesson } from './journeys.mjs';
import { contextWithStorage, openPage, startCourse } from './harness.mjs';

const KEY = 'psv-progress';
const BACKUP_KEY = 'psv-progress-unreadable';
const REPAIRED = 'Some of your saved progress could not be read.';
const NOT_SAVING = 'Your progress is not being saved on this device.';
const T = '2026-03-01T09:00:00.000Z';

let course;
before(async () => {
  // COURSE_DIST lets a run use its own build while someone else rebuilds dist/.
  course = await startCourse(process.env.COURSE_DIST ? { root: process.env.COURSE_DIST } : {});
});
after(async () => {
  await course?.close();
});

/** A context whose pages find `raw` saved under the progress key before the course starts. */
const contextWithSaved = (raw) => contextWithStorage(course.browser, { [KEY]: raw });

/** The text of a module's card on the home page, e.g. "… Status: Practicing …". */
async function moduleCard(page, title) {
  const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });
  return card.innerText();
}

/** Waits until a module's card shows `status` (statuses can appear after scores load). */
async function waitForStatus(page, title, status) {
  const link = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });
  await link.getByText(status).waitFor();
}

/** Reads a lesson to its end: reaching the end records it (the button is only the fallback). */
async function markLessonRead(page, slug) {
  await page.goto(`${course.url}#/module/${slug}`);
  await waitForLesson(page, slug);
  await page.getByRole('heading', { level: 2, name: 'Ready to practice?' }).waitFor();
  await page.locator('.lesson-end').scrollIntoViewIfNeeded();
  await page.getByText('You have finished reading this lesson.').waitFor();
}

const saved = (state, version = 1) => JSON.stringify({ state, version });
const valid = {
  lessonsRead: { voluntary: T, hopeful: T },
  attempts: [],
  reflections: { voluntary: { text: 'It felt like being cornered.', updatedAt: T } },
  learnerName: 'Sam',
  assignments: [],
  lastLocation: '/module/hopeful',
  setAside: [],
  updatedAt: T,
};
const nested = (depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

// [what it is, the saved text, modules whose lesson marks must survive (none = starts fresh),
//  whether the "could not be read" message shows, whether the original fits under the backup key]
const CORRUPT = [
  ['truncated JSON', saved(valid).slice(0, 70), [], true],
  ['non-JSON bytes', '\u0000\u0001\u00ff\ufffdPK\u0003\u0004 not json', [], true],
  ['an empty string', '', [], true],
  ['JSON null', 'null', [], true],
  ['a bare list', '[1,2,3]', [], true],
  ['a state of the wrong type', saved('lessonsRead'), [], true],
  [
    'lesson marks of the wrong types',
    saved({ ...valid, lessonsRead: { voluntary: T, hopeful: 42, respectful: 'yesterday' } }),
    ['Voluntary'],
    true,
  ],
  ['attempts that are not a list', saved({ ...valid, attempts: 'many' }), ['Voluntary', 'Hopeful'], true],
  ['reflections that are a number', saved({ ...valid, reflections: 7 }), ['Voluntary', 'Hopeful'], true],
  ['a version number that is text', saved(valid, '1'), ['Voluntary', 'Hopeful'], true],
  ['a future version with unknown fields', saved({ ...valid, badges: ['gold'], streaks: { days: 4 } }, 99), ['Voluntary', 'Hopeful'], true],
  ['a one-million-character name', saved({ ...valid, learnerName: 'x'.repeat(1_000_000) }), ['Voluntary', 'Hopeful'], true],
  // Too big to parse, and too big to copy beside itself: the download is the only copy.
  ['a saved value over four million characters', saved({ ...valid, learnerName: 'x'.repeat(4_100_000) }), [], true, false],
  ['deeply nested lists', saved({ ...valid, attempts: '@' }).replace('"@"', nested(100_000)), ['Voluntary', 'Hopeful'], true],
  [
    '__proto__ payloads',
    `{"state":{"__proto__":{"polluted":true},"lessonsRead":{"__proto__":{"polluted":true},"constructor":"${T}","voluntary":"${T}"},` +
      `"attempts":[{"id":"v-1","quizId":"voluntary","seed":1,"startedAt":"${T}","answers":{"__proto__":{"kind":"single","optionId":"a"}}}]},"version":1}`,
    ['Voluntary'],
    true,
  ],
  [
    'the pilot (v0) shape, which migrates cleanly',
    readFileSync(new URL('../fixtures/progress-v0-pilot.json', import.meta.url), 'utf8'),
    ['Voluntary', 'Hopeful'],
    false,
  ],
];

for (const [what, raw, kept, hasMessage, fitsBackupKey = true] of CORRUPT) {
  test(`saved progress with ${what} leaves the course usable`, async () => {
    const context = await contextWithSaved(raw);
    const { page, problems } = await openPage(context, course.url);
    await page.getByRole('heading', { level: 1, name: 'Peer Support Values' }).waitFor();
    const notice = page.getByRole('status', { name: 'Saved progress repaired' });
    if (hasMessage) {
      await notice.getByText(REPAIRED).waitFor();
      const backup = await page.evaluate((k) => localStorage.getItem(k), BACKUP_KEY);
      assert.ok(fitsBackupKey ? backup === raw : backup === null, 'the original text is kept under the backup key when it fits');
      const download = page.waitForEvent('download');
      await notice.getByRole('button', { name: 'Download the original saved data' }).click();
      assert.equal(readFileSync(await (await download).path(), 'utf8').length, raw.length, 'the original text is offered for download');
    } else {
      assert.equal(await notice.count(), 0);
    }
    for (const title of ['Voluntary', 'Hopeful']) {
      const card = await moduleCard(page, title);
      // A lesson mark kept shows as practicing; one dropped leaves the module unread ("Reading" when
      // it was the last page open, as the saved place in the course says).
      assert.equal(/Not started|Reading/.test(card), !kept.includes(title), `${title} after loading ${what}: ${card}`);
    }
    assert.equal(await page.evaluate(() => ({}).polluted), undefined);
    // Still usable: a lesson can be read and marked, and the mark is saved.
    await markLessonRead(page, 'respectful');
    await page.goto(course.url);
    await waitForStatus(page, 'Respectful', 'Practicing');
    assert.equal(await page.evaluate((k) => typeof JSON.parse(localStorage.getItem(k)).state.lessonsRead.respectful, KEY), 'string');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a lesson mark, a reflection and the place in the course survive a reload', async () => {
  const context = await course.browser.newContext();
  const { page, problems } = await openPage(context, course.url);
  await markLessonRead(page, 'hopeful');
  const box = page.getByRole('textbox', { name: /Who or what gave you hope/ });
  await box.fill('My sister, who never gave up on me.');
  await page.getByText('Saved on this device.').waitFor();
  await page.reload();
  await page.getByText('You have finished reading this lesson.').waitFor();
  assert.equal(await page.getByRole('textbox', { name: /Who or what gave you hope/ }).inputValue(), 'My sister, who never gave up on me.');
  await page.getByRole('link', { name: 'Peer Support Values', exact: true }).click();
  await waitForStatus(page, 'Hopeful', 'Practicing');
  await page.getByRole('link', { name: 'Continue where you left off' }).click();
  await page.getByRole('heading', { level: 1, name: 'Hopeful' }).waitFor();
  await page.getByRole('link', { name: 'Reflections', exact: true }).click();
  await page.getByText('My sister, who never gave up on me.').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

/** Answers every scenario of the open practice round or check with whatever is offered first, then shows results. */
async function completeQuiz(page) {
  await page.getByRole('button', { name: START }).click();
  for (let step = 0; step < 60; step += 1) {
    const results = page.getByRole('button', { name: LAST });
    const next = page.getByRole('button', { name: 'Next scenario' });
    const order = page.getByRole('button', { name: 'Submit this order' });
    const submit = page.getByRole('button', { name: 'Submit answer' });
    await results.or(next).or(order).or(submit).first().waitFor();
    if (await results.isVisible()) {
      await results.click();
      return;
    }
    if (await next.isVisible()) await next.click();
    else if (await order.isVisible()) await order.click();
    else {
      // The open question is the last group of choices (a branch keeps earlier decisions above it).
      const group = page.getByRole('group').last();
      await group.getByRole('radio').or(group.getByRole('checkbox')).first().check();
      await submit.last().click();
    }
  }
  throw new Error('The quiz did not finish within 60 steps.');
}

/** A context where localStorage throws SecurityError on every access, as in a locked-down browser. */
async function blockedContext() {
  const context = await course.browser.newContext();
  await context.addInitScript(() => {
    const deny = () => {
      throw new DOMException('Access to storage is denied.', 'SecurityError');
    };
    for (const method of ['getItem', 'setItem', 'removeItem', 'clear', 'key']) Storage.prototype[method] = deny;
    Object.defineProperty(Storage.prototype, 'length', { get: deny });
  });
  return context;
}

test('with storage that throws on every access, a learner can still read a lesson and complete a quiz', async () => {
  const context = await blockedContext();
  const { page, problems } = await openPage(context, course.url);
  await page.getByRole('alert', { name: 'Saving problem' }).getByText(NOT_SAVING).waitFor();
  await markLessonRead(page, 'voluntary');
  await page.getByRole('link', { name: 'Take the mastery check' }).click();
  await page.getByRole('heading', { level: 1, name: 'Voluntary: mastery check' }).waitFor();
  await completeQuiz(page);
  await page.getByRole('heading', { name: 'Your result' }).waitFor();
  await page.getByRole('link', { name: 'Course home' }).click();
  await page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Voluntary', exact: true }) })
    .getByText(/Passed|Needs another try/)
    .waitFor();
  assert.match(await moduleCard(page, 'Voluntary'), /best score \d+%/);
  // The notice offers the way to keep the work: a backup download.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup of my progress' }).click();
  const file = await download;
  const backup = JSON.parse(readFileSync(await file.path(), 'utf8'));
  assert.equal(backup.format, 'peer-support-values-backup');
  assert.ok(backup.progress.lessonsRead.voluntary);
  assert.equal(backup.progress.attempts.filter((a) => a.quizId === 'voluntary' && a.finishedAt).length, 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a browser whose localStorage property itself throws still runs the course', async () => {
  const context = await course.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Access to storage is denied.', 'SecurityError');
      },
    });
  });
  const { page, problems } = await openPage(context, course.url);
  await page.getByRole('alert', { name: 'Saving problem' }).getByText(NOT_SAVING).waitFor();
  await markLessonRead(page, 'empathetic');
  // A hash change, not a page load: with no storage, only this page's memory holds the work.
  await page.goto(`${course.url}#/`);
  await waitForStatus(page, 'Empathetic', 'Practicing');
  assert.deepEqual(problems, []);
  await context.close();
});

/** Counts this page's writes of progress, to show two tabs settle rather than echo. */
async function countWrites(context) {
  await context.addInitScript((key) => {
    const setItem = Storage.prototype.setItem;
    window.__progressWrites = 0;
    Storage.prototype.setItem = function (k, v) {
      if (k === key) window.__progressWrites += 1;
      return setItem.call(this, k, v);
    };
  }, KEY);
}
const writes = (page) => page.evaluate(() => window.__progressWrites);
/**
 * Waits until the page has nothing left to do: two idle periods in a row (the browser's own
 * signal that no task, timer callback or storage event is waiting), instead of a guessed sleep.
 */
const settle = (page) =>
  page.evaluate(
    // `timeout` makes the browser run the callback within 2 s even when it is never idle (a
    // background tab), so a wait never hangs; a busy loop would still show in the write count.
    () => new Promise((done) => requestIdleCallback(() => requestIdleCallback(() => done(), { timeout: 2000 }), { timeout: 2000 })),
  );

test('two tabs: a lesson marked in one appears in the other, and each keeps its own work', async () => {
  const context = await course.browser.newContext();
  await countWrites(context);
  const a = await openPage(context, course.url);
  const b = await openPage(context, course.url);
  await markLessonRead(a.page, 'voluntary');
  await waitForStatus(b.page, 'Voluntary', 'Practicing');
  await markLessonRead(b.page, 'hopeful');
  await a.page.goto(course.url);
  await waitForStatus(a.page, 'Hopeful', 'Practicing');
  await waitForStatus(a.page, 'Voluntary', 'Practicing');
  // Now on different pages with the same data: the tabs must settle, not rewrite storage forever.
  await a.page.goto(`${course.url}#/module/open-minded`);
  await b.page.goto(`${course.url}#/module/empathetic`);
  // A page's code loads on demand and the visit is remembered once it shows: an idle wait
  // during that load would end before the write it is meant to wait for.
  await a.page.getByRole('heading', { level: 1, name: 'Open-minded' }).waitFor();
  await b.page.getByRole('heading', { level: 1, name: 'Empathetic' }).waitFor();
  // A save that was already queued may land during the first idle wait on a busy machine (saves
  // wait for a painted frame, or a timer a background page slows): wait, a few times at most,
  // for one whole idle period with no write. Tabs that rewrite each other never get one.
  const count = async () => [await writes(a.page), await writes(b.page)];
  let before = await count();
  for (let round = 0; round < 4; round++) {
    await Promise.all([settle(a.page), settle(b.page)]);
    const now = await count();
    if (now.every((n, i) => n === before[i])) break;
    before = now;
  }
  await Promise.all([settle(a.page), settle(b.page)]);
  assert.deepEqual(await count(), before, 'no writes once both tabs are idle');
  assert.deepEqual([...a.problems, ...b.problems], []);
  await context.close();
});

test('two tabs: a module reset in one stays reset in the other', async () => {
  const context = await course.browser.newContext();
  const a = await openPage(context, course.url);
  await markLessonRead(a.page, 'voluntary');
  await markLessonRead(a.page, 'hopeful');
  const b = await openPage(context, course.url);
  await waitForStatus(b.page, 'Voluntary', 'Practicing');
  await a.page.goto(`${course.url}#/my-progress`);
  await a.page.getByRole('combobox', { name: 'Module to reset' }).selectOption({ label: 'Voluntary' });
  await a.page.getByRole('button', { name: 'Reset Voluntary' }).click();
  await a.page.getByRole('button', { name: 'Yes, reset Voluntary' }).click();
  await a.page.getByText('Voluntary was reset.').waitFor();
  await waitForStatus(b.page, 'Voluntary', 'Not started');
  await settle(a.page);
  await a.page.goto(course.url);
  await waitForStatus(a.page, 'Voluntary', 'Not started');
  await waitForStatus(a.page, 'Hopeful', 'Practicing');
  assert.match(await moduleCard(b.page, 'Voluntary'), /Not started/);
  assert.deepEqual([...a.problems, ...b.problems], []);
  await context.close();
});

test('a learner’s whole journey makes no request beyond the course’s own files', async () => {
  const context = await course.browser.newContext();
  const { page, problems } = await openPage(context, course.url);
  const hosts = new Set();
  page.on('request', (req) => hosts.add(new URL(req.url()).host));
  await markLessonRead(page, 'voluntary');
  await page.getByRole('textbox', { name: /pushed you to accept help/ }).fill('Private words.');
  await page.getByText('Saved on this device.').waitFor();
  await page.getByRole('link', { name: 'Practice with scenarios' }).click();
  await completeQuiz(page);
  await page.getByRole('link', { name: 'Reflections', exact: true }).click();
  await page.getByText('Private words.').waitFor();
  await page.getByRole('navigation', { name: 'More' }).getByRole('link', { name: 'My progress and backups' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup' }).click();
  await download;
  assert.deepEqual([...hosts], [new URL(course.url).host]);
  assert.deepEqual(
    problems.filter((p) => p.startsWith('off-device')),
    [],
  );
  assert.deepEqual(problems, []);
  await context.close();
});
