// The printable safety review packet in the instructor area, printed to PDF in Chromium: it
// holds every safety-tagged item with sign-off lines, prints on a sane number of pages, and
// passes axe. (Its content is held to the banks item by item in test/domain/review.)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { WCAG_TAGS } from './axe.mjs';
import { openPage, startCourse } from './harness.mjs';
import { waitForPage } from './journeys.mjs';

const TIMEOUT = 240_000;

let course;
before(async () => {
  course = await startCourse();
});
after(async () => {
  await course?.close();
});

/** Pages in a PDF: each page object is one "/Type /Page" entry (not "/Pages"). */
const countPages = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

test('the packet prints every safety item with sign-off lines for both reviewers', { timeout: TIMEOUT }, async () => {
  const context = await course.browser.newContext();
  const { page, problems } = await openPage(context, `${course.url}#/instructor/safety-review`);
  await waitForPage(page, 'Safety review packet');
  const summary = await page.getByText(/scenarios signed off by both reviewers/).innerText();
  const [, done, total] = /^(\d+) of (\d+) scenarios/.exec(summary);
  assert.equal(done, '0', 'content/reviews.json ships with no sign-offs');
  assert.equal(await page.locator('main .packet-item').count(), Number(total));
  assert.equal(await page.locator('main .packet-signoff dt').filter({ hasText: 'Licensed clinician' }).count(), Number(total));
  assert.equal(await page.locator('main .packet-signoff dt').filter({ hasText: 'Certified peer supervisor' }).count(), Number(total));
  // Every item is the same component: axe checks the page's frame and the first three items in
  // both themes (the whole 70-item page takes minutes on a busy machine).
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page })
      .withTags(WCAG_TAGS)
      .include('header')
      .include('main > article > :not(.packet-item)')
      .include('main .packet-item:nth-of-type(-n+3)')
      .analyze();
    assert.deepEqual(
      violations.map((v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      [],
    );
  }
  await page.emulateMedia({ colorScheme: 'light' });

  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-footer').isVisible(), false, 'the footer is left off the printout');
  assert.equal(await page.getByRole('button', { name: 'Print the packet' }).isVisible(), false);
  const pdf = await page.pdf({ format: 'Letter', printBackground: false });
  const pages = countPages(pdf);
  console.log(`# safety review packet: ${total} items on ${pages} US Letter pages`);
  // Every item is in the printout, at no more than a few pages each.
  assert.ok(pages >= Number(total) / 4 && pages <= Number(total) * 3, `${pages} pages for ${total} items`);
  assert.deepEqual(problems, []);
  await context.close();
});
