// Takes a module's mastery check (or practice) in the course UI the way a learner would: radios
// and checkboxes by their option, rank items moved with Move up, branch decisions one at a time,
// then "Next scenario" / "See your results" / "Submit the check". Each scenario on screen is found
// in the bank by its title (a check's form is drawn at random). Answers use the saved-answer
// shapes (src/domain/scoring/answers.ts).

/** The button that starts practice, a module's mastery check or the final check. */
const START = /^(Start practicing|Start the mastery check|Start the final check)$/;

/** The form for the scenario now on screen (a branch shows earlier decisions above it). */
const currentForm = (frame) => frame.locator('form.question-form').last();

async function choose(frame, optionId) {
  const form = currentForm(frame);
  await form.locator(`input[value="${optionId}"]`).check();
  await form.getByRole('button', { name: /^Submit/ }).click();
}

async function rank(frame, question, order) {
  const form = currentForm(frame);
  const wanted = order.map((id) => question.options.find((o) => o.id === id)?.text ?? id);
  for (let place = 0; place < wanted.length; place += 1) {
    const shown = await form.locator('.rank-text').allInnerTexts();
    const from = shown.findIndex((text) => text.trim() === wanted[place]?.trim());
    if (from < 0) throw new Error(`Rank item not found for ${question.id}`);
    for (let i = from; i > place; i -= 1)
      await form
        .locator('li.rank-item')
        .nth(i)
        .getByRole('button', { name: /^Move up/ })
        .click();
  }
  await form.getByRole('button', { name: 'Submit this order' }).click();
}

/** The answer that earns full credit. */
export function bestAnswerOf(question) {
  switch (question.kind) {
    case 'single':
    case 'value':
      return { kind: question.kind, optionId: question.options.find((o) => o.best).id };
    case 'multi':
      return { kind: 'multi', optionIds: question.options.filter((o) => o.correct).map((o) => o.id) };
    case 'rank':
      return { kind: 'rank', order: question.options.map((o) => o.id) };
    default: {
      const path = [];
      let step = question.steps[0];
      while (step) {
        const best = step.options.find((o) => o.best) ?? step.options[0];
        path.push(best.id);
        step = best.next ? question.steps.find((s) => s.id === best.next) : undefined;
      }
      return { kind: 'branch', path };
    }
  }
}

/** Gives `answer` to `question`, which is on screen. */
export async function answerScenario(frame, question, answer) {
  if (answer.kind === 'single' || answer.kind === 'value') await choose(frame, answer.optionId);
  else if (answer.kind === 'multi') {
    const form = currentForm(frame);
    for (const id of answer.optionIds) await form.locator(`input[value="${id}"]`).check();
    await form.getByRole('button', { name: /^Submit/ }).click();
  } else if (answer.kind === 'rank') await rank(frame, question, answer.order);
  else for (const id of answer.path) await choose(frame, id);
}

/** Waits for scenario `i` (from 0) and finds it in `bank`; also says how many the round has. */
export async function scenarioOnScreen(frame, bank, i) {
  const progress = frame.getByText(new RegExp(`^Scenario ${i + 1} of \\d+$`)).first();
  await progress.waitFor();
  const total = Number((await progress.innerText()).split(' of ')[1]);
  const title = (await frame.locator('.scenario h2').first().innerText()).trim();
  const question = bank.find((q) => q.title.trim() === title);
  if (!question) throw new Error(`No scenario titled "${title}" in the bank`);
  return { question, total };
}

/** Moves on after answering scenario `i` of `total`: the next one, or the results (submitting a check). */
export async function goOn(frame, i, total) {
  await frame.getByRole('button', { name: i === total - 1 ? /^(See your results|Submit the check)$/ : 'Next scenario' }).click();
}

/**
 * Answers the scenarios on screen from scenario `from` on (full credit unless `answer` picks
 * otherwise) and finishes; with `stopAfter`, stops once that scenario is answered, without moving
 * on. Returns the ids answered, in order.
 */
export async function continueQuiz(frame, bank, { from = 0, answer = bestAnswerOf, stopAfter = Number.POSITIVE_INFINITY } = {}) {
  const answered = [];
  for (let i = from; ; i += 1) {
    const { question, total } = await scenarioOnScreen(frame, bank, i);
    answered.push(question.id);
    await answerScenario(frame, question, answer(question));
    if (i === stopAfter) return answered;
    await goOn(frame, i, total);
    if (i === total - 1) return answered;
  }
}

/** Starts the check (or practice) on screen and answers every scenario it presents: see continueQuiz. */
export async function passQuiz(frame, bank, options = {}) {
  await frame.getByRole('button', { name: START }).click();
  return continueQuiz(frame, bank, options);
}
