// `npm run bench:feedback`: answer-to-feedback latency in Chromium on the built course. Every
// quiz is taken start to finish with real mouse clicks; for each "Submit" the page records
//   click → DOM:   from the click event to the feedback in the DOM (handlers, React render, commit)
//   click → paint: from the click event to just after the next frame is painted with it
// and prints median and p95 of each, on this machine and with the CPU slowed 4× (an old phone).
// Chromium paints at 60 Hz, so click → paint also holds the wait for the next frame (0–16.7 ms,
// by where in the frame the click lands), which no app code can shorten: click → paint p95 is
// printed against the issue #8 target of one frame as measured, and click → DOM (the app's own
// work) shows whether that work fits in a frame. A benchmark that prints figures; it exits
// non-zero only when the app's own work (click → DOM p95, unthrottled) no longer fits a frame.
import { startServer } from './serve.mjs';
import { launchBrowser } from '../test/browser/harness.mjs';
import { answerWithMouse, MODULE_IDS, nextButton } from '../test/browser/journeys.mjs';

const TARGET_MS = 16.7;

/** Runs in the page before the app: timestamps each Submit click and the paint that follows. */
function instrument() {
  window.__feedback = [];
  let pending = null;
  addEventListener(
    'click',
    (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (!button || !/^Submit/.test(button.textContent ?? '')) return;
      pending = { click: event.timeStamp };
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
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__feedback.push({ ...sample, paint: performance.now() });
      channel.port2.postMessage(null);
    });
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

/** Takes one quiz by mouse from its intro to its results. */
async function takeQuiz(page, url) {
  await page.goto(url);
  await page.getByRole('button', { name: 'Start the scenarios' }).click();
  for (let guard = 0; guard < 80; guard++) {
    const next = nextButton(page);
    if (await next.count()) {
      const isLast = (await next.innerText()) === 'See your results';
      await next.click();
      if (isLast) return page.getByRole('heading', { name: 'Your results' }).waitFor();
      continue;
    }
    await answerWithMouse(page);
  }
  throw new Error(`The quiz at ${url} did not finish.`);
}

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(samples, key) {
  const values = samples.map((s) => s[key] - s.click).sort((a, b) => a - b);
  return { median: percentile(values, 50), p95: percentile(values, 95), max: values.at(-1) };
}

async function measure(browser, baseUrl, quizzes, cpuSlowdown) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(instrument);
  if (cpuSlowdown > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  const samples = [];
  for (const quiz of quizzes) {
    await takeQuiz(page, `${baseUrl}#/${quiz}`);
    samples.push(...(await page.evaluate(() => window.__feedback.splice(0))));
  }
  await context.close();
  return samples;
}

const server = await startServer({ root: process.env.COURSE_DIST ?? 'dist', base: '/course/v1/' });
const browser = await launchBrowser();
let exceeded = false;
try {
  const everyQuiz = [...MODULE_IDS.map((id) => `module/${id}/quiz`), 'review'];
  const runs = [
    ['this machine', everyQuiz, 1],
    ['CPU slowed 4× (an old phone)', ['module/voluntary/quiz', 'review'], 4],
  ];
  for (const [label, quizzes, slowdown] of runs) {
    const samples = await measure(browser, server.url, quizzes, slowdown);
    const dom = summary(samples, 'dom');
    const paint = summary(samples, 'paint');
    console.log(`\nAnswer → feedback, ${label}: ${samples.length} answers over ${quizzes.length} quizzes`);
    console.log(`  click → DOM    median ${dom.median.toFixed(1)} ms   p95 ${dom.p95.toFixed(1)} ms   max ${dom.max.toFixed(1)} ms`);
    console.log(`  click → paint  median ${paint.median.toFixed(1)} ms   p95 ${paint.p95.toFixed(1)} ms   max ${paint.max.toFixed(1)} ms`);
    if (slowdown === 1) {
      exceeded = dom.p95 > TARGET_MS;
      console.log(
        `  target p95 within one frame (${TARGET_MS} ms): click → paint ${paint.p95 <= TARGET_MS ? 'met' : 'MISSED'} (p95 ${paint.p95.toFixed(1)} ms, frame wait included); app work ${exceeded ? 'MISSED' : 'met'} (click → DOM p95 ${dom.p95.toFixed(1)} ms)`,
      );
    }
  }
} finally {
  await browser.close();
  await server.close();
}
if (exceeded) process.exitCode = 1;
