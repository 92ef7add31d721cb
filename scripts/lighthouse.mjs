// `npm run bench:lighthouse`: Lighthouse 12 (its default mobile preset: a mid-range phone on a
// slow 4G link, simulated) on the built course served with gzip from a sub-path by the plain
// static server: home, a lesson, a practice item, practice results and an assignment page.
// Each page runs RUNS times (default 5) and the median of each figure is printed: LCP, TBT, CLS
// and the accessibility, best-practices and SEO scores, against issue #16's targets; the
// performance score is printed for information only (it varies from run to run on 2 cores).
//
// Pages that need state get it the way a learner makes it, once: Chromium runs with a profile
// on disk, playwright-core drives it over the DevTools protocol to start a practice round,
// finish one, or accept an assignment link by clicking, and what the course saved in
// localStorage is kept. Before EVERY run (every page, so all load alike), the origin's storage,
// service worker, caches and the HTTP cache are cleared and only that saved localStorage is put
// back; Lighthouse then runs with `disableStorageReset` so it keeps it. A benchmark that prints
// figures; it exits non-zero when a page's median misses a target.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { median } from './bench-stats.mjs';
import { startServer } from './serve.mjs';
import { CHROME, CHROME_ARGS } from '../test/browser/harness.mjs';
import { MODULE_IDS, takeQuiz } from '../test/browser/journeys.mjs';

const RUNS = Math.max(1, Number(process.env.RUNS ?? 5));
const QUIZ = `#/module/${MODULE_IDS[0]}/quiz`;
/** Issue #16 targets for each page's medians. */
const TARGETS = { lcp: 2000, tbt: 100, cls: 0.02, accessibility: 1, 'best-practices': 1, seo: 1 };
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** The pages: a name, and how to reach it (a hash, or a preparation that resolves to one). */
const PAGES = [
  { name: 'home', hash: '#/' },
  { name: 'lesson', hash: `#/module/${MODULE_IDS[0]}` },
  // An open practice round resumes at its first unanswered scenario: the item itself, not the intro.
  {
    name: 'practice item',
    prepare: async (page, url) => {
      await page.goto(`${url}${QUIZ}`);
      await page.getByRole('button', { name: 'Start practicing' }).click();
      await page.locator('main form').first().waitFor();
      return QUIZ;
    },
  },
  {
    name: 'results',
    prepare: async (page, url) => {
      await page.goto(`${url}${QUIZ}`);
      await takeQuiz(page);
      return QUIZ;
    },
  },
  {
    name: 'assignment',
    prepare: async (page, url, reset) => {
      await page.goto(`${url}#/instructor`);
      await page.getByRole('checkbox', { name: 'Voluntary' }).check();
      await page.getByLabel('Your name').fill('Dana Lee');
      await page.getByRole('button', { name: 'Create assignment link' }).click();
      const link = await page.getByLabel('Assignment link').inputValue();
      await reset(); // the trainee's device, not the instructor's
      await page.goto(link);
      await page.getByRole('button', { name: 'Add this assignment' }).click();
      await page.getByRole('heading', { level: 1, name: 'Your assignment' }).waitFor();
      return new URL(page.url()).hash;
    },
  },
];

