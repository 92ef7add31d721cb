// A keyboard-only journey on the built course (no mouse at all): an instructor builds an
// assignment; a trainee adds it, reads the lesson, takes the whole quiz, reviews it and exports
// a receipt. After every key, focus must be visible and never lost to <body>.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openPage, startCourse } from './harness.mjs';
import { LAST, NEXT, questionKind, waitForPage } from './journeys.mjs';
import { assertFocusVisible, press, tabTo } from './keyboard.mjs';

/** A stuck browser or server fails the test instead of hanging CI. */
const TIMEOUT = 180_000;

let course;
before(async () => {
  course = await startCourse();
});
after(async () => {
  await course?.close();
});

/** Answers the scenario on screen with keys only: arrows and Space to choose, Enter to submit. */
async function answerWithKeyboard(page) {
  const kind = await questionKind(page);
  if (kind === 'rank') {
    await tabTo(page, /^Move down:/);
    await press(page, 'Enter', 'moving a response down');
    await announced(page, /^Moved '.+' to position 2 of \d+\.$/);
    await tabTo(page, /^Submit this order$/);
  } else if (kind === 'multi') {
    await tabTo(page, (s) => s.type === 'checkbox');
    await press(page, 'Space', 'ticking a response');
    await tabTo(page, /^Submit answer$/);
  } else {
    await tabTo(page, (s) => s.type === 'radio');
    await press(page, 'ArrowDown', 'choosing with an arrow key');
    await tabTo(page, /^Submit answer$/);
  }
  await press(page, 'Enter', `submitting a ${kind} answer`);
  // The quiz's polite live region says how the answer went (or, mid-branch, what comes next).
  await announced(page, /(Best choice|Not the best choice|best response|credit|Correct|Not quite|See what happens next)/i);
  return kind;
}

/** Waits until the quiz's polite live region says `text`. */
async function announced(page, text) {
  await page.locator('main .quiz-runner > [role="status"]').filter({ hasText: text }).waitFor({ timeout: 3000 });
}

/** Creates an assignment for the Voluntary module on the instructor page; returns its link. */
async function buildAssignmentByKeyboard(page) {
  await page.goto(`${course.url}#/instructor`);
  await waitForPage(page, 'Assign modules');
  await tabTo(page, (s) => s.type === 'checkbox' && s.name === 'Voluntary');
  await press(page, 'Space', 'choosing a module');
  await tabTo(page, /^Cohort name$/);
  await page.keyboard.type('Spring cohort');
  await tabTo(page, /^Your name$/);
  await page.keyboard.type('Sam Rivera');
  await tabTo(page, /^Create assignment link$/);
  await press(page, 'Enter', 'creating the link');
  return page.getByLabel('Assignment link').inputValue();
}

test('keyboard only: assign, read, take a whole quiz, review it and export a receipt', { timeout: TIMEOUT }, async () => {
  const context = await course.browser.newContext({ acceptDownloads: true });
  const { page, problems } = await openPage(context);
  const link = await buildAssignmentByKeyboard(page);

  // The trainee opens the link (from an email) and adds the assignment.
  await page.goto(link);
  await waitForPage(page, 'An assignment for you');
  await tabTo(page, /^Add this assignment$/);
  await press(page, 'Enter', 'adding the assignment');
  await waitForPage(page, 'Your assignment');
  const assignmentUrl = page.url();

  // Read the lesson.
  await tabTo(page, /^Voluntary$/);
  await press(page, 'Enter', 'opening the lesson');
  await waitForPage(page, 'Voluntary');
  // The lesson body arrives after the heading; until it does, Tab would reach the footer's
  // links and buttons, which the arriving lesson then pushes off screen.
  await page.getByRole('heading', { level: 2, name: 'Learning objectives' }).waitFor();
  // Tabbing through the lesson reaches its end, which records it as read.
  await tabTo(page, /^Practice with scenarios$/, 200);
  await page.getByText('You have finished reading this lesson.').waitFor();
  await press(page, 'Enter', 'opening the quiz');
  await waitForPage(page, 'Voluntary: practice scenarios');

  // The whole quiz.
  await tabTo(page, /^Start practicing$/);
  await press(page, 'Enter', 'starting the quiz');
  const kinds = new Set();
  // Each scenario takes an answer and a "Next" (a branch one answer per decision): a generous
  // bound that stops a stuck quiz without assuming the bank's size.
  for (let guard = 0; guard < 200; guard++) {
    const next = page.getByRole('button', { name: NEXT });
    if (await next.count()) {
      const isLast = LAST.test(await next.innerText());
      await tabTo(page, NEXT);
      await press(page, 'Enter', isLast ? 'opening the results' : 'going to the next scenario');
      if (isLast) break;
      continue;
    }
    kinds.add(await answerWithKeyboard(page));
  }
  assert.deepEqual([...kinds].sort(), ['branch', 'multi', 'rank', 'single', 'value']);
  await page.getByRole('heading', { name: 'Practice results' }).waitFor();

  // Review it.
  await tabTo(page, /^Review all your answers$/);
  await press(page, 'Enter', 'opening the review');
  await assertFocusVisible(page, 'the review opening');

  // Export a receipt from the assignment page.
  await page.goto(assignmentUrl);
  await waitForPage(page, 'Your assignment');
  await tabTo(page, /^Your name/);
  await page.keyboard.type('Alex Doe');
  await tabTo(page, /^Send to your instructor$/);
  // This Chromium cannot share files: focus moves to the other ways to send.
  await press(page, 'Enter', 'sending the receipt');
  await page.getByText(/This browser cannot share files/).waitFor();
  await tabTo(page, /^Download receipt file$/);
  const download = page.waitForEvent('download');
  await press(page, 'Enter', 'downloading the receipt');
  assert.match((await download).suggestedFilename(), /^receipt-alex-doe-.*\.txt$/);
  assert.deepEqual(problems, []);
  await context.close();
});
