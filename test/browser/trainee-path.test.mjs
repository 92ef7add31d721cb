// The trainee's path on a 390 px phone, on the built course in real Chromium: from an
// instructor's link to a sent receipt in few taps, a compact header, 44 px targets, the next step
// on every screen, one-page prints of the assignment sheet and the certificate, and axe in both
// themes on the screens this path adds.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { axeBothThemes } from './axe.mjs';
import { openPage, startCourse } from './harness.mjs';
import { passQuiz } from './lms/quiz-driver.mjs';
import { loadSeedTools } from './lms/seed.mjs';

/** A stuck browser or server fails the test instead of hanging CI. */
const TIMEOUT = 240_000;
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
const MODULE = 'respectful';

let course;
let tools;
before(async () => {
  course = await startCourse();
  tools = await loadSeedTools();
});
after(async () => {
  await course?.close();
});

/** An instructor (on a laptop) makes a link assigning one module; returns the link. */
async function instructorLink() {
  const context = await course.browser.newContext();
  const { page } = await openPage(context, `${course.url}#/instructor`);
  await page.getByRole('checkbox', { name: 'Respectful' }).check();
  await page.getByLabel('Your name').fill('Dana Lee');
  await page.getByRole('button', { name: 'Create assignment link' }).click();
  const link = await page.getByLabel('Assignment link').inputValue();
  await context.close();
  return link;
}

/**
 * A phone whose share sheet behaves like Chrome for Android's: navigator.canShare says yes to any
 * files, and navigator.share refuses (NotAllowedError) a file whose extension or exact MIME type
 * is off Chromium's allow-list (third_party/blink/renderer/modules/webshare/FILE_TYPES.md; only
 * its text/plain entries are modelled here, and JSON is not on it), and records what it "sent".
 */
async function phoneThatShares() {
  const context = await course.browser.newContext(PHONE);
  await context.addInitScript(() => {
    window.__shared = [];
    const isAllowed = (f) => /\.(txt|text)$/i.test(f.name) && f.type === 'text/plain';
    navigator.canShare = (data) => Array.isArray(data?.files) && data.files.length > 0;
    navigator.share = async (data) => {
      if (!(data.files ?? []).every(isAllowed)) throw new DOMException('Permission denied', 'NotAllowedError');
      const files = await Promise.all((data.files ?? []).map(async (f) => ({ name: f.name, type: f.type, text: await f.text() })));
      window.__shared.push({ title: data.title, text: data.text, files });
    };
  });
  return context;
}

/** The receipt inside a receipt file's text: its `PSVR2.` code, decoded. */
function receiptIn(text) {
  const code = /PSVR2\.([A-Za-z0-9_-]+)/.exec(text);
  assert.ok(code, 'the receipt file holds a receipt code');
  return JSON.parse(Buffer.from(code[1], 'base64url').toString('utf8'));
}

/**
 * Where a control sits measured from the top of the document (not from wherever focus has
 * scrolled the page): a bottom within the phone's height means it shows on the first screen.
 */
async function onPage(locator) {
  const box = await locator.boundingBox();
  const scrolled = await locator.page().evaluate(() => window.scrollY);
  return { top: box.y + scrolled, bottom: box.y + box.height + scrolled };
}

/** Scrolls like a reader, a screen at a time, until the lesson's end is reached. */
async function readToTheEnd(page) {
  await page.getByRole('heading', { level: 2, name: 'Ready to practice?' }).waitFor({ state: 'attached' });
  const done = page.getByText('You have finished reading this lesson.');
  for (let i = 0; i < 100 && !(await done.count()); i++) await page.mouse.wheel(0, 700);
  await done.waitFor();
}

