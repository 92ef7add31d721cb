// The whole instructor loop on the built course, served from a sub-path with no server logic:
// an instructor makes a link → a trainee (another browser profile) adds it, completes the
// module and downloads a receipt → the instructor imports it; a renamed copy is flagged as tampered
// and as a replay, and the certificate is confirmed against the instructor's own assignment.
// Script-like text in every field must show as text and never run.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, test } from 'node:test';
import { openPage, startCourse } from './harness.mjs';

const XSS = '<img src=x onerror="window.hacked=1">';
const ACTIONS = /^(Next scenario|See your results|Submit the check|Submit answer|Submit this order)$/;

let course;
before(async () => {
  course = await startCourse();
});
after(async () => {
  await course?.close();
});

/** Answers whatever the quiz asks (the first response each time) and moves on. */
async function step(page) {
  await page.getByRole('button', { name: ACTIONS }).first().waitFor();
  const next = page.getByRole('button', { name: /^(Next scenario|See your results|Submit the check)$/ });
  if (await next.count()) return next.click();
  if (await page.getByRole('button', { name: 'Submit this order' }).count())
    return page.getByRole('button', { name: 'Submit this order' }).click();
  if (await page.getByRole('checkbox').count()) await page.getByRole('checkbox').first().check();
  else await page.getByRole('radio').first().check();
  await page.getByRole('button', { name: 'Submit answer' }).click();
}

/** The instructor builds an assignment of one module with hostile text in every field. */
async function createLink(page) {
  await page.getByRole('link', { name: 'Instructors' }).click();
  await page.getByRole('heading', { level: 1, name: 'Assign modules' }).waitFor();
  await page.getByRole('checkbox', { name: 'Respectful' }).check();
  // Pass mark 0: any finished attempt passes, so the test need not know the best answers.
  await page.getByLabel('Pass mark (optional, %)').fill('0');
  await page.getByLabel('Due date (optional)').fill('2099-12-31');
  await page.getByLabel('Cohort name').fill(`Cohort ${XSS}`);
  await page.getByLabel('Your name').fill(XSS);
  await page.getByLabel('Short message to trainees (optional)').fill(`<script>window.hacked=1</script>\n${XSS}`);
  await page.getByRole('button', { name: 'Create assignment link' }).click();
  await page.getByRole('img', { name: 'QR code of the assignment link' }).waitFor();
  return page.getByLabel('Assignment link').inputValue();
}

