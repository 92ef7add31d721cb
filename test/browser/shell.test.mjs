// The built course, served from a sub-path by a plain static server, in real Chromium.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { openPage, startCourse } from './harness.mjs';

let course;
before(async () => {
  course = await startCourse();
});
after(async () => {
  await course?.close();
});

test('boots at a sub-path with no console errors', async () => {
  const context = await course.browser.newContext();
  const { page, problems } = await openPage(context, course.url);
  await page.getByRole('heading', { level: 1, name: 'Peer Support Values' }).waitFor();
  assert.equal(await page.title(), 'Peer Support Values · Peer Support Values');
  assert.match(await page.getByRole('contentinfo').innerText(), /call or text 988/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('navigates to a lesson, and the lesson deep link survives a reload', async () => {
  const context = await course.browser.newContext();
  const { page, problems } = await openPage(context, course.url);
  await page.getByRole('link', { name: 'Voluntary', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Voluntary' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Learning objectives' }).waitFor();
  assert.match(page.url(), /#\/module\/voluntary$/);
  const focused = await page.evaluate(() => document.activeElement?.textContent);
  assert.equal(focused, 'Voluntary');
  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'Learning objectives' }).waitFor();
  assert.equal(await page.title(), 'Voluntary · Peer Support Values');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a lesson arrives complete, from home and on a deep link: its page never shows without its text', async () => {
  const context = await course.browser.newContext();
  // Every DOM change is checked: a lesson page (its h1) on screen with an empty lesson body is
  // what a loading line inside the page looks like, and React keeps such a line for 300 ms.
  await context.addInitScript(() => {
    window.__emptyLesson = 0;
    new MutationObserver(() => {
      const h1 = document.querySelector('main h1')?.textContent;
      const isLessonPage = /^#\/module\/[a-z-]+$/.test(location.hash) && h1 && h1 !== 'Peer Support Values';
      if (isLessonPage && !document.querySelector('main .lesson-body h2')) window.__emptyLesson += 1;
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  const { page, problems } = await openPage(context, course.url);
  await page.getByRole('heading', { level: 1, name: 'Peer Support Values' }).waitFor();
  await page.getByRole('link', { name: 'Respectful', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Learning objectives' }).waitFor();
  assert.equal(await page.evaluate(() => window.__emptyLesson), 0, 'from home');
  // A deep link, in a fresh tab: start-up loads the lesson's text before the first render.
  const fresh = await openPage(context, `${course.url}#/module/hopeful`);
  await fresh.page.getByRole('heading', { level: 2, name: 'Learning objectives' }).waitFor();
  assert.equal(await fresh.page.evaluate(() => window.__emptyLesson), 0, 'on a deep link');
  assert.deepEqual([...problems, ...fresh.problems], []);
  await context.close();
});

test('the course runs react-router’s matchPath alone: no router component in any script, on home or after a click; Back renders home again', async () => {
  const context = await course.browser.newContext();
  const { page, problems } = await openPage(context, course.url);
  await page.getByRole('heading', { level: 1, name: 'Peer Support Values' }).waitFor();
  // A page-router chunk (ADR 0026's), and react-router's <Router>, which names the nested-router
  // mistake: the build's rewrite of react-router leaves it out (ADR 0027).
  const scripts = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.endsWith('.js')),
    );
  const routerLoaded = async () => {
    const names = await scripts();
    const texts = await Promise.all(names.map((n) => fetch(n).then((r) => r.text())));
    return {
      pageRouter: names.some((n) => /\/page-router-[\w-]+\.js$/.test(n)),
      reactRouter: texts.some((t) => t.includes('You cannot render a <Router> inside another <Router>')),
    };
  };
  assert.deepEqual(await routerLoaded(), { pageRouter: false, reactRouter: false }, 'home on a first visit');
  await page.getByRole('link', { name: 'Hopeful', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Learning objectives' }).waitFor();
  assert.deepEqual(await routerLoaded(), { pageRouter: false, reactRouter: false }, 'after the first click');
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Peer Support Values' }).waitFor();
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: 'Hopeful' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('while the next page waits for its code, the page before it stays, with the header, the loading line and the crisis line', async () => {
  const context = await course.browser.newContext({ serviceWorkers: 'block' });
  const { page, problems } = await openPage(context, course.url);
  await page.getByRole('heading', { level: 1, name: 'Peer Support Values' }).waitFor();
  // The lesson page's code is held back, as on a slow connection's first click.
  let release;
  const released = new Promise((resolve) => (release = resolve));
  await page.route(/\/lesson-[\w-]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.getByRole('link', { name: 'Start the first module' }).click();
  await page.locator('.page-loading[data-active]').waitFor({ state: 'attached' });
  assert.equal(await page.getByRole('banner').isVisible(), true, 'the header stays');
  assert.match(await page.getByRole('contentinfo').innerText(), /call or text 988/, 'the crisis line stays');
  // Home stays, whole, not a loading fallback in its place (a fragment move comes as a popstate
  // event, which React would render at once: the app waits for the page's code first).
  assert.equal(await page.getByRole('heading', { level: 1, name: 'Peer Support Values' }).isVisible(), true, 'home stays');
  assert.equal(await page.getByText('Loading the course…').count(), 0, 'no fallback in its place');
  release();
  await page.getByRole('heading', { level: 2, name: 'Learning objectives' }).waitFor();
  assert.equal(await page.locator('.page-loading[data-active]').count(), 0, 'the loading line goes');
  // No service worker here, so the held-back file cannot come from its precache.
  assert.deepEqual(
    problems.filter((p) => !/Service Worker registration blocked by Playwright/.test(p)),
    [],
  );
  await context.close();
});

test('a deep link opened fresh shows that page', async () => {
  const context = await course.browser.newContext();
  const { page, problems } = await openPage(context, `${course.url}#/module/hopeful`);
  await page.getByRole('heading', { level: 1, name: 'Hopeful' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a deep link starts fetching its page and content while index.html is still being read (route hints)', async () => {
  const context = await course.browser.newContext();
  const { page, problems } = await openPage(context, `${course.url}#/module/hopeful/quiz`);
  await page.getByRole('button', { name: 'Start practicing' }).waitFor();
  // The hints' links come before the stylesheet in the document: the inline script added them
  // as the parser reached it, not the app once its chunk had run (which appends at the end). The
  // entry's own preloads come first: every page waits for the first-visit chunk.
  const order = await page.evaluate(() => {
    const stylesheet = document.querySelector('link[rel="stylesheet"]');
    return [...document.querySelectorAll('link[rel="modulepreload"]')]
      .filter((link) => link.compareDocumentPosition(stylesheet) & Node.DOCUMENT_POSITION_FOLLOWING)
      .map((link) => link.getAttribute('href').replace(/-[\w-]{8}\.js$/, ''));
  });
  assert.equal(order[1], './assets/app', `the first-visit chunk first: ${order}`);
  assert.ok(order.includes('./assets/quiz'), `the practice page's chunk: ${order}`);
  assert.ok(order.includes('./assets/scenarios'), `its bank: ${order}`);
  // Every hinted file was one the page then used: nothing fetched twice, nothing failed.
  const fetched = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => n.endsWith('.js')),
  );
  assert.equal(new Set(fetched).size, fetched.length, 'each script fetched once');
  assert.deepEqual(problems, []);
  await context.close();
});

test('an unknown route shows the in-app page not found', async () => {
  const context = await course.browser.newContext();
  const { page, problems } = await openPage(context, `${course.url}#/nowhere/at-all`);
  await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
  await page.getByRole('link', { name: 'Go to the course home' }).click();
  await page.getByRole('heading', { level: 1, name: 'Peer Support Values' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a link opens its page at the top with the heading focused; Back focuses the heading where the learner was', async () => {
  const context = await course.browser.newContext({ viewport: { width: 390, height: 844 } });
  const { page, problems } = await openPage(context, `${course.url}#/scoring`);
  const footerLink = (name) => page.getByRole('contentinfo').getByRole('link', { name });
  const headingFocused = (title) =>
    page.waitForFunction((t) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === t, title);
  await footerLink('Instructors').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => window.scrollY > 2000);
  await footerLink('Instructors').click();
  await page.getByRole('heading', { level: 1, name: 'Assign modules' }).waitFor();
  await headingFocused('Assign modules');
  assert.equal(await page.evaluate(() => window.scrollY), 0, 'the new page opens at its top');
  assert.equal((await page.locator('.site-header').boundingBox())?.y, 0, 'the header is in view');
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'How scoring works' }).waitFor();
  await headingFocused('How scoring works');
  assert.deepEqual(problems, []);
  await context.close();
});