test('from an instructor’s link to a sent receipt on a 390 px phone: at most 8 taps beyond the answers', { timeout: TIMEOUT }, async () => {
  const link = await instructorLink();
  const context = await phoneThatShares();
  const { page, problems } = await openPage(context);
  const taps = [];
  /** Taps a control the way a thumb does, and counts it. */
  const tap = async (locator, what) => {
    await locator.tap();
    taps.push(what);
  };

  await page.goto(link);
  await page.getByRole('heading', { level: 1, name: 'An assignment for you' }).waitFor();
  // "Add this assignment" is on the first screen, not below the fold.
  const add = page.getByRole('button', { name: 'Add this assignment' });
  const box = await add.boundingBox();
  assert.ok(
    box && box.y + box.height <= PHONE.viewport.height,
    `"Add this assignment" is above the fold (bottom at ${box?.y + box?.height})`,
  );
  await tap(add, 'Add this assignment');
  await page.getByRole('heading', { level: 1, name: 'Your assignment' }).waitFor();
  await tap(page.getByRole('link', { name: 'Start: Respectful' }), 'Start');
  await page.getByRole('heading', { level: 1, name: 'Respectful' }).waitFor();
  await readToTheEnd(page);
  await tap(page.getByRole('link', { name: 'Take the mastery check' }), 'Take the mastery check');
  await page.getByRole('heading', { level: 1, name: 'Respectful: mastery check' }).waitFor();
  // The answers themselves (choosing, submitting, "Next scenario", "Submit the check") are not
  // counted; starting the check is.
  taps.push('Start the mastery check');
  await passQuiz(page, tools.banks[MODULE]);
  await page.getByText(/Passed: 100% \(pass mark 80%\)\.$/).waitFor();
  // The results' one next step shows on the first screen, above what went well and what to revisit.
  const next = page.getByRole('link', { name: 'Send your receipt' });
  const nextBox = await onPage(next);
  assert.ok(nextBox.bottom <= PHONE.viewport.height, `"Send your receipt" is on the first screen (${nextBox.top}–${nextBox.bottom})`);
  await tap(next, 'Send your receipt');
  await page.getByRole('heading', { level: 2, name: 'Send your receipt' }).waitFor();
  // On the finished assignment, sending is the step: on the first screen, however the page was reached.
  const sendBox = await onPage(page.getByRole('button', { name: 'Send to your instructor' }));
  assert.ok(sendBox.bottom <= PHONE.viewport.height, `"Send to your instructor" is on the first screen (${sendBox.top}–${sendBox.bottom})`);
  await tap(page.getByLabel(/^Your name/), 'the name field');
  await page.keyboard.type('Alex Morgan');
  await tap(page.getByRole('button', { name: 'Send to your instructor' }), 'Send to your instructor');
  await page.getByText(/^Sent\./).waitFor();

  const shared = await page.evaluate(() => window.__shared);
  assert.equal(shared.length, 1);
  const [file] = shared[0].files;
  assert.match(file.name, /^receipt-alex-morgan-[a-z0-9]+\.txt$/);
  assert.equal(file.type, 'text/plain');
  assert.match(file.text, /^Completion receipt for .+\.\nSend this file to your instructor/);
  const receipt = receiptIn(file.text);
  assert.equal(receipt.learner, 'Alex Morgan');
  const [module] = receipt.modules;
  assert.equal(module.id, MODULE);
  assert.ok(module.lessonReadAt, 'the receipt records the lesson as read');
  assert.equal(module.attempts.at(-1).claimed.passed, true);
  console.log(`taps from the link to a sent receipt (beyond answers): ${taps.length}: ${taps.join(' → ')}`);
  assert.ok(taps.length <= 8, `${taps.length} taps: ${taps.join(', ')}`);
  assert.deepEqual(problems, []);
  await context.close();
});

