// `npm run bench:home`: how much script the home page runs for a learner who has done the whole
// course (issue #16, "bigger work, same speed"). The device's saved progress is seeded before
// load: every lesson read, and at every quiz (ten modules and the course review) two practice
// rounds and five mastery checks drawn by the course's own rules, the last one passed
// (test/fixtures/seasoned-progress.ts, from the real banks, saved in the store's own envelope).
// Home is loaded in Chromium with the CPU slowed 4× and traced. What is measured, on the page's
// main thread, from its navigationStart to the moment the home's module list is in the DOM with
// every card's final status (the "Checking your scores…" status gone):
//   scripting = the union of the trace's script events: module compile and evaluation
//   (v8.compileModule, v8.evaluateModule, v8.compile, EvaluateScript), every JS call from a task
//   (FunctionCall: React's scheduler, timers, message handlers), event handlers (EventDispatch,
//   TimerFire, FireAnimationFrame, FireIdleCallback), promise jobs (RunMicrotasks) and garbage
//   collection during them (MinorGC, MajorGC), as DevTools' "Scripting" counts them. Nested
//   events count once. The probe that notices the list (a MutationObserver) times itself and
//   its time is taken off. Network waits, style, layout and paint are not scripting, even when
//   script forces them (a focus() lays the page out inside the script's event): DevTools counts
//   that as Rendering, and so does this; it prints that time on its own line.
// It prints the median of LOADS (default 5) loads, split into module evaluation and the rest,
// and the same for a new visitor's home for comparison. Then home's own render, start-up
// excluded: the seasoned learner opens a lesson and comes back to home inside the app, and the
// same scripting is counted from the address change to the module list with final statuses.
// The target (home "renders in under 50 ms of scripting") is held against that render.
// A whole load cannot be its measure: React's own start-up alone takes several times 50 ms at 4×,
// for a new visitor too (printed beside it). The loads show what saved progress adds at start-up.
// A benchmark that prints figures; it exits non-zero only when home's render misses the target.
import { startServer } from './serve.mjs';
import { machineLoad, median } from './bench-stats.mjs';
import { contextWithStorage, launchBrowser } from '../test/browser/harness.mjs';
import { loadSeedTools } from '../test/browser/lms/seed.mjs';

const TARGET_MS = 50;
const CPU_SLOWDOWN = 4;
const LOADS = Math.max(1, Number(process.env.LOADS ?? 5));
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'];
const EVALUATION = new Set(['v8.compileModule', 'v8.evaluateModule', 'v8.compile', 'EvaluateScript']);
const SCRIPT = new Set([
  ...EVALUATION,
  'FunctionCall',
  'EventDispatch',
  'TimerFire',
  'FireAnimationFrame',
  'FireIdleCallback',
  'RunMicrotasks',
  'MinorGC',
  'MajorGC',
]);
/** Style and layout: when script forces them, they run inside its event but are not scripting. */
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'RecalculateStyles']);

/**
 * Runs in the page before the app: marks `home-rendered` once the module list shows every
 * card's final status, and resolves window.__rendered to the time its own callbacks took (so
 * it can be taken off). Waiting on that promise costs the page no polling. window.__watchHome()
 * starts the same watch again (for a return to home).
 */
