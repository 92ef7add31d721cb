// What the LMS receives while a learner works, read back from scorm-again (SCORM 1.2 and 2004)
// playing the LMS: every answer is committed within a few seconds, so a device that dies
// mid-quiz loses at most the answer being given; each answer is an interaction in the version's
// format; objectives move during the first session; there is no score before the course is done.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, startLms } from './lms/lms-harness.mjs';
import { answerScenario, bestAnswerOf, goOn, passQuiz, scenarioOnScreen } from './lms/quiz-driver.mjs';
import { loadSeedTools } from './lms/seed.mjs';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

const V = {
  1.2: { status: 'cmi.objectives.0.status', score: 'cmi.core.score.raw', location: 'cmi.core.lesson_location' },
  2004: { status: 'cmi.objectives.0.completion_status', score: 'cmi.score.raw', location: 'cmi.location' },
};
const returning = (version, location, suspend) =>
  version === '1.2'
    ? { core: { entry: 'resume', lesson_location: location, lesson_status: 'incomplete' }, suspend_data: suspend }
    : { entry: 'resume', location, completion_status: 'incomplete', suspend_data: suspend };

let tools;
let lms;
before(async () => {
  tools = await loadSeedTools();
  lms = await startLms(tools.course);
});
after(async () => {
  await lms?.close();
});

/** Answers in the open voluntary attempt of some suspend data. */
function openAnswers(suspend) {
  const restored = tools.decodeSuspendData(suspend ?? '', tools.banks);
  return restored.progress.attempts.find((a) => a.quizId === 'voluntary' && !a.finishedAt)?.answers ?? {};
}