/** Every control on screen that a thumb must hit: buttons, fields, choices, and links that are not inside a sentence. */
function tapTargets(page) {
  return page.evaluate(() => {
    const seen = [];
    const candidates = document.querySelectorAll('a[href], button, input, select, textarea, summary, label.choice');
    for (const el of candidates) {
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      if (r.width < 2 || r.height < 2 || style.visibility === 'hidden' || el.closest('[hidden], .visually-hidden')) continue;
      if (el.matches('.skip-link') && r.bottom < 0) continue;
      // Radios and checkboxes are hit through their label (checked below as label.choice).
      if (el.matches('input[type="radio"], input[type="checkbox"]') && el.closest('label.choice, .check-row')) continue;
      // WCAG 2.5.8's inline exception: a link inside a sentence is sized by the text around it.
      if (el.matches('a') && getComputedStyle(el).display === 'inline') {
        const block = el.closest('p, li, dd, td, figcaption');
        if (block && block.textContent.trim().length > el.textContent.trim().length + 3) continue;
      }
      seen.push({
        what: `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
        height: Math.round(r.height * 10) / 10,
      });
    }
    return seen;
  });
}

test('at 390 px the header is at most 64 px tall and every tap target is at least 44 px tall', { timeout: TIMEOUT }, async () => {
  const link = await instructorLink();
  const context = await course.browser.newContext(PHONE);
  const { page, problems } = await openPage(context, link);
  await page.getByRole('button', { name: 'Add this assignment' }).tap();
  await page.getByRole('heading', { level: 1, name: 'Your assignment' }).waitFor();
  const screens = [
    ['home', '#/', 'Peer Support Values'],
    ['lesson', `#/module/${MODULE}`, 'Respectful'],
    ['practice intro', `#/module/${MODULE}/quiz`, 'Respectful: practice scenarios'],
    ['my progress', '#/my-progress', 'My progress and backups'],
    ['reflections', '#/reflections', 'My reflections'],
    ['scoring', '#/scoring', 'How scoring works'],
  ];
  const found = [];
  let smallest = Infinity;
  const measure = async (label) => {
    const header = await page.locator('.site-header').boundingBox();
    assert.ok(header.height <= 64, `${label}: the header is ${header.height} px tall`);
    // The page's first line ("Module 5 of 10", or the h1) has room above it: the header, or a notice before the page.
    const room = await page.evaluate(() => {
      const article = document.querySelector('main article.page');
      const above = [document.querySelector('.site-header'), ...document.querySelector('main').children]
        .filter((el) => el.compareDocumentPosition(article) & Node.DOCUMENT_POSITION_FOLLOWING)
        .map((el) => el.getBoundingClientRect())
        .filter((r) => r.height > 0);
      return article.firstElementChild.getBoundingClientRect().top - Math.max(...above.map((r) => r.bottom));
    });
    if (room < 16) found.push(`${label}: the page's first line is ${Math.round(room)} px below what is above it`);
    for (const t of await tapTargets(page)) {
      smallest = Math.min(smallest, t.height);
      if (t.height < 44) found.push(`${label}: ${t.what} is ${t.height} px tall`);
    }
  };
  for (const [label, hash, heading] of screens) {
    await page.goto(`${course.url}${hash}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await measure(label);
  }
  // A question and its answer, then the assignment page with its receipt.
  await page.goto(`${course.url}#/module/${MODULE}/quiz`);
  await page.getByRole('button', { name: 'Start practicing' }).tap();
  await page.locator('form.question-form').first().waitFor();
  await measure('a practice question');
  await page.goto(`${course.url}#/module/${MODULE}`);
  await readToTheEnd(page);
  await page.goto(`${course.url}#/`);
  await page.getByRole('link', { name: /^Assignment/ }).tap();
  await page.getByRole('button', { name: 'Send to your instructor' }).waitFor();
  await measure('the assignment page');
  // The progress pill says what it counts: the word "passed" does not fit a phone's row, so a tick stands in for it.
  const pill = await page.getByRole('link', { name: /passed: my progress/ }).evaluate((a) => ({
    word: getComputedStyle(a.querySelector('.nav-word')).display !== 'none',
    mark: getComputedStyle(a.querySelector('.nav-count'), '::before').content,
  }));
  assert.ok(pill.word || pill.mark.includes('✓'), `the progress pill shows "passed" or a tick (${JSON.stringify(pill)})`);
  console.log(`header ${Math.round((await page.locator('.site-header').boundingBox()).height)} px; smallest tap target ${smallest} px`);
  assert.deepEqual(found, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('on a phone the Submit button is on screen while the answer form is, without scrolling', { timeout: TIMEOUT }, async () => {
  const context = await course.browser.newContext(PHONE);
  const { page, problems } = await openPage(context, `${course.url}#/module/${MODULE}/quiz`);
  await page.getByRole('button', { name: 'Start practicing' }).tap();
  const form = page.locator('form.question-form').last();
  await form.waitFor();
  const submit = form.getByRole('button', { name: /^Submit/ });
  // Bring the first choice to the top of the screen, as a reader does: Submit still shows.
  await form.locator('legend').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  const box = await submit.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= PHONE.viewport.height, `Submit at ${box.y}–${box.y + box.height}`);
  assert.deepEqual(problems, []);
  await context.close();
});

/** Pages in a PDF, and the first page's width and height in points. */
function pdfPages(buffer) {
  const text = buffer.toString('latin1');
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(text);
  return { pages: text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0, width: Number(box?.[1]), height: Number(box?.[2]) };
}

test(
  'the assignment sheet prints on one page, and the certificate fills one landscape page, on A4 and Letter',
  { timeout: TIMEOUT },
  async () => {
    const context = await course.browser.newContext();
    const { page, problems } = await openPage(context, `${course.url}#/instructor`);
    await page.getByRole('checkbox', { name: 'Respectful' }).check();
    await page.getByLabel('Cohort name').fill('Spring cohort, Tuesday and Thursday evenings');
    await page.getByLabel('Your name').fill('Dana Lee');
    await page
      .getByLabel('Short message to trainees (optional)')
      .fill('Start with the lesson, then practice before the check. Bring questions to group.');
    await page.getByRole('button', { name: 'Create assignment link' }).click();
    await page.getByRole('img', { name: 'QR code of the assignment link' }).waitFor();
    for (const format of ['A4', 'Letter']) {
      const sheet = pdfPages(await page.pdf({ format, printBackground: true }));
      assert.equal(sheet.pages, 1, `the sheet prints on one ${format} page`);
    }
    // The QR code prints about 5 cm wide: large enough to scan from a desk.
    await page.emulateMedia({ media: 'print' });
    const qr = await page.getByRole('img', { name: 'QR code of the assignment link' }).boundingBox();
    assert.ok(qr.width >= 180, `QR code is ${qr.width} CSS px (${Math.round((qr.width / 96) * 25.4)} mm) wide in print`);
    await page.emulateMedia({ media: null });

    // The trainee passes the module, then prints the certificate.
    const link = await page.getByLabel('Assignment link').inputValue();
    await page.goto(link);
    await page.getByRole('button', { name: 'Add this assignment' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your assignment' }).waitFor();
    const id = new URL(page.url()).hash.split('/').at(-1);
    await page.goto(`${course.url}#/module/${MODULE}`);
    await readToTheEnd(page);
    await page.goto(`${course.url}#/module/${MODULE}/check`);
    await passQuiz(page, tools.banks[MODULE]);
    await page.goto(`${course.url}#/certificate?assignment=${id}`);
    await page
      .getByLabel(/Name for certificates|Your name/)
      .first()
      .fill('Alexandra Morgan-Whitfield');
    await page.getByRole('button', { name: 'Save name' }).click();
    const cert = page.getByRole('region', { name: 'Certificate of completion' });
    await cert.waitFor();
    for (const format of ['A4', 'Letter']) {
      const printed = pdfPages(await page.pdf({ format, printBackground: true, preferCSSPageSize: true }));
      assert.equal(printed.pages, 1, `the certificate prints on one ${format} page`);
      assert.ok(printed.width > printed.height, `the ${format} page is landscape (${printed.width} × ${printed.height} pt)`);
    }
    // The certificate fills the landscape page: most of its printable width and height.
    await page.emulateMedia({ media: 'print' });
    const printedBox = await cert.boundingBox();
    assert.ok(printedBox.width >= 900 && printedBox.height >= 650, `certificate prints ${printedBox.width} × ${printedBox.height} CSS px`);
    await page.emulateMedia({ media: null });

    // Its verification code never wraps, even on a phone.
    await page.setViewportSize({ width: 320, height: 700 });
    const lines = await cert.locator('.certificate-code').evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    assert.equal(lines, 1, 'the verification code is on one line at 320 px');
    assert.deepEqual(problems, []);
    await context.close();
  },
);

test('the path’s new screens have no axe violations in either theme on a phone', { timeout: TIMEOUT }, async () => {
  const link = await instructorLink();
  const context = await course.browser.newContext(PHONE);
  const { page, problems } = await openPage(context, link);
  const found = [];
  found.push(...(await axeBothThemes(page, 'assignment offered (phone)')));
  await page.getByRole('button', { name: 'Add this assignment' }).tap();
  await page.getByRole('link', { name: 'Start: Respectful' }).waitFor();
  found.push(...(await axeBothThemes(page, 'assignment, not begun (phone)')));
  await page.goto(`${course.url}#/module/${MODULE}`);
  await readToTheEnd(page);
  found.push(...(await axeBothThemes(page, 'lesson read (phone)')));
  await page.goto(`${course.url}#/module/${MODULE}/check`);
  await passQuiz(page, tools.banks[MODULE]);
  await page.getByRole('link', { name: 'Send your receipt' }).waitFor();
  found.push(...(await axeBothThemes(page, 'check results with what went well (phone)')));
  await page.goto(`${course.url}#/`);
  await page.getByText(/^1 of 10 modules passed/).waitFor();
  found.push(...(await axeBothThemes(page, 'home with module cards (phone)')));
  await page.goto(`${course.url}#/my-progress`);
  await page.getByRole('table', { name: 'Progress by module and value' }).waitFor();
  found.push(...(await axeBothThemes(page, 'my progress (phone)')));
  assert.deepEqual(found, []);
  assert.deepEqual(problems, []);
  await context.close();
});
