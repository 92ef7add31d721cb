// Takes a module's quiz in the course UI the way a learner would: radios and checkboxes by their
// option, rank items moved with Move up, branch decisions one at a time, then "Next scenario" /
// "See your results". Answers use the saved-answer shapes (src/domain/scoring/answers.ts).

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

/** Waits for scenario `i` (from 0) of `count`. */
export async function waitForScenario(frame, i, count) {
  await frame
    .getByText(`Scenario ${i + 1} of ${count}`)
    .first()
    .waitFor();
}

/** Moves on after answering scenario `i` of `count`: the next one, or the results. */
export async function goOn(frame, i, count) {
  await frame.getByRole('button', { name: i === count - 1 ? 'See your results' : 'Next scenario' }).click();
}

/**
 * Answers the scenarios of `questions` (in quiz order) with full credit and finishes. `from`
 * continues an attempt already under way at that scenario; `of` is the quiz's length when
 * `questions` is only its start (the learner then stops at the next scenario).
 */
export async function passQuiz(frame, questions, { from = 0, of = questions.length } = {}) {
  if (from === 0) await frame.getByRole('button', { name: 'Start the scenarios' }).click();
  for (let i = from; i < questions.length; i += 1) {
    await waitForScenario(frame, i, of);
    await answerScenario(frame, questions[i], bestAnswerOf(questions[i]));
    await goOn(frame, i, of);
  }
}
