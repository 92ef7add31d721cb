// `npm run bench:feedback`: answer-to-feedback latency in Chromium on the built course. Every
// quiz (the ten modules' practice rounds, the course review's practice round, the first module's
// mastery check and the final check) is taken start to finish with real mouse clicks, once at
// full speed and once with the CPU slowed 4× (an old phone); for each "Submit" the page records
//   click → DOM:   from the click event to the feedback in the DOM (handlers, React render, commit)
//   click → paint: from the click event to just after the next frame is painted with it
// and prints median and p95 of each at both speeds, then the same for the largest bank alone
// (most scenarios: its practice round and its check). In practice the feedback shows on Submit;
// in a check an item's Submit only confirms the answer, and "Submit the check" shows the results
// with every item's feedback: both are measured as they are the learner's wait.
// Chromium paints at 60 Hz, so click → paint also holds the wait for the next frame (0–16.7 ms,
// by where in the frame the click lands), which no app code can shorten: click → paint p95 is
// printed against the issue #16 targets (one frame at full speed, 50 ms at 4×) as measured, and
// click → DOM (the app's own work) shows whether that work fits. A benchmark that prints figures;
// it exits non-zero only when the app's own work (click → DOM p95) misses a target.
import { machineLoad, percentile } from './bench-stats.mjs';
import { startServer } from './serve.mjs';
import { launchBrowser } from '../test/browser/harness.mjs';
import { MODULE_IDS, takeQuiz } from '../test/browser/journeys.mjs';
import { loadSeedTools } from '../test/browser/lms/seed.mjs';

/** Issue #16: p95 within one 60 Hz frame at full speed, and within 50 ms with the CPU slowed 4×. */
const SPEEDS = [
  { label: 'full speed', slowdown: 1, targetMs: 16.7 },
  { label: 'CPU slowed 4× (an old phone)', slowdown: 4, targetMs: 50 },
];
/** Every practice round, then a module's mastery check and the final check: [quiz id, route]. */
const QUIZZES = [
  ...MODULE_IDS.map((id) => [id, `module/${id}/quiz`]),
  ['review', 'review/practice'],
  [MODULE_IDS[0], `module/${MODULE_IDS[0]}/check`],
  ['review', 'review'],
];

/** Runs in the page before the app: timestamps each Submit click and the paint that follows. */
function instrument() {
  window.__feedback = [];
  // Samples whose paint is still to come, so a reader can wait for the last one.
  window.__painting = 0;
  let pending = null;
  addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (!button || !/^Submit/.test(button.textContent ?? '')) return;
      pending = { click: event.timeStamp, button: button.textContent?.trim() ?? '' };
    },
    true,
  );
  // The first DOM change after the click is React's commit of the feedback (a discrete event
  // renders synchronously). A task posted from the next animation frame runs once that frame
  // has been painted: the moment the learner can see the feedback.
  new MutationObserver(() => {
    if (!pending) return;
    const sample = pending;
    pending = null;
    sample.dom = performance.now();
    window.__painting += 1;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        window.__feedback.push({ ...sample, paint: performance.now() });
        window.__painting -= 1;
      };
      channel.port2.postMessage(null);
    });
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** The kinds of wait, by the button pressed: a practice answer's feedback, a check item confirmed, a whole check's results. */
const KINDS = [
  ['practice: an answer’s feedback', (s) => !s.isCheck && !/check/i.test(s.button)],
  ['check: an item’s answer confirmed', (s) => s.isCheck && !/check/i.test(s.button)],
  ['check: “Submit the check”, all results', (s) => /check/i.test(s.button)],
];

function summary(samples, key) {
  const values = samples.map((s) => s[key] - s.click).sort((a, b) => a - b);
  return { median: percentile(values, 50), p95: percentile(values, 95), max: values.at(-1) };
}

/** Takes every quiz in one fresh context at `slowdown`; resolves to the samples, each tagged with its quiz id and whether it is a check. */
async function measure(browser, baseUrl, slowdown) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  if (slowdown > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  const samples = [];
  for (const [quiz, route] of QUIZZES) {
    await page.goto(`${baseUrl}#/${route}`);
    await takeQuiz(page);
    await page.waitForFunction(() => window.__painting === 0);
    const isCheck = route.endsWith('check') || route === 'review';
    samples.push(...(await page.evaluate(() => window.__feedback.splice(0))).map((s) => ({ ...s, quiz, isCheck })));
  }
  await context.close();
  return samples;
}

const fixed = (ms) => `${ms.toFixed(1)} ms`;
const { banks } = await loadSeedTools();
const [largest, largestBank] = Object.entries(banks).reduce((a, b) => (b[1].length > a[1].length ? b : a));
const server = await startServer({ root: process.env.COURSE_DIST ?? 'dist', base: '/course/v1/' });
const browser = await launchBrowser();
let missed = false;
const largestLines = [];
console.log(`Answer → feedback, at start: ${machineLoad()}`);
try {
  for (const { label, slowdown, targetMs } of SPEEDS) {
    const samples = await measure(browser, server.url, slowdown);
    const dom = summary(samples, 'dom');
    const paint = summary(samples, 'paint');
    console.log(`\nAnswer → feedback, ${label}: ${samples.length} answers over ${QUIZZES.length} quizzes`);
    console.log(`  click → DOM    median ${fixed(dom.median)}   p95 ${fixed(dom.p95)}   max ${fixed(dom.max)}`);
    console.log(`  click → paint  median ${fixed(paint.median)}   p95 ${fixed(paint.p95)}   max ${fixed(paint.max)}`);
    const isWorkOver = dom.p95 > targetMs;
    missed ||= isWorkOver;
    // Which wait the slow ones are: an answer's feedback, or a whole check's results.
    for (const [kind, isKind] of KINDS) {
      const some = samples.filter((s) => isKind(s));
      if (some.length === 0) continue;
      const [d, p] = [summary(some, 'dom'), summary(some, 'paint')];
      console.log(
        `    ${kind.padEnd(34)} ${String(some.length).padStart(3)}: DOM median ${fixed(d.median)} p95 ${fixed(d.p95)}; paint median ${fixed(p.median)} p95 ${fixed(p.p95)}`,
      );
    }
    console.log(
      `  target p95 ≤ ${targetMs} ms: click → paint ${paint.p95 <= targetMs ? 'met' : 'MISSED'} (p95 ${fixed(paint.p95)}, frame wait included); app work ${isWorkOver ? 'MISSED' : 'met'} (click → DOM p95 ${fixed(dom.p95)})`,
    );
    const own = samples.filter((s) => s.quiz === largest);
    largestLines.push(
      `  ${label}: ${own.length} answers, click → paint p95 ${fixed(summary(own, 'paint').p95)}, click → DOM p95 ${fixed(summary(own, 'dom').p95)} (target ${targetMs} ms)`,
    );
  }
  console.log(`\nLargest bank: ${largest} (${largestBank.length} scenarios; its practice round and its check)`);
  for (const line of largestLines) console.log(line);
} finally {
  await browser.close();
  await server.close();
}
if (missed) process.exitCode = 1;
