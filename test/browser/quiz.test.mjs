// The respectful module's quiz, completed end to end on the built course in real Chromium.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openPage, startCourse } from './harness.mjs';

let course;
before(async () => {
  course = await startCourse();
});
after(async () => {
  await course?.close();
});

const ACTIONS = /^(Next scenario|See your results|Submit answer|Submit this order)$/;

/** Answers whatever the current screen asks (the first response each time) and moves on. */
async function step(page) {
  await page.getByRole('button', { name: ACTIONS }).first().waitFor();
  const next = page.getByRole('button', { name: /^(Next scenario|See your results)$/ });
  if (await next.count()) {
    await next.click();
    return;
  }
  if (await page.getByRole('button', { name: 'Submit this order' }).count()) {
    await page.getByRole('button', { name: 'Move down' }).first().press('Enter');
    await page.getByRole('button', { name: 'Submit this order' }).click();
  } else if (await page.getByRole('checkbox').count()) {
    await page.getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Submit answer' }).click();
  } else {
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Submit answer' }).press('Enter');
  }
  // The quiz's live region announces the verdict after every submit.
  await page
    .getByRole('status')
    .filter({ hasText: /^(Correct|Not quite|Partly right|Best choice|Not the best choice)\b/ })
    .waitFor();
}

test('completes the Respectful quiz and sees the results with a percent and the per-value table', async () => {
  const context = await course.browser.newContext();
  const { page, problems } = await openPage(context, `${course.url}#/module/respectful/quiz`);
  await page.getByRole('heading', { level: 1, name: 'Respectful: practice scenarios' }).waitFor();
  await page.getByRole('button', { name: 'Start the scenarios' }).click();
  const progress = await page.getByText(/^Scenario 1 of \d+$/).innerText();
  const total = Number(progress.split(' of ')[1]);
  assert.ok(total >= 3, `expected a real bank, found ${total} scenarios`);
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H2');

  const results = page.getByRole('heading', { level: 2, name: 'Your results' });
  for (let i = 0; i < total * 4 && !(await results.count()); i++) await step(page);
  await results.waitFor();

  await page.getByText(/You scored \d+%\. Passed\.|Not yet: \d+% \(pass mark 80%\)/).waitFor();
  const table = page.getByRole('table', { name: 'Score by value' });
  assert.match(await table.getByRole('row', { name: /Respectful/ }).innerText(), /Respectful\s+[\d.]+ of \d+\s+\d+%/);
  // The bank's "which value?" items key other values too, so the chart names every value scored.
  await page.getByRole('img', { name: /^Bar chart of your score by value: (.+, )?Respectful \d+%(, .+)?\.$/ }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Your results');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a reload in the middle of the quiz resumes at the first unanswered scenario', async () => {
  const context = await course.browser.newContext();
  const { page, problems } = await openPage(context, `${course.url}#/module/respectful/quiz`);
  await page.getByRole('button', { name: 'Start the scenarios' }).click();
  await page.getByText(/^Scenario 1 of \d+$/).waitFor();
  const first = await page.getByRole('heading', { level: 2 }).innerText();
  // Answer scenario 1 fully (a branch takes more than one decision), then reload.
  while (!(await page.getByRole('button', { name: /^(Next scenario|See your results)$/ }).count())) await step(page);
  await page.reload();
  await page.getByText(/^Scenario 2 of \d+$/).waitFor();
  assert.notEqual(await page.getByRole('heading', { level: 2 }).first().innerText(), first);
  assert.deepEqual(problems, []);
  await context.close();
});
