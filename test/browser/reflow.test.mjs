// Reflow (WCAG 1.4.10), text spacing (1.4.12) and reduced motion (2.3.3) on the built course:
// every page at 320 CSS px wide and at 640 px (1280 px at 200% zoom) with no horizontal
// scrolling of the page; with reduced motion requested, nothing animates or transitions.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { contextWithStorage, openPage, startCourse } from './harness.mjs';
import { takeQuiz, waitForPage } from './journeys.mjs';
import { loadSeedTools } from './lms/seed.mjs';

/** A stuck browser or server fails the test instead of hanging CI. */
const TIMEOUT = 180_000;

let course;
let tools;
before(async () => {
  course = await startCourse();
  tools = await loadSeedTools();
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

/**
 * Where an earned certificate spills at the current width: the page scrolling sideways, the
 * verification code wider than the screen, or any part of it (the code, the modules table, the
 * details list…) crossing the certificate's double border.
 */
function certificateSpill(page) {
  return page.evaluate(() => {
    const found = [];
    const extra = document.documentElement.scrollWidth - window.innerWidth;
    if (extra > 0) found.push(`the page scrolls ${extra}px sideways`);
    const code = document.querySelector('.certificate-code').getBoundingClientRect();
    if (code.width > window.innerWidth) found.push(`the verification code is ${Math.round(code.width)}px wide`);
    const cert = document.querySelector('.certificate');
    const style = getComputedStyle(cert);
    const box = cert.getBoundingClientRect();
    const left = box.left + Number.parseFloat(style.borderLeftWidth);
    const right = box.right - Number.parseFloat(style.borderRightWidth);
    // The outermost part that crosses is named, not each of its rows and cells.
    const spilled = new Set();
    for (const el of cert.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || (r.left >= left - 0.5 && r.right <= right + 0.5)) continue;
      spilled.add(el);
      if (spilled.has(el.parentElement)) continue;
      const name = `${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''} "${el.textContent.trim().slice(0, 24)}"`;
      found.push(
        `${name} (${Math.round(r.left)}–${Math.round(r.right)}px) crosses the border (${Math.round(left)}–${Math.round(right)}px)`,
      );
    }
    return found;
  });
}

test(
  'an earned certificate reflows at 320, 360 and 390 px: its code, table and details stay inside its border',
  { timeout: TIMEOUT },
  async () => {
    // A learner who passed the whole course (the longest modules table), holding an assignment
    // from a named instructor and cohort (the longest details list).
    const progress = tools.seasonedProgress(tools.banks, tools.moduleIds, 1);
    progress.assignments = [
      {
        id: 'reflow1cert',
        modules: ['respectful', 'mutual-and-reciprocal', 'equally-shared-power'],
        cohort: 'Spring cohort, Tuesday and Thursday evenings',
        instructor: 'Dana Lee-Whitfield',
        acceptedAt: '2026-01-12T17:00:00.000Z',
      },
    ];
    const context = await contextWithStorage(course.browser, { [tools.PROGRESS_KEY]: tools.savedText(progress) });
    const { page, problems } = await openPage(context);
    const found = [];
    for (const hash of ['#/certificate', '#/certificate?assignment=reflow1cert']) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${course.url}${hash}`);
      await waitForPage(page, 'Your certificate');
      await page.getByRole('region', { name: 'Certificate of completion' }).waitFor();
      for (const width of [320, 360, 390]) {
        await page.setViewportSize({ width, height: 700 });
        found.push(...(await certificateSpill(page)).map((f) => `${hash} at ${width}px: ${f}`));
      }
    }
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
