// The strict Content-Security-Policy in the built pages, in Chromium: every violation the browser
// reports (`securitypolicyviolation`, in every frame) and every console line is collected over a
// whole journey (lesson, practice and its results, the mastery check, my progress, the
// instructor's assignment with its QR code, a roster import, the certificate) and over the LMS
// page under scorm-again. Zero allowed. Each test ends by breaking the policy on purpose, to prove
// the watcher sees violations.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { DIST, openPage, startCourse } from './harness.mjs';
import { launch, startLms, waitForLog } from './lms/lms-harness.mjs';
import { passQuiz } from './lms/quiz-driver.mjs';
import { loadSeedTools } from './lms/seed.mjs';

const TIMEOUT = 180_000;
let course;
let lms;
let tools;
before(async () => {
  tools = await loadSeedTools();
  course = await startCourse();
  lms = await startLms(tools.course);
});
after(async () => {
  await course?.close();
  await lms?.close();
});

/** Records every CSP violation in every frame of `context`'s pages, across reloads. */
async function watchViolations(context) {
  const violations = [];
  await context.exposeBinding('reportCspViolation', (_source, v) => violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        window.reportCspViolation({
          directive: e.effectiveDirective,
          blocked: e.blockedURI,
          sample: e.sample,
          page: `${location.pathname}${location.hash}`,
        }),
      true,
    );
  });
  return violations;
}

/** Waits until `list` has `count` entries (violations arrive asynchronously). */
async function waitForCount(list, count) {
  for (let i = 0; list.length < count; i++) {
    if (i > 200) throw new Error(`Expected ${count} entries, have ${JSON.stringify(list)}`);
    await new Promise((ok) => setTimeout(ok, 25));
  }
}

/** Breaks the policy twice on purpose in `target` (a page or frame): an inline script, a style attribute. */
async function breakThePolicy(target) {
  await target.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true;';
    document.body.append(script);
    document.body.setAttribute('style', 'outline: 1px solid red');
  });
  assert.equal(await target.evaluate(() => window.inlineRan), undefined, 'the inline script did not run');
}

/** The policy in a built page's meta tag, as directive → sources. */
function builtPolicy(file) {
  const html = readFileSync(join(DIST, file), 'utf8');
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  assert.ok(content, `${file} carries a Content-Security-Policy meta tag`);
  return Object.fromEntries(
    content
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...sources]) => [name, sources]),
  );
}

/** The width of each bar in the score chart as a percent of its track, with the percent it shows. */
const barWidths = (chart) =>
  chart.evaluate((el) =>
    [...el.children].map((row) => {
      const [, track, shown] = row.children;
      const drawn = (track.firstElementChild.getBoundingClientRect().width / track.getBoundingClientRect().width) * 100;
      return [Math.round(drawn), Number(shown.textContent.replace('%', ''))];
    }),
  );

