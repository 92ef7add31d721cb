// A host's course-settings.json, served beside the built course as a host would upload it: the
// crisis lines, the escalation sentence in safety feedback, the modules and their order, the
// accent colour and the logo all follow it, also offline after one visit, and a broken file
// leaves the course running on its defaults with every problem on the diagnostics page.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { readZip } from '../../scripts/lms/zip.mjs';
import { packageScorm } from '../../scripts/package-scorm.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { axeBothThemes } from './axe.mjs';
import { DIST, launchBrowser, openPage } from './harness.mjs';
import { answerWithMouse, nextButton, waitForPage } from './journeys.mjs';

const TIMEOUT = 120_000;

/** A host in the UK with its own protocol, three modules, a blue accent and a logo. */
const HARBOR = {
  $comment: 'Harbor Peers',
  courseName: 'Peer Support Foundations',
  organizationName: 'Harbor Peers',
  crisisLines: [
    { label: 'In the UK and Ireland', number: '116 123' },
    { label: 'For young people', number: '0800 1111', text: 'SHOUT to 85258' },
  ],
  emergencyNumber: '999',
  escalationRoute: 'Stay with the person and call the on-call team leader on 0161 496 0000, then write an incident note.',
  modules: ['respectful', 'voluntary', 'hopeful'],
  courseReview: false,
  accentColor: { light: '#1b4f8a', dark: '#9cc9ff' },
  logo: 'brand/harbor.svg',
};
const HARBOR_FOOTER =
  'In the UK and Ireland, call 116 123. For young people, call 0800 1111, or text SHOUT to 85258. If someone is in immediate danger, call 999.';
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#1b4f8a"/></svg>';

let browser;
const servers = [];
const copies = [];
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await Promise.all(servers.map((s) => s.close()));
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the built course with `settings` (text or object) as its course-settings.json. */
async function serveWith(settings, extra = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'psv-settings-'));
  copies.push(dir);
  cpSync(DIST, dir, { recursive: true });
  writeFileSync(join(dir, 'course-settings.json'), typeof settings === 'string' ? settings : JSON.stringify(settings, null, 2));
  for (const [name, body] of Object.entries(extra)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  const server = await startServer({ root: dir, base: '/course/v1/' });
  servers.push(server);
  return server;
}

const footerText = (page) => page.getByRole('contentinfo').locator('.crisis-line').innerText();