/** The trainee adds the assignment, reads the lesson, finishes the quiz and downloads a receipt. */
async function completeAssignment(page, link) {
  await page.goto(link);
  await page.getByRole('heading', { level: 1, name: 'An assignment for you' }).waitFor();
  await page.getByText(XSS, { exact: true }).first().waitFor();
  assert.equal(await page.locator('main script, main img').count(), 0);
  await page.getByRole('button', { name: 'Add this assignment' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your assignment' }).waitFor();
  const assignmentUrl = page.url();
  await page.getByRole('link', { name: 'Start: Respectful' }).click();
  // Reaching the lesson's end records it as read.
  await page.getByRole('heading', { level: 2, name: 'Ready to practice?' }).waitFor();
  await page.locator('.lesson-end').scrollIntoViewIfNeeded();
  await page.getByText('You have finished reading this lesson.').waitFor();
  await page.getByRole('link', { name: 'Take the mastery check' }).click();
  await page.getByRole('button', { name: 'Start the mastery check' }).click();
  const results = page.getByRole('heading', { level: 2, name: 'Your result' });
  for (let i = 0; i < 80 && !(await results.count()); i++) await step(page);
  await results.waitFor();
  await page.goto(assignmentUrl);
  await page.getByText('1 of 1 module passed').waitFor();
  await page.getByLabel(/Your name/).fill(`Trainee ${XSS}`);
  // This Chromium cannot share files, so sending falls back to email, copy and download.
  await page.getByRole('button', { name: 'Send to your instructor' }).click();
  await page.getByText(/This browser cannot share files/).waitFor();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download receipt file' }).click();
  return { text: await readFile(await (await download).path(), 'utf8'), assignmentUrl };
}

test('instructor link → trainee completes and sends a receipt → instructor sees it; a tampered copy is flagged', async () => {
  const instructor = await course.browser.newContext();
  const trainee = await course.browser.newContext();
  const teach = await openPage(instructor, course.url);
  const learn = await openPage(trainee, course.url);

  const link = await createLink(teach.page);
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/course\/v1\/(index\.html)?#\/assign\/v1\./);
  const { text: receipt, assignmentUrl } = await completeAssignment(learn.page, link);
  console.log(`sample receipt (1 module, 1 attempt): ${Buffer.byteLength(receipt)} bytes`);

  // The file is a few lines of words and the receipt's code; the renamed copy is sent the older
  // way, as a JSON receipt file, which the roster still reads.
  const receiptCode = /PSVR2\.([A-Za-z0-9_-]+)/.exec(receipt);
  assert.ok(receiptCode, 'the receipt file holds a receipt code');
  const tampered = JSON.parse(Buffer.from(receiptCode[1], 'base64url').toString('utf8'));
  tampered.learner = 'Someone Else';
  await teach.page.getByRole('link', { name: 'Instructors' }).click();
  await teach.page.getByRole('link', { name: 'Open the roster' }).click();
  await teach.page.getByLabel('Receipt files').setInputFiles([
    { name: 'receipt.txt', mimeType: 'text/plain', buffer: Buffer.from(receipt) },
    { name: 'tampered.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(tampered)) },
    { name: 'junk.json', mimeType: 'application/json', buffer: Buffer.from('{"not":"a receipt"}') },
  ]);
  await teach.page.getByText('2 receipts added. 1 refused:').waitFor();
  const table = teach.page.getByRole('table', { name: 'Roster: 2 trainees' });
  const good = table.getByRole('row', { name: /^Trainee/ });
  assert.match(await good.innerText(), /Your assignment[\s\S]*Passed[\s\S]*On time/);
  assert.match(await good.innerText(), new RegExp(`Trainee ${XSS.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  // The renamed copy carries the trainee's own attempts under another name: a replay, flagged on both.
  const copy = table.getByRole('row', { name: /^Someone Else/ });
  assert.match(await copy.innerText(), /Checksum failed[\s\S]*Replay: 1 attempt in this receipt also appears in a receipt from Trainee/);
  assert.match(await good.innerText(), /Replay: 1 attempt in this receipt also appears in a receipt from Someone Else\./);
  assert.equal(await teach.page.locator('main table img, main table script').count(), 0);
  await copy.getByRole('button', { name: /^Remove Someone Else's latest receipt/ }).click();
  const after = teach.page.getByRole('table', { name: 'Roster: 1 trainee' });
  assert.match(await after.getByRole('row', { name: /^Trainee/ }).innerText(), /No problems found in this self-reported receipt/);

  // The certificate is one printed page on A4 and on Letter, and its code checks out in the roster.
  await learn.page.goto(assignmentUrl);
  await learn.page.getByRole('link', { name: 'View your certificate' }).click();
  const cert = learn.page.getByRole('region', { name: 'Certificate of completion' });
  const code = (await cert.locator('.certificate-code').innerText()).trim();
  for (const format of ['A4', 'Letter']) {
    const pdf = (await learn.page.pdf({ format, printBackground: true, preferCSSPageSize: true })).toString('latin1');
    assert.equal(pdf.match(/\/Type\s*\/Page[^s]/g)?.length, 1, `certificate prints on one ${format} page`);
  }
  await teach.page.getByLabel('Verification code from the certificate').fill(code);
  await teach.page.getByRole('button', { name: 'Check code' }).click();
  await teach.page.getByText(/^Certificate confirmed: it matches a receipt that passed every module/).waitFor();

  for (const page of [teach.page, learn.page]) assert.equal(await page.evaluate(() => window.hacked), undefined);
  assert.deepEqual(teach.problems, []);
  assert.deepEqual(learn.problems, []);
  await instructor.close();
  await trainee.close();
});

test('a damaged assignment link explains itself and changes nothing', async () => {
  const context = await course.browser.newContext();
  const { page, problems } = await openPage(context, course.url);
  const link = await createLink(page);
  await page.goto(link.slice(0, -3));
  await page
    .getByRole('alert')
    .getByText(/Nothing was changed/)
    .waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('psv-progress')?.includes('"assignments":[{') ?? false), false);
  assert.deepEqual(problems, []);
  await context.close();
});
