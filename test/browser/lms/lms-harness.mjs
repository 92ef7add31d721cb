// Browser-test setup for the LMS packages: unpack the built zips (dist-lms/) and a one-module
// package made from the same build, serve them with the test LMS page and scorm-again from one
// origin (the API is only reachable same-origin), and launch Chromium.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageScorm } from '../../../scripts/package-scorm.mjs';
import { readZip } from '../../../scripts/lms/zip.mjs';
import { startServer } from '../../../scripts/serve.mjs';
import { launchBrowser, openPage } from '../harness.mjs';
import { writeLmsPage } from './lms-page.mjs';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/** Unpacks a zip into `dir`; returns the entry names. */
export function unpack(zipFile, dir) {
  const entries = readZip(readFileSync(zipFile));
  for (const { name, data } of entries) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return entries.map((e) => e.name);
}

/** The built full-course packages in dist-lms/ for this course version. */
export function builtPackages(course) {
  const file = (label) => join(root, 'dist-lms', `${course.id}-${label}-v${course.version}.zip`);
  const packages = { 1.2: file('scorm12'), 2004: file('scorm2004') };
  for (const path of Object.values(packages)) {
    if (!existsSync(path))
      throw new Error(`${path} is missing: run "npm run build" (or "npx vite build && node scripts/package-scorm.mjs") first.`);
  }
  return packages;
}

/** Serves the LMS page, scorm-again and every package; resolves to the running setup. */
export async function startLms(course) {
  const tmp = mkdtempSync(join(tmpdir(), 'psv-lms-'));
  const built = builtPackages(course);
  const subset = await packageScorm({ out: join(tmp, 'subset'), modules: 'voluntary' });
  const mounts = { '/vendor/': join(root, 'node_modules/scorm-again/dist') };
  for (const [version, zip] of Object.entries(built)) {
    unpack(zip, join(tmp, `full-${version}`));
    mounts[`/full-${version}/`] = join(tmp, `full-${version}`);
  }
  for (const { version, file } of subset) {
    unpack(file, join(tmp, `voluntary-${version}`));
    mounts[`/voluntary-${version}/`] = join(tmp, `voluntary-${version}`);
  }
  writeLmsPage(join(tmp, 'lms'));
  const server = await startServer({ root: join(tmp, 'lms'), base: '/lms/', mounts });
  const browser = await launchBrowser();
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the test LMS, which launches `pkg` ('full' or 'voluntary') for `version` with the CMI
 * values in `cmi` (a returning learner's record) and any `fault` from the start, and returns
 * handles to read the LMS back. `prepare(context)` runs before the page opens (e.g. to add
 * init scripts that watch every frame); with `popup` the course opens in a window of its own.
 */
export async function launch(lms, { version, pkg = 'full', cmi, fault, popup = false, prepare }) {
  const context = await lms.browser.newContext();
  await prepare?.(context);
  const setup = { version, course: `/${pkg}-${version}/index_lms.html`, cmi, fault, popup };
  await context.addInitScript((s) => {
    // Init scripts run in every frame; only the top one is the LMS.
    if (window === window.top) window.lmsSetup = s;
  }, setup);
  const { page, problems } = await openPage(context);
  const opened = popup ? page.waitForEvent('popup') : null;
  await page.goto(`${lms.server.origin}/lms/`);
  const courseWindow = opened ? await opened : null;
  if (courseWindow) {
    courseWindow.on('pageerror', (err) => problems.push(`course page error: ${err.message}`));
    courseWindow.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`course console.${msg.type()}: ${msg.text()}`);
    });
  }
  // The course: its frame in the LMS page, or its own window (`popup`), queried the same way.
  const frame = courseWindow ? courseWindow.locator(':root') : page.frameLocator('iframe[title="Course"]');
  return {
    page,
    problems,
    frame,
    /** The course's own window, with `popup`. */
    popup: courseWindow,
    /** The data model as of the last commit the LMS accepted (flattened), or null. */
    committed: () => page.evaluate(() => window.lmsCommitted),
    /** From now on the LMS receives nothing: the course's device has died. */
    freeze: () => page.evaluate(() => Object.assign(window, { lmsFrozen: true })),
    /** The LMS's data model, flattened ('cmi.core.lesson_status': 'incomplete', …). */
    cmi: () => page.evaluate(() => window.lmsApi.getFlattenedCMI()),
    /** Every call the course made, in order, as [name, ...args]. */
    log: () => page.evaluate(() => window.lmsLog),
    /** Makes the LMS refuse calls ("false" + error code) or stop answering (throw). */
    fault: (fault) => page.evaluate((f) => Object.assign(window.lmsFault, f), fault),
    /** Removes the course's frame, as an LMS does when the learner closes the course. */
    closeCourse: () => page.evaluate(() => document.querySelector('iframe')?.remove()),
    close: () => context.close(),
  };
}

/** Waits until `check(log)` holds for the LMS call log (polling; the course runs in its own frame). */
export async function waitForLog(session, check, timeout = 5_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const log = await session.log();
    if (check(log)) return log;
    if (Date.now() > until) throw new Error(`The LMS log never matched. Last calls: ${JSON.stringify(log.slice(-8))}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}

/** Waits until `check(committed)` holds for the data model as of the LMS's last commit (null before one). */
export async function waitForCommitted(session, check, timeout = 10_000) {
  const until = Date.now() + timeout;
  for (;;) {
    const committed = await session.committed();
    if (check(committed ?? null)) return committed;
    if (Date.now() > until) throw new Error('The LMS never committed what was expected.');
    await new Promise((ok) => setTimeout(ok, 100));
  }
}
