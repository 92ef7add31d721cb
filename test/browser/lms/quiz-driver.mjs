// Takes a module's quiz in the course UI with the best answer to every scenario, the way a
// learner would: radios and checkboxes by their option, rank items moved with Move up, branch
// decisions one at a time, then "Next scenario" / "See your results".

/** The form for the scenario now on screen (a branch shows earlier decisions above it). */
const currentForm = (frame) => frame.locator('form.question-form').last();

async function choose(frame, optionId) {
  const form = currentForm(frame);
  await form.locator(`input[value="${optionId}"]`).check();
  await form.getByRole('button', { name: /^Submit/ }).click();
}

async function rank(frame, question) {
  const form = currentForm(frame);
  const wanted = question.options.map((o) => o.text);
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

async function branch(frame, question) {
  let step = question.steps[0];
  while (step) {
    const best = step.options.find((o) => o.best) ?? step.options[0];
    await choose(frame, best.id);
    step = best.next ? question.steps.find((s) => s.id === best.next) : undefined;
  }
}

/** Answers every scenario of `questions` (in quiz order) with full credit and finishes. */
export async function passQuiz(frame, questions) {
  await frame.getByRole('button', { name: 'Start the scenarios' }).click();
  for (const [i, question] of questions.entries()) {
    await frame
      .getByText(`Scenario ${i + 1} of ${questions.length}`)
      .first()
      .waitFor();
    if (question.kind === 'single' || question.kind === 'value') await choose(frame, question.options.find((o) => o.best).id);
    else if (question.kind === 'multi') {
      const form = currentForm(frame);
      for (const o of question.options.filter((x) => x.correct)) await form.locator(`input[value="${o.id}"]`).check();
      await form.getByRole('button', { name: /^Submit/ }).click();
    } else if (question.kind === 'rank') await rank(frame, question);
    else await branch(frame, question);
    await frame.getByRole('button', { name: i === questions.length - 1 ? 'See your results' : 'Next scenario' }).click();
  }
}