test('both built pages carry the strict policy, before any script or stylesheet', () => {
  for (const file of ['index.html', 'index_lms.html']) {
    const policy = builtPolicy(file);
    assert.deepEqual(policy['default-src'], ["'self'"]);
    // Our own files, and on the course page the route hints the build wrote inline, by their hash only.
    const html = readFileSync(join(DIST, file), 'utf8');
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
      ([, text]) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`,
    );
    assert.equal(inline.length, file === 'index.html' ? 1 : 0, `${file}: inline scripts`);
    assert.deepEqual(policy['script-src'], ["'self'", ...inline]);
    assert.deepEqual(policy['style-src'], ["'self'"]);
    assert.deepEqual(policy['object-src'], ["'none'"]);
    assert.deepEqual(policy['base-uri'], ["'none'"]);
    assert.ok(!JSON.stringify(policy).includes('unsafe'), `${file}: nothing unsafe`);
    assert.ok(html.indexOf('Content-Security-Policy') < html.search(/<script|<link rel="stylesheet"/), `${file}: the policy comes first`);
    assert.doesNotMatch(
      html,
      /<script\s(?![^>]*\bsrc=)[^>]*>|<style|\sstyle="|\son[a-z]+="/i,
      `${file}: no other inline script, no style or handler`,
    );
  }
});

test('a whole journey, learner and instructor, causes zero CSP violations', { timeout: TIMEOUT }, async () => {
  const instructor = await course.browser.newContext();
  const trainee = await course.browser.newContext();
  const seen = { instructor: await watchViolations(instructor), trainee: await watchViolations(trainee) };
  const teach = await openPage(instructor, course.url);
  const learn = await openPage(trainee, course.url);
  // The service worker registers and takes control (worker-src).
  await teach.page.getByRole('contentinfo').getByText('Saved for offline use').waitFor({ timeout: 60_000 });

  // The instructor's assignment, with its QR code (img-src data:).
  await teach.page.getByRole('link', { name: 'Instructors' }).click();
  await teach.page.getByRole('checkbox', { name: 'Respectful' }).check();
  await teach.page.getByLabel('Pass mark (optional, %)').fill('80');
  await teach.page.getByLabel('Cohort name').fill('Spring cohort');
  await teach.page.getByRole('button', { name: 'Create assignment link' }).click();
  const qr = teach.page.getByRole('img', { name: 'QR code of the assignment link' });
  await qr.waitFor();
  await teach.page.waitForFunction((img) => img.complete, await qr.elementHandle());
  assert.ok((await qr.evaluate((img) => img.naturalWidth)) > 0, 'the QR code image loaded');
  const link = await teach.page.getByLabel('Assignment link').inputValue();

  // The trainee: the assignment, the lesson, practice with every answer best and its results
  // chart, then the mastery check.
  await learn.page.goto(link);
  await learn.page.getByRole('button', { name: 'Add this assignment' }).click();
  await learn.page.getByRole('heading', { level: 1, name: 'Your assignment' }).waitFor();
  const assignmentUrl = learn.page.url();
  await learn.page.getByRole('link', { name: 'Start: Respectful' }).click();
  // Reaching the lesson's end records it as read.
  await learn.page.getByRole('heading', { level: 2, name: 'Ready to practice?' }).waitFor();
  await learn.page.locator('.lesson-end').scrollIntoViewIfNeeded();
  await learn.page.getByText('You have finished reading this lesson.').waitFor();
  await learn.page.getByRole('link', { name: 'Practice with scenarios' }).click();
  await passQuiz(learn.page, tools.banks.respectful);
  await learn.page.getByRole('heading', { level: 2, name: 'Practice results' }).waitFor();
  // React sets the bars' widths through the CSSOM (style={{ width }}), which style-src allows:
  // each bar is drawn as long as the percent it shows.
  const bars = await barWidths(learn.page.getByRole('img', { name: /^Bar chart of your score by value/ }));
  assert.ok(bars.length > 0 && bars.some(([, shown]) => shown > 0), 'the chart has a bar above 0%');
  for (const [drawn, shown] of bars) assert.ok(Math.abs(drawn - shown) <= 1, `a ${shown}% bar is drawn at ${drawn}%`);
  await learn.page.getByRole('link', { name: 'Take the mastery check' }).click();
  await passQuiz(learn.page, tools.banks.respectful);
  await learn.page.getByRole('heading', { level: 2, name: 'Your result' }).waitFor();
  await learn.page.getByText(/Passed: 100% \(pass mark 80%\)\./).waitFor();

  for (const [name, heading] of [
    ['My progress and backups', 'My progress and backups'],
    ['Reflections', 'My reflections'],
    ['How scoring works', 'How scoring works'],
  ]) {
    await learn.page.getByRole('link', { name, exact: true }).click();
    await learn.page.getByRole('heading', { level: 1, name: heading }).waitFor();
  }

  // The receipt, the certificate, then the instructor's roster import and certificate check.
  await learn.page.goto(assignmentUrl);
  await learn.page.getByText('1 of 1 module passed').waitFor();
  await learn.page.getByLabel(/Your name/).fill('Robin Trainee');
  // This Chromium cannot share files: sending falls back to email, copy and download.
  await learn.page.getByRole('button', { name: 'Send to your instructor' }).click();
  await learn.page.getByText(/This browser cannot share files/).waitFor();
  const download = learn.page.waitForEvent('download');
  await learn.page.getByRole('button', { name: 'Download receipt file' }).click();
  const receipt = await readFile(await (await download).path(), 'utf8');
  await learn.page.getByRole('link', { name: 'View your certificate' }).click();
  const certificate = learn.page.getByRole('region', { name: 'Certificate of completion' });
  await certificate.getByText('Robin Trainee').waitFor();
  const code = (await certificate.locator('.certificate-code').innerText()).trim();

  await teach.page.getByRole('link', { name: 'Instructors' }).click();
  await teach.page.getByRole('link', { name: 'Open the roster' }).click();
  await teach.page
    .getByLabel('Receipt files or a roster export')
    .setInputFiles({ name: 'receipt.json', mimeType: 'application/json', buffer: Buffer.from(receipt) });
  await teach.page.getByText('1 receipt added.', { exact: true }).waitFor();
  await teach.page
    .getByRole('table', { name: 'Roster: 1 trainee' })
    .getByRole('row', { name: /^Robin Trainee/ })
    .waitFor();
  await teach.page.getByLabel('Verification code from the certificate').fill(code);
  await teach.page.getByRole('button', { name: 'Check code' }).click();
  await teach.page.getByText(/^Certificate confirmed/).waitFor();

  assert.deepEqual(seen, { instructor: [], trainee: [] });
  assert.deepEqual(teach.problems, []);
  assert.deepEqual(learn.problems, []);

  // The watcher works: two deliberate violations are both reported.
  await breakThePolicy(learn.page);
  await waitForCount(seen.trainee, 2);
  assert.deepEqual(seen.trainee.map((v) => v.directive).sort(), ['script-src-elem', 'style-src-attr']);
  await instructor.close();
  await trainee.close();
});

test('the LMS page under scorm-again: a lesson and a passed quiz cause zero CSP violations', { timeout: TIMEOUT }, async () => {
  let violations;
  const s = await launch(lms, { version: '2004', prepare: async (context) => (violations = await watchViolations(context)) });
  await s.frame.getByRole('link', { name: 'Voluntary', exact: true }).click();
  await s.frame.locator('.lesson-end').scrollIntoViewIfNeeded(); // reaching the end records reading
  await s.frame.getByText('You have finished reading this lesson.').waitFor();
  await s.frame.getByRole('link', { name: 'Take the mastery check' }).click();
  await passQuiz(s.frame, tools.banks.voluntary);
  await s.frame.getByRole('heading', { level: 2, name: 'Your result' }).waitFor();
  // The module's objective is recorded as passed and committed.
  await waitForLog(s, (log) => {
    const passed = log.findIndex(
      ([call, el, value]) => call === 'SetValue' && el === 'cmi.objectives.0.success_status' && value === 'passed',
    );
    return passed >= 0 && log.slice(passed).some(([call]) => call === 'Commit');
  });
  const course = s.page.frames().find((f) => f.url().includes('index_lms.html'));
  assert.match(
    await course.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? ''),
    /default-src 'self'/,
    'the course frame runs under the policy',
  );
  assert.deepEqual(violations, []);
  assert.deepEqual(s.problems, []);

  await breakThePolicy(course);
  await waitForCount(violations, 2);
  assert.ok(violations.every((v) => v.page.endsWith('index_lms.html') || v.page.includes('index_lms.html#')));
  await s.close();
});