/** Starts headless Chromium with a profile on disk and a DevTools port; resolves to { port, stop }. */
async function startChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'psv-lh-'));
  const args = [...CHROME_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'];
  const chrome = spawn(CHROME, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise((resolve, reject) => {
    let text = '';
    chrome.stderr.on('data', (chunk) => {
      text += chunk;
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (match) resolve(Number(match[1]));
    });
    chrome.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before DevTools was ready:\n${text}`)));
  });
  return {
    port,
    stop: async () => {
      chrome.kill();
      await new Promise((ok) => chrome.once('exit', ok));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Connects playwright-core to the running Chromium, runs `work(page, reset)` in a new tab and
 * disconnects (the browser keeps running). `reset()` clears everything the origin stored.
 */
async function withTab(port, origin, work) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const page = await browser.contexts()[0].newPage();
    const cdp = await page.context().newCDPSession(page);
    const reset = async () => {
      await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
      await cdp.send('Network.clearBrowserCache');
    };
    const result = await work(page, reset);
    await page.close();
    return result;
  } finally {
    await browser.close();
  }
}

/** Prepares a page's state once; resolves to its hash and the localStorage the course saved. */
async function prepare(port, server, page) {
  if (!page.prepare) return { hash: page.hash, saved: [] };
  return withTab(port, server.origin, async (tab, reset) => {
    await reset();
    const hash = await page.prepare(tab, server.url, reset);
    const saved = await tab.evaluate(() => Object.entries(localStorage));
    // Leave the tab before clearing, so no page of the course holds the service worker.
    await tab.goto('about:blank');
    await reset();
    return { hash, saved };
  });
}

/** Clears the origin and puts back `saved` (from robots.txt: a page of the origin that runs no course code). */
async function restore(port, server, saved) {
  await withTab(port, server.origin, async (tab, reset) => {
    await reset();
    if (saved.length === 0) return;
    await tab.goto(`${server.url}robots.txt`);
    await tab.evaluate((entries) => entries.forEach(([key, value]) => localStorage.setItem(key, value)), saved);
    await tab.goto('about:blank');
  });
}

/** The figures of one Lighthouse result. */
function figures(lhr) {
  const score = (id) => lhr.categories[id].score;
  return {
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    tbt: lhr.audits['total-blocking-time'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
  };
}

function failingAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter(
      (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual',
    )
    .map((audit) => `${audit.id} (${audit.score})`);
}

/** What misses in one page's medians, as readable lines. */
function misses(m) {
  const out = [];
  if (m.lcp > TARGETS.lcp) out.push(`LCP ${(m.lcp / 1000).toFixed(2)} s > ${TARGETS.lcp / 1000} s`);
  if (m.tbt > TARGETS.tbt) out.push(`TBT ${Math.round(m.tbt)} ms > ${TARGETS.tbt} ms`);
  if (m.cls > TARGETS.cls) out.push(`CLS ${m.cls.toFixed(3)} > ${TARGETS.cls}`);
  for (const id of ['accessibility', 'best-practices', 'seo']) if (m[id] < TARGETS[id]) out.push(`${id} ${m[id]} < ${TARGETS[id]}`);
  return out;
}

const server = await startServer({ root: process.env.COURSE_DIST ?? 'dist', base: '/course/v1/' });
const chrome = await startChromium();
let missed = false;
try {
  console.log(`Lighthouse 12, mobile preset, ${CHROME}, median of ${RUNS} runs per page`);
  console.log(
    `targets: LCP ≤ ${TARGETS.lcp / 1000} s, TBT ≤ ${TARGETS.tbt} ms, CLS ≤ ${TARGETS.cls}, accessibility, best practices, SEO 1\n`,
  );
  console.log('page            LCP      TBT      CLS     accessibility  best-practices  seo   (performance, for information)');
  // PAGES=home,lesson runs only those pages (names as printed); RUNS=n sets the runs per page.
  const only = process.env.PAGES?.split(',');
  for (const page of PAGES.filter((p) => !only || only.includes(p.name))) {
    const { hash, saved } = await prepare(chrome.port, server, page);
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      await restore(chrome.port, server, saved);
      const result = await lighthouse(`${server.url}${hash}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
        disableStorageReset: true,
      });
      runs.push(result.lhr);
      // SAVE_DIR=folder keeps every run's full report (LCP element, request chains, main-thread work) to study.
      if (process.env.SAVE_DIR) {
        mkdirSync(process.env.SAVE_DIR, { recursive: true });
        writeFileSync(join(process.env.SAVE_DIR, `${page.name.replaceAll(' ', '-')}-${i + 1}.json`), JSON.stringify(result.lhr));
      }
    }
    const all = runs.map(figures);
    const m = Object.fromEntries(Object.keys(all[0]).map((key) => [key, median(all.map((f) => f[key]))]));
    console.log(
      `${page.name.padEnd(16)}${`${(m.lcp / 1000).toFixed(2)} s`.padEnd(9)}${`${Math.round(m.tbt)} ms`.padEnd(9)}${m.cls.toFixed(3).padEnd(8)}${String(m.accessibility).padEnd(15)}${String(m['best-practices']).padEnd(16)}${String(m.seo).padEnd(6)}(${m.performance}; runs ${all.map((f) => f.performance).join(', ')})`,
    );
    const pageMisses = misses(m);
    if (pageMisses.length > 0) {
      missed = true;
      console.log(`  MISSED: ${pageMisses.join('; ')}`);
      for (const id of ['accessibility', 'best-practices', 'seo']) {
        const failing = [...new Set(runs.flatMap((lhr) => failingAudits(lhr, id)))];
        if (m[id] < TARGETS[id]) console.log(`  ${id}: ${failing.join(', ')}`);
      }
    }
    const warnings = [...new Set(runs.flatMap((lhr) => lhr.runWarnings))];
    if (warnings.length > 0) console.log(`  warnings: ${warnings.join(' | ')}`);
  }
} finally {
  await chrome.stop();
  await server.close();
}
console.log(missed ? '\nSome pages miss the targets (see above).' : '\nEvery page meets the targets.');
if (missed) process.exitCode = 1;