function probe() {
  if (window !== window.top) return;
  const isRendered = () =>
    document.querySelector('ol.module-list') !== null &&
    ![...document.querySelectorAll('[role="status"]')].some((el) => el.textContent?.startsWith('Checking your scores'));
  window.__watchHome = () =>
    new Promise((resolve) => {
      let probeMs = 0;
      const observer = new MutationObserver(() => {
        const start = performance.now();
        const isDone = isRendered();
        if (isDone) {
          observer.disconnect();
          performance.mark('home-rendered');
        }
        probeMs += performance.now() - start;
        if (isDone) resolve(probeMs);
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    });
  window.__rendered = window.__watchHome();
}

/** The union of [start, end] intervals, as sorted, disjoint intervals. */
function merged(intervals) {
  const out = [];
  for (const [start, end] of [...intervals].sort((a, b) => a[0] - b[0])) {
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** Length of the union of [start, end] intervals (microseconds). */
function unionLength(intervals) {
  return merged(intervals).reduce((sum, [start, end]) => sum + end - start, 0);
}

/** Length of the overlap of two sets of intervals (microseconds). */
function overlapLength(a, b) {
  const [x, y] = [merged(a), merged(b)];
  let sum = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    sum += Math.max(0, Math.min(x[i][1], y[j][1]) - Math.max(x[i][0], y[j][0]));
    if (x[i][1] < y[j][1]) i++;
    else j++;
  }
  return sum;
}

/**
 * Scripting and the style and layout that script forced, on one thread within [from, to]
 * (microseconds of trace time; results in ms). A focus() or a read of a size makes the browser
 * recalculate style and lay out inside the script's event: DevTools counts that time as
 * Rendering, not Scripting, and so does this.
 */
function scriptingWithin(events, thread, from, to) {
  const within = (names) =>
    events
      .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && names.has(e.name))
      .map((e) => [Math.max(e.ts, from), Math.min(e.ts + e.dur, to)])
      .filter(([start, end]) => end > start);
  const script = within(SCRIPT);
  const forced = overlapLength(script, within(RENDERING));
  return {
    total: (unionLength(script) - forced) / 1000,
    forced: forced / 1000,
    evaluation: (unionLength(within(EVALUATION)) - overlapLength(within(EVALUATION), within(RENDERING))) / 1000,
  };
}

/** Scripting (ms) on the page's main thread between its navigationStart and the mark, from a trace. */
function scriptingFrom(events, url) {
  const mark = events.find((e) => e.name === 'home-rendered');
  const start = events.find((e) => e.name === 'navigationStart' && e.pid === mark?.pid && e.args?.data?.documentLoaderURL === url);
  if (!mark || !start) throw new Error('The trace holds no navigationStart or home-rendered mark.');
  return { ...scriptingWithin(events, mark, start.ts, mark.ts), span: (mark.ts - start.ts) / 1000 };
}

/** One traced load of home with `storage` seeded; resolves to its scripting figures and the progress bar's text. */
async function tracedLoad(browser, url, storage) {
  const context = await contextWithStorage(browser, storage, { serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(probe);
  await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await browser.startTracing(page, { categories: CATEGORIES });
  await page.goto(url);
  const probeMs = await page.evaluate(() => window.__rendered);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  const progress = await page.getByRole('progressbar', { name: 'Course progress' }).getAttribute('aria-valuetext');
  await context.close();
  const figures = scriptingFrom(trace.traceEvents ?? trace, url);
  return { ...figures, total: figures.total - probeMs, probeMs, progress };
}

/**
 * Returning to home inside the app (what "home renders" means once the course is running): home
 * is loaded with `storage` seeded and its statuses shown, the learner opens a lesson, and the
 * trace covers the way back, from the address changing to the module list with final statuses.
 */
async function tracedReturn(browser, url, storage) {
  const context = await contextWithStorage(browser, storage, { serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(probe);
  await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.goto(url);
  await page.evaluate(() => window.__rendered);
  await page.evaluate(() => {
    location.hash = '#/module/voluntary';
  });
  await page.getByRole('heading', { level: 2, name: 'Learning objectives' }).waitFor();
  await browser.startTracing(page, { categories: CATEGORIES });
  const probeMs = await page.evaluate(() => {
    const rendered = window.__watchHome();
    performance.mark('home-return');
    location.hash = '#/';
    return rendered;
  });
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
  await context.close();
  const events = trace.traceEvents ?? trace;
  const start = events.find((e) => e.name === 'home-return');
  const mark = events.find((e) => e.name === 'home-rendered' && e.ts >= (start?.ts ?? Infinity));
  if (!start || !mark) throw new Error('The trace holds no home-return or home-rendered mark.');
  const figures = scriptingWithin(events, mark, start.ts, mark.ts);
  return { total: figures.total - probeMs, forced: figures.forced, span: (mark.ts - start.ts) / 1000 };
}

const tools = await loadSeedTools();
const seasoned = tools.seasonedProgress(tools.banks, tools.moduleIds, 5);
const server = await startServer({ root: process.env.COURSE_DIST ?? 'dist', base: '/course/v1/' });
const browser = await launchBrowser();
let missed = false;
try {
  console.log(
    `Home page scripting, CPU slowed ${CPU_SLOWDOWN}×, median of ${LOADS} loads (navigationStart → module list with final statuses)`,
  );
  // Trace durations are wall clock on the main thread: other work on this machine stretches them.
  console.log(`at start: ${machineLoad()}`);
  const cases = [
    [`seasoned learner (${seasoned.attempts.length} attempts saved)`, { [tools.PROGRESS_KEY]: tools.savedText(seasoned) }],
    ['new visitor (nothing saved), for comparison', {}],
  ];
  const medians = [];
  for (const [label, storage] of cases) {
    const loads = [];
    for (let i = 0; i < LOADS; i++) loads.push(await tracedLoad(browser, server.url, storage));
    const total = median(loads.map((l) => l.total));
    const evaluation = median(loads.map((l) => l.evaluation));
    medians.push(total);
    console.log(`\n${label}: home shows "${loads[0].progress}"`);
    console.log(`  scripting       median ${total.toFixed(1)} ms   (loads: ${loads.map((l) => l.total.toFixed(0)).join(', ')} ms)`);
    console.log(`    module compile + evaluation  median ${evaluation.toFixed(1)} ms`);
    console.log(
      `    everything else (React, handlers, promise jobs, GC)  median ${median(loads.map((l) => l.total - l.evaluation)).toFixed(1)} ms`,
    );
    console.log(
      `    style and layout that script forced (Rendering, not counted)  median ${median(loads.map((l) => l.forced)).toFixed(1)} ms`,
    );
    console.log(
      `  navigationStart → rendered  median ${median(loads.map((l) => l.span)).toFixed(0)} ms wall clock (network included); probe's own time taken off: median ${median(loads.map((l) => l.probeMs)).toFixed(2)} ms`,
    );
  }
  console.log(
    `\nWhat the seasoned learner's progress adds over a new visitor's home: ${(medians[0] - medians[1]).toFixed(1)} ms (difference of medians)`,
  );
  const returns = [];
  for (let i = 0; i < LOADS; i++) returns.push(await tracedReturn(browser, server.url, cases[0][1]));
  const returned = median(returns.map((r) => r.total));
  console.log(`\nSeasoned learner returning to home from a lesson, inside the app (home's own render, start-up excluded):`);
  console.log(
    `  scripting       median ${returned.toFixed(1)} ms   (returns: ${returns.map((r) => r.total.toFixed(0)).join(', ')} ms); address change → rendered median ${median(returns.map((r) => r.span)).toFixed(0)} ms wall clock`,
  );
  console.log(
    `    style and layout that script forced (Rendering, not counted)  median ${median(returns.map((r) => r.forced)).toFixed(1)} ms`,
  );
  missed = returned >= TARGET_MS;
  console.log(`  target < ${TARGET_MS} ms of scripting: ${missed ? 'MISSED' : 'met'}`);
} finally {
  await browser.close();
  await server.close();
}
if (missed) process.exitCode = 1;
