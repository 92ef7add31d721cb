// Reflow (WCAG 1.4.10), text spacing (1.4.12) and reduced motion (2.3.3) on the built course:
// every page at 320 CSS px wide and at 640 px (1280 px at 200% zoom) with no horizontal
// scrolling of the page; with reduced motion requested, nothing animates or transitions.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openPage, startCourse } from './harness.mjs';
import { takeQuiz, waitForPage } from './journeys.mjs';

/** A stuck browser or server fails the test instead of hanging CI. */
const TIMEOUT = 180_000;

let course;
before(async () => {
  course = await startCourse();
});
after(async () => {
  await course?.close();
});

const PAGES = [
  ['', 'Peer Support Values'],
  ['#/module/voluntary', 'Voluntary'],
  ['#/module/voluntary/quiz', 'Voluntary: practice scenarios'],
  ['#/review', 'Course review'],
  ['#/reflections', 'My reflections'],
  ['#/my-progress', 'My progress and backups'],
  ['#/scoring', 'How scoring works'],
  ['#/instructor', 'Assign modules'],
  ['#/instructor/roster', 'Roster'],
  ['#/certificate', 'Your certificate'],
  ['#/nowhere', 'Page not found'],
];
/** 320 px: WCAG's reflow width. 640 × 512: a 1280 × 1024 screen at 200% zoom, in CSS px. */
const WIDTHS = [
  { width: 320, height: 640 },
  { width: 640, height: 512 },
];
// The WCAG 1.4.12 test values: line height 1.5, paragraph spacing 2em, letter 0.12em, word 0.16em.
const TEXT_SPACING =
  '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';

/** Returns how far the page scrolls sideways at each width (0 everywhere is a pass). */
async function overflowAt(page, label) {
  const found = [];
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    const extra = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    if (extra > 0) found.push(`${label} at ${size.width}px scrolls ${extra}px sideways`);
  }
  return found;
}

test(
  'every page reflows at 320 px and at 200% zoom without horizontal scrolling, also with WCAG text spacing',
  { timeout: TIMEOUT },
  async () => {
    const context = await course.browser.newContext();
    const { page, problems } = await openPage(context);
    const found = [];
    for (const [hash, heading] of PAGES) {
      await page.goto(`${course.url}${hash}`);
      await waitForPage(page, heading);
      found.push(...(await overflowAt(page, hash || 'home')));
    }
    await page.goto(`${course.url}#/module/voluntary`);
    await waitForPage(page, 'Voluntary');
    // As a user stylesheet (a constructed sheet, not a <style> tag, which the page's
    // Content-Security-Policy blocks), checked to be in force.
    const lineHeight = await page.evaluate((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [sheet];
      const p = document.querySelector('main p');
      return Number.parseFloat(getComputedStyle(p).lineHeight) / Number.parseFloat(getComputedStyle(p).fontSize);
    }, TEXT_SPACING);
    assert.ok(Math.abs(lineHeight - 1.5) < 0.01, `text spacing is applied (line height ${lineHeight})`);
    found.push(...(await overflowAt(page, 'lesson with text spacing')));
    await page.evaluate(() => (document.adoptedStyleSheets = []));

    await page.goto(`${course.url}#/module/voluntary/quiz`);
    await waitForPage(page, 'Voluntary: practice scenarios');
    await takeQuiz(page, async (kind, phase) => found.push(...(await overflowAt(page, `${kind} question ${phase} answering`))));
    found.push(...(await overflowAt(page, 'quiz results')));
    await page.getByRole('button', { name: 'Review all your answers' }).click();
    found.push(...(await overflowAt(page, 'quiz review')));

    // Long links and QR codes: the created assignment and the trainee's view of it.
    await page.goto(`${course.url}#/instructor`);
    await waitForPage(page, 'Assign modules');
    await page.getByRole('checkbox', { name: 'Voluntary' }).check();
    await page.getByLabel('Cohort name').fill('Spring cohort');
    await page.getByLabel('Your name').fill('Sam Rivera');
    await page.getByRole('button', { name: 'Create assignment link' }).click();
    const link = await page.getByLabel('Assignment link').inputValue();
    found.push(...(await overflowAt(page, 'assignment link created')));
    await page.goto(link);
    await waitForPage(page, 'An assignment for you');
    found.push(...(await overflowAt(page, 'assignment offered')));
    assert.deepEqual(found, []);
    assert.deepEqual(problems, []);
    await context.close();
  },
);

test('with reduced motion requested, no element animates, transitions or smooth-scrolls', { timeout: TIMEOUT }, async () => {
  const context = await course.browser.newContext({ reducedMotion: 'reduce' });
  const { page } = await openPage(context, `${course.url}#/module/voluntary/quiz`);
  await waitForPage(page, 'Voluntary: practice scenarios');
  await page.getByRole('button', { name: 'Start practicing' }).click();
  const moving = await page.evaluate(() => {
    const seconds = (list) => Math.max(...list.split(',').map((t) => (t.trim().endsWith('ms') ? parseFloat(t) / 1000 : parseFloat(t))));
    return [...document.querySelectorAll('*')].flatMap((el) => {
      const s = getComputedStyle(el);
      const slow =
        seconds(s.transitionDuration) > 0.001 ||
        (s.animationName !== 'none' && seconds(s.animationDuration) > 0.001) ||
        s.scrollBehavior === 'smooth';
      return slow ? [`${el.tagName.toLowerCase()}.${el.className}`] : [];
    });
  });
  assert.deepEqual(moving, []);
  assert.equal(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches), true);
  await context.close();
});
