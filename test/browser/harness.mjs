// Shared setup for browser tests: the built course on a plain static server under a sub-path,
// driven in Debian's Chromium through playwright-core (no browser downloads).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

/** The Chromium to drive: Debian's, or CHROME_PATH. */
export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
/** The built course to test; COURSE_DIST points elsewhere (e.g. a private build while others rebuild dist/). */
export const DIST = process.env.COURSE_DIST ?? 'dist';

/** Chromium's flags: headless, and no background traffic to flood the closed network. */
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function checkChrome() {
  if (!existsSync(CHROME)) {
    throw new Error(
      `Chromium was not found at ${CHROME}. Install it with "sudo apt-get install -y chromium" or set CHROME_PATH to a Chromium or Chrome binary.`,
    );
  }
}

/** Launches headless Chromium, or fails with a clear install hint. */
export async function launchBrowser() {
  checkChrome();
  return chromium.launch({ executablePath: CHROME, args: CHROME_ARGS });
}

/**
 * Launches Chromium with a profile on disk (`userDataDir`), as a real browser keeps one: what a
 * page stores survives closing it and launching again with the same folder. Returns the context.
 */
export async function launchPersistent(userDataDir) {
  checkChrome();
  return chromium.launchPersistentContext(userDataDir, { executablePath: CHROME, args: CHROME_ARGS });
}

/**
 * A new context whose pages find `items` (key → text) in localStorage before the course starts,
 * as a returning learner's browser would. Seeded once per context: a later reload sees what the
 * course saved, not the seed. `options` go to newContext (e.g. `{ serviceWorkers: 'block' }`).
 */
export async function contextWithStorage(browser, items, options = {}) {
  const context = await browser.newContext(options);
  await context.addInitScript((entries) => {
    if (window !== window.top || sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', '1');
    for (const [key, value] of entries) localStorage.setItem(key, value);
  }, Object.entries(items));
  return context;
}

/** Serves dist/ at /course/v1/ (or `base`) on 127.0.0.1 and launches Chromium. */
export async function startCourse(options = {}) {
  const server = await startServer({ root: DIST, base: '/course/v1/', ...options });
  const browser = await launchBrowser();
  return {
    server,
    browser,
    url: server.url,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens a page that records console errors, page errors and failed or off-machine requests.
 * `problems` lists them; tests assert it is empty.
 */
export async function openPage(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`console.${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  page.on('requestfailed', (req) => problems.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`));
  page.on('request', (req) => {
    const target = new URL(req.url());
    if (!['127.0.0.1', 'localhost'].includes(target.hostname) && target.protocol.startsWith('http'))
      problems.push(`off-device request: ${req.url()}`);
  });
  if (url) await page.goto(url);
  return { page, problems };
}
