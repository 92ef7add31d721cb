// The SCORM packages as an LMS runs them: the built zips unpacked and launched in an iframe by a
// test LMS (scorm-again playing the LMS, SCORM 1.2 and 2004) from one origin, in real Chromium.
// Every result is read back from the LMS's data model, not from events.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, startLms, waitForCommitted, waitForLog } from './lms/lms-harness.mjs';
import { continueQuiz, goOn, passQuiz } from './lms/quiz-driver.mjs';
import { loadSeedTools } from './lms/seed.mjs';

const V = {
  1.2: {
    commit: 'LMSCommit',
    finish: 'LMSFinish',
    set: 'LMSSetValue',
    location: 'cmi.core.lesson_location',
    exit: 'cmi.core.exit',
    time: 'cmi.core.session_time',
  },
  2004: { commit: 'Commit', finish: 'Terminate', set: 'SetValue', location: 'cmi.location', exit: 'cmi.exit', time: 'cmi.session_time' },
};
const count = (log, name) => log.filter(([call]) => call === name).length;
/** A returning learner's record in each version's CMI JSON. */
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

for (const version of ['1.2', '2004']) {
  const v = V[version];

  test(`SCORM ${version}: a one-module package is that course, end to end: no score until it is passed, then 100`, async () => {
    const s = await launch(lms, { version, pkg: 'voluntary' });
    await s.frame.getByRole('heading', { level: 1, name: 'Voluntary' }).waitFor();
    await s.frame.getByText(/^Module 1 of 1 · about \d+ minutes$/).waitFor();
    const first = await waitForCommitted(s, (c) => c !== null);
    assert.equal(version === '1.2' ? first['cmi.core.lesson_status'] : first['cmi.completion_status'], 'incomplete');
    // Opening the lesson begins the module: its objective moves in this first session.
    assert.equal(first[version === '1.2' ? 'cmi.objectives.0.status' : 'cmi.objectives.0.completion_status'], 'incomplete');
    await s.frame.locator('.lesson-end').scrollIntoViewIfNeeded(); // reaching the end records reading
    await s.frame.getByText('You have finished reading this lesson.').waitFor();
    await waitForCommitted(s, (c) => (c['cmi.suspend_data'] ?? '').includes('"r":{"voluntary"'));
    await s.frame.getByRole('link', { name: 'Take the mastery check' }).click();
    const bank = tools.banks.voluntary;
    // Three of the check's four scenarios answered and committed: still no score.
    await passQuiz(s.frame, bank, { stopAfter: 2 });
    const before = await waitForCommitted(s, (c) => openAnswers(c['cmi.suspend_data']) === 3);
    assert.equal(before[version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw'], '', 'no score before the package is finished');
    await goOn(s.frame, 2, 4);
    await continueQuiz(s.frame, bank, { from: 3 });
    const cmi = await waitForCommitted(s, (c) => c[version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.success_status'] === 'passed');
    if (version === '1.2') {
      assert.deepEqual(
        pick(
          cmi,
          'cmi.core.lesson_status',
          'cmi.core.score.raw',
          'cmi.core.score.min',
          'cmi.core.score.max',
          'cmi.objectives.0.id',
          'cmi.objectives.0.status',
          'cmi.objectives.0.score.raw',
        ),
        ['passed', '100', '0', '100', 'voluntary', 'passed', '100'],
      );
    } else {
      assert.deepEqual(
        pick(
          cmi,
          'cmi.completion_status',
          'cmi.success_status',
          'cmi.score.raw',
          'cmi.score.scaled',
          'cmi.progress_measure',
          'cmi.objectives.0.id',
          'cmi.objectives.0.success_status',
          'cmi.objectives.0.score.raw',
        ),
        ['completed', 'passed', '100', '1', '1', 'voluntary', 'passed', '100'],
      );
    }
    assert.equal(cmi[v.location], '#/module/voluntary/check');
    assert.equal(JSON.parse(cmi['cmi.suspend_data']).v, 1);
    // The home is this course: one module, passed, and no course review.
    await s.frame.getByRole('link', { name: 'Course home' }).click();
    await s.frame.getByText('1 of 1 module passed').waitFor();
    assert.deepEqual(await s.frame.getByRole('heading', { level: 3 }).allInnerTexts(), ['Voluntary']);
    assert.equal(await s.frame.getByRole('link', { name: /final check|mixed scenarios/ }).count(), 0);
    await s.closeCourse();
    const log = await waitForLog(s, (l) => l.at(-1)?.[0] === v.finish);
    assert.deepEqual(
      log.findLast(([call, el]) => call === v.set && el === v.exit),
      [v.set, v.exit, version === '1.2' ? '' : 'normal'],
    );
    assert.deepEqual(s.problems, []);
    await s.close();
  });

  test(`SCORM ${version}: a returning learner lands on the bookmarked page with their progress restored`, async () => {
    const progress = tools.completedProgress(tools.banks, ['voluntary', 'hopeful'], ['voluntary']);
    const suspend = tools.encodeSuspendData(progress, tools.banks, 4096, { passMark: 80, contentVersion: tools.course.version }).text;
    const s = await launch(lms, { version, cmi: returning(version, '#/module/hopeful', suspend) });
    await s.frame.getByRole('heading', { level: 1, name: 'Hopeful' }).waitFor();
    await s.frame.getByText('You have finished reading this lesson.').waitFor();
    await waitForLog(s, (log) => count(log, v.commit) >= 1);
    const cmi = await s.cmi();
    // Statuses come from the restored answers: voluntary passed. With ten modules and the review
    // to go, the course has no score yet (a mean of 100 / 11 would read as a failing grade).
    const objectives =
      version === '1.2'
        ? ['cmi.objectives.0.status', 'cmi.objectives.1.status', 'cmi.core.score.raw']
        : ['cmi.objectives.0.success_status', 'cmi.objectives.1.completion_status', 'cmi.score.raw'];
    assert.deepEqual(pick(cmi, ...objectives), ['passed', 'incomplete', '']);
    assert.equal(cmi['cmi.suspend_data'], suspend, 'suspend data is untouched until the learner changes something');
    assert.equal(cmi[v.location], '#/module/hopeful');
    assert.equal(await s.page.frames()[1]?.evaluate(() => window.location.hash), '#/module/hopeful');
    assert.deepEqual(s.problems, []);
    await s.close();
  });

  test(`SCORM ${version}: closing the course mid-lesson sends session time and exit suspend, commits, finishes, then calls nothing`, async () => {
    const s = await launch(lms, { version });
    await s.frame.getByRole('link', { name: 'Empathetic', exact: true }).click();
    await s.frame.getByRole('heading', { level: 2, name: 'Learning objectives' }).waitFor();
    await s.closeCourse();
    const log = await waitForLog(s, (l) => l.some(([call]) => call === v.finish));
    await new Promise((ok) => setTimeout(ok, 300));
    assert.deepEqual(await s.log(), log, 'nothing is called after finish');
    const end = log.slice(-4);
    assert.deepEqual(
      end.map(([call, el, ...rest]) => [call, el, ...rest.map((value) => (el === v.time ? '…' : value))]),
      [
        [v.set, v.time, '…'],
        [v.set, v.exit, 'suspend'],
        [v.commit, ''],
        [v.finish, ''],
      ],
    );
    assert.match(end[0][2], version === '1.2' ? /^\d{4}:\d{2}:\d{2}\.\d{2}$/ : /^PT(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?$/);
    const cmi = await s.cmi();
    assert.equal(cmi[v.exit], 'suspend');
    assert.equal(cmi[v.location], '#/module/empathetic');
    assert.deepEqual(s.problems, []);
    await s.close();
  });

  test(`SCORM ${version}: an LMS that refuses commits: the learner is told, retries stop after three, saving resumes on request`, async () => {
    const s = await launch(lms, { version, fault: { refuse: [v.commit], code: '101' } });
    const alert = s.frame.getByRole('alert').filter({ hasText: 'Your LMS is not responding; progress may not be saved.' });
    await alert.waitFor();
    await s.frame.getByText(/Details for your LMS administrator: Commit: error 101/).waitFor();
    // The notice stops saying "Trying again…" once the last scheduled retry has failed.
    await alert.getByText('Keep this window open, check your connection, and try again.').waitFor({ timeout: 15_000 });
    assert.equal(count(await s.log(), v.commit), 4, 'one commit and three retries');
    await s.fault({ refuse: [] });
    await s.frame.getByRole('button', { name: 'Try saving again' }).click();
    await alert.waitFor({ state: 'detached' });
    assert.equal(count(await s.log(), v.commit), 5);
    assert.deepEqual(s.problems, []);
    await s.close();
  });

  test(`SCORM ${version}: an LMS that stops answering mid-lesson: the learner is told and nothing crashes`, async () => {
    const s = await launch(lms, { version });
    await s.frame.getByRole('link', { name: 'Respectful', exact: true }).click();
    await s.frame.getByRole('heading', { level: 2, name: 'Learning objectives' }).waitFor();
    await s.fault({ down: true });
    await s.frame.locator('.lesson-end').scrollIntoViewIfNeeded(); // reaching the end records reading
    await s.frame.getByRole('alert').filter({ hasText: 'Your LMS is not responding' }).waitFor();
    await s.frame.getByText(/the LMS did not answer/).waitFor();
    await s.closeCourse();
    const log = await waitForLog(s, (l) => l.some(([call]) => call === v.finish));
    assert.equal(log.at(-1)?.[0], v.finish);
    assert.deepEqual(s.problems, []);
    await s.close();
  });
}

test('SCORM 1.2: the worst case stays within 4096 characters, and so does the next save', async () => {
  const worst = tools.worstCaseProgress(tools.banks, tools.moduleIds, (id) => (id === 'review' ? 10 : 4));
  const options = { passMark: tools.course.passMark, contentVersion: tools.course.version };
  const suspend = tools.encodeSuspendData(worst, tools.banks, 4096, options).text;
  assert.ok(suspend.length <= 4096, `seeded suspend data is ${suspend.length} characters`);
  const s = await launch(lms, { version: '1.2', cmi: returning('1.2', '#/module/voluntary/check', suspend) });
  // The open check is fully answered, so the course offers to submit it straight away.
  await s.frame.getByRole('button', { name: 'Submit the check' }).click();
  await s.frame.getByRole('heading', { name: 'Your result' }).waitFor();
  const cmi = await waitForCommitted(s, (c) => c?.['cmi.suspend_data'] !== suspend && c?.['cmi.core.lesson_status'] === 'passed');
  const saved = cmi['cmi.suspend_data'];
  assert.ok(saved.length <= 4096, `saved suspend data is ${saved.length} characters`);
  const back = tools.decodeSuspendData(saved, tools.banks);
  assert.deepEqual(back.problems, []);
  const voluntary = back.progress.attempts.filter((a) => a.quizId === 'voluntary' && !a.finishedAt);
  assert.deepEqual(
    voluntary.map((a) => a.mode),
    ['practice'],
    'the submitted check is no longer open; the practice round still is',
  );
  assert.deepEqual(s.problems, []);
  await s.close();
});

test('without an LMS the launch page says progress will not be recorded, and nothing is saved anywhere', async () => {
  const context = await lms.browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${lms.server.origin}/full-1.2/index_lms.html`);
  await page.getByRole('heading', { level: 1, name: 'Your progress will not be recorded' }).waitFor();
  await page.getByRole('button', { name: 'Read the course without recording progress' }).click();
  await page.getByRole('alert').filter({ hasText: 'Your progress will not be recorded.' }).waitFor();
  await page.getByRole('link', { name: 'Voluntary', exact: true }).click();
  await page.locator('.lesson-end').scrollIntoViewIfNeeded(); // reaching the end records reading
  await page.getByText('You have finished reading this lesson.').waitFor();
  assert.equal(await page.evaluate(() => window.localStorage.length), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

/** How many answers the open voluntary attempt in some suspend data holds. */
function openAnswers(suspend) {
  const open = tools.decodeSuspendData(suspend ?? '', tools.banks).progress.attempts.find((a) => a.quizId === 'voluntary' && !a.finishedAt);
  return Object.keys(open?.answers ?? {}).length;
}

function pick(cmi, ...keys) {
  return keys.map((k) => (cmi[k] === undefined ? undefined : String(cmi[k])));
}
