// `npm run screenshots`: phone (390 px) and desktop (1280 px) shots of the built course, light and
// dark, into docs/screenshots/. Drives the real app as people do: an instructor makes an
// assignment, a trainee adds it, reads the lesson, practices, passes the check and sends a
// receipt, the instructor adds it to the roster. Needs `npm run build` first and Chromium
// (CHROME_PATH, default /usr/bin/chromium). Options: --out <dir>, --only <name,name>, --full (whole
// pages) or --tall (taller screens) for review, --dist <dir>.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../test/browser/harness.mjs';
import { passQuiz } from '../test/browser/lms/quiz-driver.mjs';
import { loadSeedTools } from '../test/browser/lms/seed.mjs';
import { startServer } from './serve.mjs';

const { values: args } = parseArgs({
  options: {
    out: { type: 'string' },
    only: { type: 'string' },
    dist: { type: 'string' },
    full: { type: 'boolean' },
    tall: { type: 'boolean' },
  },
});
const OUT = resolve(args.out ?? 'docs/screenshots');
const ONLY = args.only ? new Set(args.only.split(',')) : null;
const SIZES = args.tall
  ? { phone: { width: 390, height: 1500 }, desktop: { width: 1280, height: 1400 } }
  : { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const THEMES = ['light', 'dark'];
const MODULE = 'respectful';

const server = await startServer({ root: args.dist ?? 'dist', base: '/course/v1/' });
const browser = await launchBrowser();
const tools = await loadSeedTools();
mkdirSync(OUT, { recursive: true });

/** Waits for a page's h1, then for two frames so late styles and statuses settle. */
async function settle(page, heading) {
  if (heading) await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}

/** Sets up a trainee with an assignment, a read lesson, a practice round begun, a passed check and a roster. */
async function prepare(context) {
  const page = await context.newPage();
  await page.setViewportSize(SIZES.desktop);
  await page.goto(`${server.url}#/instructor`);
  await page.getByRole('checkbox', { name: 'Respectful' }).check();
  await page.getByLabel('Due date (optional)').fill('2099-06-30');
  await page.getByLabel('Cohort name').fill('Spring cohort');
  await page.getByLabel('Your name').fill('Dana Lee');
  await page.getByLabel('Short message to trainees (optional)').fill('Start with Respectful. Bring questions to Thursday’s group.');
  await page.getByRole('button', { name: 'Create assignment link' }).click();
  const link = await page.getByLabel('Assignment link').inputValue();
  await page.goto(link);
  await page.getByRole('button', { name: 'Add this assignment' }).click();
  await settle(page, 'Your assignment');
  const assignment = new URL(page.url()).hash.slice(1);
  await page.goto(`${server.url}#/module/${MODULE}`);
  await page
    .getByRole('button', { name: 'I have finished reading this lesson' })
    .or(page.getByText('You have finished reading this lesson.'))
    .first()
    .waitFor();
  await page.locator('.lesson-end').scrollIntoViewIfNeeded();
  await page.getByText('You have finished reading this lesson.').waitFor();
  await page.goto(`${server.url}#/module/${MODULE}/check`);
  await passQuiz(page, tools.banks[MODULE]);
  await page.getByRole('heading', { level: 2, name: 'Your result' }).waitFor();
  // A second module under way, so home shows more than one stage.
  await page.goto(`${server.url}#/module/hopeful`);
  await settle(page, 'Hopeful');
  await page.goto(`${server.url}#${assignment}`);
  await page.getByLabel(/^Your name/).fill('Alex Morgan');
  await page.getByRole('button', { name: 'Send to your instructor' }).click();
  const code = await page.getByLabel(/Receipt code/).inputValue();
  await page.goto(`${server.url}#/instructor/roster`);
  await page.getByLabel(/Or paste receipt codes/).fill(code);
  await page.getByRole('button', { name: 'Add pasted receipts' }).click();
  await page.getByText(/1 receipt added/).waitFor();
  await page.close();
  return { assignment };
}

/** The screens: each opens its page and leaves it ready to shoot. */
function screens({ assignment }) {
  return {
    home: async (page) => {
      await page.goto(`${server.url}#/`);
      await settle(page, 'Peer Support Values');
      await page
        .getByText(/of 10 modules passed/)
        .first()
        .waitFor();
      // The assignment card once its progress is scored, not its loading line.
      await page.getByText('Loading your assignments…').waitFor({ state: 'detached' });
    },
    lesson: async (page) => {
      await page.goto(`${server.url}#/module/hopeful`);
      await settle(page, 'Hopeful');
      await page.locator('.lesson-body h2').first().waitFor();
    },
    'practice-feedback': async (page) => {
      await page.goto(`${server.url}#/module/${MODULE}/quiz`);
      await settle(page, /practice scenarios/);
      const start = page.getByRole('button', { name: 'Start practicing' });
      if (await start.count()) await start.click();
      const form = page.locator('form.question-form').last();
      await form.waitFor();
      if (await form.getByRole('button', { name: 'Submit this order' }).count()) {
        await form.getByRole('button', { name: 'Submit this order' }).click();
      } else {
        if (await form.getByRole('checkbox').count()) await form.getByRole('checkbox').nth(1).check();
        else await form.getByRole('radio').nth(1).check();
        await form.getByRole('button', { name: /^Submit/ }).click();
      }
      await page.locator('.feedback').first().waitFor();
      await page.locator('.feedback').first().scrollIntoViewIfNeeded();
    },
    results: async (page) => {
      await page.goto(`${server.url}#/module/${MODULE}/check`);
      await settle(page, /mastery check/);
      await page.getByRole('heading', { level: 2, name: 'Your result' }).waitFor();
    },
    assignment: async (page) => {
      await page.goto(`${server.url}#${assignment}`);
      await settle(page, 'Your assignment');
      await page.getByRole('button', { name: 'Send to your instructor' }).waitFor();
    },
    roster: async (page) => {
      await page.goto(`${server.url}#/instructor/roster`);
      await settle(page);
      // The roster itself, below the notes on what it checks.
      const table = page.getByRole('table', { name: /^Roster/ });
      await table.waitFor();
      await table.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    },
    certificate: async (page) => {
      const id = assignment.split('/').at(-1);
      await page.goto(`${server.url}#/certificate?assignment=${id}`);
      await page.getByRole('region', { name: 'Certificate of completion' }).waitFor();
      await page.getByRole('region', { name: 'Certificate of completion' }).scrollIntoViewIfNeeded();
    },
  };
}

try {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const state = await prepare(context);
  const list = Object.entries(screens(state)).filter(([name]) => !ONLY || ONLY.has(name));
  const page = await context.newPage();
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    // Each screen opened once, then shot in both themes: the light and dark shots show the same
    // state (a practice screen answers the next scenario each time it opens).
    for (const [name, open] of list) {
      await page.emulateMedia({ colorScheme: THEMES[0], reducedMotion: 'reduce' });
      await open(page);
      for (const colorScheme of THEMES) {
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
        await settle(page);
        const file = join(OUT, `${name}-${size}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: Boolean(args.full) });
        console.log(file);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