/** Waits until the LMS has committed `n` answers of the open voluntary attempt. */
async function waitForCommittedAnswers(s, n) {
  const until = Date.now() + 10_000;
  for (;;) {
    const committed = await s.committed();
    if (Object.keys(openAnswers(committed?.['cmi.suspend_data'])).length >= n) return committed;
    if (Date.now() > until) throw new Error(`The LMS never committed ${n} answers.`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** A learner's own choices, unlike the best ones: the last option, a set, the reverse order, the first path. */
function ownAnswer(question) {
  switch (question.kind) {
    case 'single':
    case 'value':
      return { kind: question.kind, optionId: question.options.at(-1).id };
    case 'multi':
      return { kind: 'multi', optionIds: question.options.filter((o) => o.correct).map((o) => o.id) };
    case 'rank':
      return { kind: 'rank', order: question.options.map((o) => o.id).reverse() };
    default: {
      const path = [];
      for (let step = question.steps[0]; step; step = question.steps.find((s) => s.id === step.options[0].next))
        path.push(step.options[0].id);
      return { kind: 'branch', path };
    }
  }
}

for (const version of ['1.2', '2004']) {
  const v = V[version];

  test(`SCORM ${version}: a device that dies mid-quiz loses at most the answer being given`, async () => {
    const bank = tools.banks.voluntary;
    const s = await launch(lms, { version, popup: true });
    await s.frame.getByRole('link', { name: 'Practice Voluntary scenarios' }).click();
    await s.frame.getByRole('button', { name: 'Start practicing' }).click();
    const given = [];
    for (let i = 0; i < 4; i += 1) {
      const { question, total } = await scenarioOnScreen(s.frame, bank, i);
      given.push([question.id, bestAnswerOf(question)]);
      await answerScenario(s.frame, question, bestAnswerOf(question));
      if (i === 3) break;
      // A learner reads each scenario for longer than the commit gap.
      await waitForCommittedAnswers(s, i + 1);
      await goOn(s.frame, i, total);
    }
    // The first session already shows the module begun, and no score.
    const during = await s.committed();
    assert.equal(during[v.status], 'incomplete');
    assert.equal(during[v.score], '');
    // The device dies: from this moment the LMS receives nothing, and the window goes. (Chromium
    // still runs pagehide when a page is closed, even without beforeunload, and the course would
    // save there: the freeze, not the close, is what stands for the crash.)
    await s.freeze();
    await s.popup.close({ runBeforeUnload: false });
    const committed = await s.committed();
    const kept = openAnswers(committed['cmi.suspend_data']);
    // (A set of choices is kept in the order the course lists them, not the order they were ticked.)
    const normal = (a) => (a?.kind === 'multi' ? { ...a, optionIds: [...a.optionIds].sort() } : a);
    for (const [id, answer] of given.slice(0, -1)) assert.deepEqual(normal(kept[id]), normal(answer), id);
    await s.close();

    const again = await launch(lms, { version, cmi: returning(version, committed[v.location], committed['cmi.suspend_data']) });
    const resumedAt = Object.keys(kept).length;
    assert.ok(resumedAt >= given.length - 1);
    await scenarioOnScreen(again.frame, bank, resumedAt);
    assert.deepEqual(again.problems, []);
    await again.close();
  });

  test(`SCORM ${version}: each answer is one interaction, read back in the version’s format`, async () => {
    const bank = tools.banks.voluntary;
    const s = await launch(lms, { version, pkg: 'voluntary' });
    await s.frame.getByRole('link', { name: 'Practice with scenarios' }).click();
    // Practice: every kind of scenario, answered as this learner chooses; each written as given.
    const practiced = await passQuiz(s.frame, bank, { answer: ownAnswer });
    await s.frame.getByRole('link', { name: 'Take the mastery check' }).click();
    // The check: written when it is submitted, in the form's order.
    const checked = await passQuiz(s.frame, bank);
    await s.frame.getByRole('heading', { name: 'Your result' }).waitFor();
    const byId = (id) => bank.find((q) => q.id === id);
    const expected = [
      ...practiced.flatMap((id) => expectedRecords('practice', byId(id), ownAnswer(byId(id)))),
      ...checked.flatMap((id) => expectedRecords('check', byId(id), bestAnswerOf(byId(id)))),
    ];
    const cmi = await waitForInteractions(s, expected.length);
    assert.equal(cmi[`cmi.interactions.${expected.length}.id`], undefined, 'one interaction per answer, no more');
    for (const [n, want] of expected.entries()) {
      const got = interaction(cmi, n);
      assert.equal(got.id, want.id);
      assert.equal(got.type, want.type);
      assert.equal(got['objectives.0.id'], 'voluntary');
      assert.equal(got.weighting, '1');
      assert.equal(got.result, want.result[version], want.id);
      if (version === '1.2') {
        assert.equal(got['correct_responses.0.pattern'], want.pattern12, want.id);
        assert.deepEqual(sorted(got.student_response, want.type), sorted(want.response12, want.type), want.id);
        assert.match(got.time, /^\d\d:\d\d:\d\d$/);
        assert.match(got.latency, /^\d{2,4}:\d\d:\d\d(\.\d{1,2})?$/);
      } else {
        assert.equal(got['correct_responses.0.pattern'], want.pattern2004, want.id);
        assert.deepEqual(sorted(got.learner_response, want.type, '[,]'), sorted(want.response2004, want.type, '[,]'), want.id);
        assert.equal(got.description, want.title);
        assert.match(got.timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\dZ$/);
        assert.match(got.latency, /^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
      }
    }
    assert.deepEqual(s.problems, []);
    await s.close();
  });
}

/** Reads interaction `n` from a flattened data model. */
function interaction(cmi, n) {
  const prefix = `cmi.interactions.${n}.`;
  return Object.fromEntries(
    Object.entries(cmi)
      .filter(([k]) => k.startsWith(prefix))
      .map(([k, value]) => [k.slice(prefix.length), String(value)]),
  );
}

async function waitForInteractions(s, count) {
  const until = Date.now() + 10_000;
  for (;;) {
    const cmi = await s.cmi();
    if (cmi[`cmi.interactions.${count - 1}.result`] !== undefined) return cmi;
    if (Date.now() > until) throw new Error(`Only ${Object.keys(cmi).filter((k) => /\.id$/.test(k)).length} interactions arrived.`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** A set response's items in a fixed order; a sequence as it is. */
const sorted = (text, type, sep = ',') => (type === 'sequencing' ? text : text.replace(/[{}]/g, '').split(sep).sort().join(sep));

/** SCORM's result for a share of credit: a word for all or nothing, else the share (two places, down). */
function outcome(credit) {
  if (credit >= 1 - 1e-9) return { 1.2: 'correct', 2004: 'correct' };
  if (credit <= 1e-9) return { 1.2: 'wrong', 2004: 'incorrect' };
  const share = String(Math.floor(credit * 100) / 100);
  return { 1.2: share, 2004: share };
}

/** What the LMS must hold for one answer, worked out here from the bank (not by the course's code). */
function expectedRecords(mode, q, answer) {
  const letter = (options, id) => LETTERS[options.findIndex((o) => o.id === id)];
  const both = (options, chosen, right) => ({
    pattern12: right.map((id) => letter(options, id)).join(','),
    response12: chosen.map((id) => letter(options, id)).join(','),
    pattern2004: right.join('[,]'),
    response2004: chosen.join('[,]'),
  });
  if (q.kind === 'branch') {
    const out = [];
    let step = q.steps[0];
    for (const id of answer.path) {
      const option = step.options.find((o) => o.id === id);
      const best = step.options.find((o) => o.best);
      const record = { id: `${mode}_${q.id}_${step.id}`, type: 'choice', title: q.title, result: outcome(option.best ? 1 : 0) };
      out.push({ ...record, ...both(step.options, [id], [best.id]) });
      step = q.steps.find((s) => s.id === option.next);
    }
    return out;
  }
  const base = { id: `${mode}_${q.id}`, title: q.title };
  if (q.kind === 'rank') {
    // Rank options are authored in the keyed order; credit falls with each place out of it.
    const ids = q.options.map((o) => o.id);
    const distance = answer.order.reduce((sum, id, place) => sum + Math.abs(place - ids.indexOf(id)), 0);
    const credit = 1 - distance / Math.floor((ids.length * ids.length) / 2);
    return [{ ...base, type: 'sequencing', result: outcome(credit), ...both(q.options, answer.order, ids) }];
  }
  if (q.kind === 'multi') {
    const right = q.options.filter((o) => o.correct).map((o) => o.id);
    const hits = answer.optionIds.filter((id) => right.includes(id)).length;
    const credit = Math.max(0, hits - (answer.optionIds.length - hits)) / right.length;
    const record = { ...base, type: 'choice', result: outcome(credit), ...both(q.options, answer.optionIds, right) };
    // A set whose order does not matter is braced in 1.2.
    return [{ ...record, pattern12: right.length > 1 ? `{${record.pattern12}}` : record.pattern12 }];
  }
  const best = q.options.find((o) => o.best);
  return [
    { ...base, type: 'choice', result: outcome(answer.optionId === best.id ? 1 : 0), ...both(q.options, [answer.optionId], [best.id]) },
  ];
}