test('the crisis lines, modules, name, colour and logo follow the host’s file', { timeout: TIMEOUT }, async () => {
  const server = await serveWith(HARBOR, { 'brand/harbor.svg': LOGO });
  const context = await browser.newContext();
  const { page, problems } = await openPage(context, server.url);
  await waitForPage(page, 'Peer Support Foundations');
  assert.equal(await footerText(page), `Need help now? ${HARBOR_FOOTER}`);
  assert.equal(await page.title(), 'Peer Support Foundations · Peer Support Foundations');
  // One request for the file, started by index.html's preload beside the scripts; the loader's
  // fetch took that response (a second entry, 'fetch', would mean a round trip after the scripts).
  const settingsRequests = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry.name.endsWith('/course-settings.json'))
      .map((entry) => entry.initiatorType),
  );
  assert.deepEqual(settingsRequests, ['link']);

  // Only the host's modules, in its order; no course review; a hidden module is not found.
  const modules = await page.locator('main .module-card h3').allInnerTexts();
  assert.deepEqual(modules, ['Respectful', 'Voluntary', 'Hopeful']);
  assert.match(await page.locator('main .lede').innerText(), /^Three short lessons/);
  assert.equal(await page.getByRole('link', { name: 'Take the final check' }).count(), 0);
  assert.equal(await page.getByRole('link', { name: 'Practice mixed scenarios' }).count(), 0);

  // The accent reaches the header in both themes (its brand line: docs/design.md keeps bright
  // bands off the header), and the logo loads from the course's folder.
  const headerColour = () => page.locator('.site-header').evaluate((el) => getComputedStyle(el).borderTopColor);
  assert.equal(await headerColour(), 'rgb(27, 79, 138)');
  await page.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await headerColour(), 'rgb(156, 201, 255)');
  await page.emulateMedia({ colorScheme: 'light' });
  const logo = page.locator('.site-header img.brand-logo');
  await page.waitForFunction(() => document.querySelector('.site-header img.brand-logo')?.complete);
  assert.equal(await logo.evaluate((img) => img.naturalWidth > 0 && !img.hidden), true);
  assert.match(await page.locator('.site-header .brand').innerText(), /Peer Support Foundations\s*Harbor Peers/);

  // The host's colours, logo and organization name pass axe in both themes (contrast included).
  assert.deepEqual(await axeBothThemes(page, 'home with host settings'), []);

  await page.goto(`${server.url}#/module/open-minded`);
  await waitForPage(page, 'Page not found');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a safety scenario’s feedback names the host’s escalation route', { timeout: TIMEOUT }, async () => {
  const server = await serveWith(HARBOR, { 'brand/harbor.svg': LOGO });
  const context = await browser.newContext();
  const { page, problems } = await openPage(context, `${server.url}#/module/voluntary/quiz`);
  await page.getByRole('button', { name: 'Start practicing' }).click();
  const line = page.locator('main .org-protocol');
  let seen = 0;
  // Answer until a safety-tagged scenario's feedback is on screen; every scenario says whether it is one.
  for (let guard = 0; guard < 60 && (await line.count()) === 0; guard++) {
    if (await nextButton(page).count()) {
      await nextButton(page).click();
      continue;
    }
    await page.locator('main form').first().waitFor();
    const isSafety = (await page.locator('main .safety-note').count()) > 0;
    await answerWithMouse(page);
    seen += 1;
    if (!isSafety) assert.equal(await line.count(), 0, 'no organization line on a scenario without a safety trigger');
  }
  assert.ok(seen > 0);
  assert.equal(
    await line.innerText(),
    'Your organization (Harbor Peers): Stay with the person and call the on-call team leader on 0161 496 0000, then write an incident note.',
  );
  // The same scenario shows the host's crisis line, not the US one.
  assert.equal(await page.locator('main .safety-note .crisis-line').innerText(), `Need help now? ${HARBOR_FOOTER}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('after one visit the host’s settings and logo still apply offline', { timeout: TIMEOUT }, async () => {
  const server = await serveWith(HARBOR, { 'brand/harbor.svg': LOGO });
  const context = await browser.newContext();
  const { page } = await openPage(context, server.url);
  await waitForPage(page, 'Peer Support Foundations');
  await page.getByRole('contentinfo').getByRole('status').filter({ hasText: 'Saved for offline use' }).waitFor({ timeout: 60_000 });
  // The page keeps the file (and the logo) for offline use on this first visit.
  await page.waitForFunction(async () => {
    const cache = await caches.open('psv-course-settings');
    return (await cache.keys()).length >= 2;
  });

  await server.close();
  await context.setOffline(true);
  await page.reload();
  await waitForPage(page, 'Peer Support Foundations');
  assert.equal(await footerText(page), `Need help now? ${HARBOR_FOOTER}`);
  assert.deepEqual(await page.locator('main .module-card h3').allInnerTexts(), ['Respectful', 'Voluntary', 'Hopeful']);
  await page.waitForFunction(() => document.querySelector('.site-header img.brand-logo')?.complete);
  assert.equal(await page.locator('.site-header img.brand-logo').evaluate((img) => img.naturalWidth > 0), true);
  await context.close();
});

test('an edited file shows on the next load, without a rebuild', { timeout: TIMEOUT }, async () => {
  const server = await serveWith(HARBOR, { 'brand/harbor.svg': LOGO });
  const context = await browser.newContext();
  const { page } = await openPage(context, server.url);
  await waitForPage(page, 'Peer Support Foundations');
  await page.getByRole('contentinfo').getByRole('status').filter({ hasText: 'Saved for offline use' }).waitFor({ timeout: 60_000 });
  const dir = copies.at(-1);
  writeFileSync(join(dir, 'course-settings.json'), JSON.stringify({ ...HARBOR, emergencyNumber: '112' }));
  await page.reload();
  await waitForPage(page, 'Peer Support Foundations');
  assert.match(await footerText(page), /call 112\.$/);
  await context.close();
});

test('the accent colour is applied without inline styles, so a strict CSP allows it', { timeout: TIMEOUT }, async () => {
  const server = await serveWith(HARBOR, { 'brand/harbor.svg': LOGO });
  // No service worker here: the page's own response carries the CSP the course is served with:
  // nothing but our own files, and the build's route hints by their hash (README, "Deploy").
  const hints = /script-src 'self' ('sha256-[^']+')/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))?.[1];
  assert.ok(hints, 'the built page allows its route hints by hash');
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.route(`${server.url}`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': `default-src 'self'; script-src 'self' ${hints}` },
    });
  });
  const { page } = await openPage(context);
  const violations = [];
  page.on('console', (msg) => /Content Security Policy/i.test(msg.text()) && violations.push(msg.text()));
  await page.goto(server.url);
  await waitForPage(page, 'Peer Support Foundations');
  assert.equal(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).borderTopColor), 'rgb(27, 79, 138)');
  assert.equal(await page.locator('[style]').count(), 0, 'no element carries a style attribute');
  assert.deepEqual(violations, []);
  // The policy is really in force: an inline style is refused.
  const inline = await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = '.site-header { border-top-color: rgb(1, 2, 3) !important; }';
    document.head.append(style);
    return getComputedStyle(document.querySelector('.site-header')).borderTopColor;
  });
  assert.equal(inline, 'rgb(27, 79, 138)');
  await context.close();
});

test(
  'a broken settings file: the course runs on its defaults and the diagnostics page lists the problems',
  { timeout: TIMEOUT },
  async () => {
    const broken = {
      courseName: '',
      crisisLines: [{ label: 'Local line', number: 'call us' }],
      emergencyNumber: '999',
      modules: ['hopeful', 'kindness'],
      accentColor: '#ffeb3b',
      logo: 'https://cdn.example.com/logo.svg',
      theme: 'dark',
    };
    const server = await serveWith(broken);
    const context = await browser.newContext();
    const { page, problems } = await openPage(context, server.url);
    await waitForPage(page, 'Peer Support Values');
    // Valid fields apply; refused ones fall back: the US crisis line stays, the module list is the valid part.
    assert.equal(await footerText(page), 'Need help now? In the US, call or text 988. If someone is in immediate danger, call 999.');
    assert.deepEqual(await page.locator('main .module-card h3').allInnerTexts(), ['Hopeful']);
    assert.equal(await page.locator('.site-header img').count(), 0);
    // The host is told in the console…
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^console\.warning: course-settings\.json: 7 problems; the course uses its defaults there/);
    for (const field of ['courseName', 'crisisLines[0].number', 'modules[1]', 'accentColor (light theme)', 'logo', 'theme'])
      assert.ok(problems[0].includes(`- ${field}:`), `the console names ${field}`);

    // …and on the diagnostics page, linked from the instructor area.
    await page.getByRole('link', { name: 'Instructors' }).click();
    await page.getByRole('link', { name: 'Check this site’s settings' }).click();
    await waitForPage(page, 'Check this site’s settings');
    const refused = page.getByRole('region', { name: '6 settings were refused' });
    assert.match(await refused.innerText(), /accentColor \(light theme\): #ffeb3b is refused for the light theme \(WCAG AA\)/);
    assert.match(await refused.innerText(), /logo: "https:\/\/cdn\.example\.com\/logo\.svg" is a web address/);
    assert.match(
      await page.getByRole('region', { name: '1 unknown field, ignored' }).innerText(),
      /theme: is not a setting this course knows/,
    );
    await page.getByText(/safety-tagged scenarios are signed off/).waitFor();
    assert.deepEqual(await axeBothThemes(page, 'diagnostics page'), []);
    await context.close();
  },
);

test('a settings file that is not JSON at all: the course runs on its own settings', { timeout: TIMEOUT }, async () => {
  const server = await serveWith('{ "courseName": "Harbor", }');
  const context = await browser.newContext();
  const { page, problems } = await openPage(context, `${server.url}#/settings-check`);
  await waitForPage(page, 'Check this site’s settings');
  assert.match(await page.getByRole('region', { name: '1 setting was refused' }).innerText(), /file: is not valid JSON/);
  assert.equal(await footerText(page), 'Need help now? In the US, call or text 988. If someone is in immediate danger, call 911.');
  assert.equal(problems.length, 1);
  await context.close();
});

test('the LMS packages carry the settings file that is in the build', { timeout: TIMEOUT }, async () => {
  const out = mkdtempSync(join(tmpdir(), 'psv-lms-settings-'));
  copies.push(out);
  const written = await packageScorm({ dist: DIST, out });
  assert.equal(written.length, 2);
  const shipped = readFileSync(join(DIST, 'course-settings.json'));
  for (const { file } of written) {
    const entry = readZip(readFileSync(file)).find((e) => e.name === 'course-settings.json');
    assert.ok(entry, `${file} holds course-settings.json`);
    assert.deepEqual(Buffer.from(entry.data), shipped);
  }
});
