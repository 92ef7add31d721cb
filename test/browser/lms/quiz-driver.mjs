// Takes a module's mastery check (or practice) in the course UI with the best answer to every
// scenario, the way a learner would: radios and checkboxes by their option, rank items moved
// with Move up, branch decisions one at a time, then "Next scenario" / "Submit the check".

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

/**
 * Starts the check (or practice) on screen and answers every scenario it presents with full
 * credit, finding each in `bank` by its title (a check's form is drawn at random), then submits.
 * Returns the ids answered, in order.
 */
export async function passQuiz(frame, bank) {
  await frame.getByRole('button', { name: /^(Start practicing|Start the mastery check|Start the final check)$/ }).click();
  const answered = [];
  for (let i = 0; ; i += 1) {
    const progress = frame.getByText(new RegExp(`^Scenario ${i + 1} of \\d+$`)).first();
    await progress.waitFor();
    const total = Number((await progress.innerText()).split(' of ')[1]);
    const title = (await frame.locator('.scenario h2').first().innerText()).trim();
    const question = bank.find((q) => q.title.trim() === title);
    if (!question) throw new Error(`No scenario titled "${title}" in the bank`);
    answered.push(question.id);
    if (question.kind === 'single' || question.kind === 'value') await choose(frame, question.options.find((o) => o.best).id);
    else if (question.kind === 'multi') {
      const form = currentForm(frame);
      for (const o of question.options.filter((x) => x.correct)) await form.locator(`input[value="${o.id}"]`).check();
      await form.getByRole('button', { name: /^Submit/ }).click();
    } else if (question.kind === 'rank') await rank(frame, question);
    else await branch(frame, question);
    const isLast = i === total - 1;
    await frame.getByRole('button', { name: isLast ? /^(See your results|Submit the check)$/ : 'Next scenario' }).click();
    if (isLast) return answered;
  }
}
