// Steps shared by the browser tests: drive the built course the way a learner does.

/** Module ids in course order (content/course.ts), for visiting every lesson. */
export const MODULE_IDS = [
  'voluntary',
  'hopeful',
  'open-minded',
  'empathetic',
  'respectful',
  'facilitates-change',
  'honest-and-direct',
  'mutual-and-reciprocal',
  'equally-shared-power',
  'strengths-focused',
];

/** The button that starts practice, a module's mastery check or the final check. */
export const START = /^(Start practicing|Start the mastery check|Start the final check)$/;

/** The button that moves on after a scenario; the last one ends the round or submits the check. */
export const NEXT = /^(Next scenario|See your results|Submit the check)$/;

/** The last "next" of a round: practice results, or submitting a check. */
export const LAST = /^(See your results|Submit the check)$/;

/** The results heading of practice, or of a module check or the final check (whose page's h1 names it). */
export const RESULTS = /^(Practice results|Your result)$/;

/** Waits until a page's main heading is shown (every page has exactly one h1). */
export async function waitForPage(page, name) {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/**
 * Waits until the lesson of module `id` is on screen, whole: its h1 (the module's title) and its
 * text. A move between two lessons keeps the old one until the new one is ready, so waiting for
 * the text alone could pass on the page being left.
 */
export async function waitForLesson(page, id) {
  await page.getByRole('heading', { level: 1, name: new RegExp(`^${id.replaceAll('-', '[- ]')}$`, 'i') }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Learning objectives' }).waitFor();
}

/**
 * Which kind of question is on screen: rank (ordering buttons), multi (checkboxes), branch (a
 * numbered decision), value (choices are the ten values) or single.
 */
export async function questionKind(page) {
  const main = page.locator('main');
  if (await main.getByRole('button', { name: 'Submit this order' }).count()) return 'rank';
  if (await main.getByRole('checkbox').count()) return 'multi';
  const legend = (await main.locator('legend').first().textContent()) ?? '';
  if (/^Decision \d+:/.test(legend)) return 'branch';
  const labels = await main.locator('.choice').allInnerTexts();
  const values =
    /^(Voluntary|Hopeful|Open-minded|Empathetic|Respectful|Facilitates change|Honest and direct|Mutual and reciprocal|Equally shared power|Strengths-focused)$/;
  return labels.length > 0 && labels.every((l) => values.test(l.trim())) ? 'value' : 'single';
}

/**
 * Answers the question (or branch decision) on screen with the mouse, first choice, and waits
 * until the page moves on: the scenario's "Next" button, or a branch's next decision.
 */
export async function answerWithMouse(page) {
  const main = page.locator('main');
  const kind = await questionKind(page);
  const legend = await main.locator('legend').first().textContent();
  if (kind === 'multi') await main.getByRole('checkbox').first().check();
  else if (kind !== 'rank') await main.getByRole('radio').first().check();
  await main.getByRole('button', { name: /^Submit/ }).click();
  await page.waitForFunction((before) => {
    const next = [...document.querySelectorAll('main button')].some((b) =>
      /^(Next scenario|See your results|Submit the check)$/.test(b.textContent ?? ''),
    );
    const now = document.querySelector('main legend')?.textContent;
    return next || (now !== undefined && now !== before);
  }, legend);
  return kind;
}

/** The "Next scenario" / "See your results" / "Submit the check" button, once the current scenario is done. */
export function nextButton(page) {
  return page.locator('main').getByRole('button', { name: NEXT });
}

/**
 * Takes a whole practice round or check by mouse from its intro to the results, calling
 * `onQuestion(kind, phase)` before and after each answer (phase 'before' | 'after') so tests can
 * inspect every state.
 */
export async function takeQuiz(page, onQuestion = async () => {}) {
  await page.getByRole('button', { name: START }).click();
  // A generous bound (an answer and a "Next" per scenario, more for branches) that stops a
  // stuck quiz without assuming the bank's size.
  for (let guard = 0; guard < 200; guard++) {
    const next = nextButton(page);
    if (await next.count()) {
      const isLast = LAST.test(await next.innerText());
      await next.click();
      if (isLast) break;
      continue;
    }
    await page.locator('main form').first().waitFor();
    const kind = await questionKind(page);
    await onQuestion(kind, 'before');
    await answerWithMouse(page);
    if (await nextButton(page).count()) await onQuestion(kind, 'after');
  }
  await page.getByRole('heading', { level: 2, name: RESULTS }).waitFor();
}
