// `npm run bench:lighthouse`: Lighthouse 12 (its default mobile preset: a mid-range phone on a
// slow 4G link, simulated) on the built course's home, a lesson and a quiz, served from a
// sub-path by the plain static server. Prints the four category scores and LCP per page.
// Mobile scores vary from run to run on 2 cores, so each page runs RUNS times (default 3,
// `RUNS=5 npm run bench:lighthouse` for more) and the median run is reported. A benchmark that
// prints figures; it exits non-zero when a page's median misses the issue #8 targets.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { startServer } from './serve.mjs';

const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PAGES = [
  ['home', '#/'],
  ['lesson', '#/module/voluntary'],
  ['quiz', '#/module/voluntary/quiz'],
];
/** Issue #8 targets. Performance varies 0.99–1.0 on 2 cores, so it is never held to 1.0. */
const TARGETS = { performance: 0.95, accessibility: 1, 'best-practices': 1, seo: 0.9 };
const RUNS = Math.max(1, Number(process.env.RUNS ?? 3));

/** Starts headless Chromium with a DevTools port for Lighthouse; resolves to { port, stop }. */
async function startChromium() {
  const profile = mkdtempSync(join(tmpdir(), 'psv-lh-'));
  // The networking flags keep Chromium from flooding a closed network (toolchain.md).
  const args = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    'about:blank',
  ];
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

function failingAudits(lhr, category) {
  return lhr.categories[category].auditRefs
    .map((ref) => lhr.audits[ref.id])
    .filter(
      (audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'manual',
    )
    .map((audit) => `${audit.id} (${audit.score})`);
}

const server = await startServer({ root: process.env.COURSE_DIST ?? 'dist', base: '/course/v1/' });
const chrome = await startChromium();
let missed = false;
try {
  console.log(`Lighthouse 12, mobile preset, ${CHROME}, median of ${RUNS} runs per page\n`);
  console.log('page     performance  accessibility  best-practices  seo    LCP');
  for (const [name, hash] of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      const result = await lighthouse(`${server.url}${hash}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: Object.keys(TARGETS),
      });
      runs.push(result.lhr);
    }
    // The median run by performance score (then LCP), as Lighthouse's own docs advise.
    runs.sort(
      (a, b) =>
        a.categories.performance.score - b.categories.performance.score ||
        b.audits['largest-contentful-paint'].numericValue - a.audits['largest-contentful-paint'].numericValue,
    );
    const lhr = runs[Math.floor(runs.length / 2)];
    const spread = runs.map((r) => r.categories.performance.score).join(', ');
    const score = (id) => lhr.categories[id].score;
    const lcp = lhr.audits['largest-contentful-paint'].numericValue;
    console.log(
      `${name.padEnd(9)}${String(score('performance')).padEnd(13)}${String(score('accessibility')).padEnd(15)}${String(score('best-practices')).padEnd(16)}${String(score('seo')).padEnd(7)}${Math.round(lcp)} ms   (performance of ${RUNS} runs: ${spread})`,
    );
    for (const [category, target] of Object.entries(TARGETS)) {
      if (score(category) >= target) continue;
      missed = true;
      console.log(`  ${category} ${score(category)} is below ${target}: ${failingAudits(lhr, category).join(', ')}`);
    }
    if (lhr.runWarnings.length > 0) console.log(`  warnings: ${lhr.runWarnings.join(' | ')}`);
  }
} finally {
  await chrome.stop();
  await server.close();
}
console.log(
  missed
    ? '\nSome pages miss the targets (see above).'
    : '\nEvery page meets the targets: performance ≥ 0.95, accessibility 1, best practices 1, SEO ≥ 0.9.',
);
if (missed) process.exitCode = 1;
