/**
 * Route hints (scripts/route-hints.ts): the table built from the bundle, and the inline script
 * run against an address, as a page would run it. The browser test (test/browser/shell.test.mjs)
 * checks the built course.
 */
import { existsSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { course } from '../../content/course';
import { hintScript, hintTable } from '../../scripts/route-hints';
import { PAGE_ROUTES, pathPattern } from '../../src/app/page-routes';
import { PROGRESS_KEY } from '../../src/store/progress-key';

const root = '/project/';
const chunk = (fileName: string, modules: string[], imports: string[] = []) => ({
  type: 'chunk' as const,
  fileName,
  isEntry: false,
  facadeModuleId: modules[0] ? `${root}${modules[0]}` : null,
  moduleIds: modules.map((m) => `${root}${m}`),
  imports,
});

/** A bundle: the entry and its first-visit chunk, a practice page with a shared quiz chunk, a bank per module, the saved-progress reader. */
const bundle = Object.fromEntries(
  [
    chunk('assets/index-1.js', ['src/main.tsx'], ['assets/app-1.js']),
    chunk('assets/app-1.js', ['src/app/course-app.tsx']),
    chunk('assets/quiz-1.js', ['src/routes/quiz.tsx'], ['assets/quiz-feature-1.js', 'assets/app-1.js']),
    chunk('assets/quiz-feature-1.js', ['src/features/quiz/quiz-feature.tsx'], ['assets/app-1.js']),
    chunk('assets/read-saved-1.js', ['src/store/read-saved.ts'], ['assets/app-1.js']),
    chunk('assets/round-end-1.js', ['src/features/quiz/practice-results.tsx'], ['assets/quiz-feature-1.js', 'assets/app-1.js']),
    ...course.modules.map((m) => chunk(`assets/scenarios-${m.id}.js`, [`content/${m.folder}/scenarios.ts?pool=practice`])),
  ].map((c) => [c.fileName, c]),
);
const practiceOnly = {
  practice: { path: 'module/:slug/quiz', module: 'src/routes/quiz.tsx', content: 'scenarios.ts?pool=practice', arrival: true },
};

afterEach(() => {
  document.head.querySelectorAll('link').forEach((l) => l.remove());
  localStorage.clear();
  window.location.hash = '';
});

/** Runs the hint script at `hash`; resolves to the files it asked to preload. */
function hintsAt(hash: string, routes: Parameters<typeof hintTable>[2] = practiceOnly): string[] {
  window.location.hash = hash;
  new Function(hintScript(hintTable(bundle, root, routes)))();
  return [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((l) => l.getAttribute('href') ?? '');
}

test('a router path becomes a pattern over the address, as matchPath reads it', () => {
  const matches = (path: string, address: string) => new RegExp(pathPattern(path), 'i').test(address);
  expect(matches('module/:slug', '/module/voluntary')).toBe(true);
  expect(matches('module/:slug', '/Module/voluntary/')).toBe(true);
  expect(matches('module/:slug', '/module/voluntary/quiz')).toBe(false);
  expect(matches('assign/*', '/assign')).toBe(true);
  expect(matches('assign/*', '/assign/v2.abc/def')).toBe(true);
  expect(matches('my-progress', '/my-progress')).toBe(true);
  expect(matches('my-progress', '/myXprogress')).toBe(false);
});

test('a deep link preloads its page’s chunks and its module’s bank, never what index.html already loads', () => {
  expect(hintsAt('#/module/hopeful/quiz')).toEqual(['./assets/quiz-1.js', './assets/quiz-feature-1.js', './assets/scenarios-hopeful.js']);
});

test('an unknown module preloads only the page; home, an unhinted page and a broken address preload nothing', () => {
  expect(hintsAt('#/module/no-such-value/quiz')).toEqual(['./assets/quiz-1.js', './assets/quiz-feature-1.js']);
  document.head.querySelectorAll('link').forEach((l) => l.remove());
  for (const hash of ['', '#/', '#/scoring', '#/module/%E0%A4%A/quiz?x=1']) {
    const before = hash.includes('%E0') ? 2 : 0; // a malformed slug still hints the page, then stops quietly
    expect(hintsAt(hash)).toHaveLength(before);
    document.head.querySelectorAll('link').forEach((l) => l.remove());
  }
});

test('saved progress preloads its reader; storage that throws changes nothing', () => {
  localStorage.setItem(PROGRESS_KEY, '{}');
  expect(hintsAt('#/')).toEqual(['./assets/read-saved-1.js']);
  document.head.querySelectorAll('link').forEach((l) => l.remove());
  const getItem = Storage.prototype.getItem;
  Storage.prototype.getItem = () => {
    throw new Error('blocked');
  };
  try {
    expect(() => hintsAt('#/module/hopeful/quiz')).not.toThrow();
  } finally {
    Storage.prototype.getItem = getItem;
  }
});

test('a practice page hints its round’s results only to a learner with saved progress, each file once', () => {
  const returning = { practice: { ...practiceOnly.practice, returning: 'src/features/quiz/practice-results.tsx' } };
  const page = ['./assets/quiz-1.js', './assets/quiz-feature-1.js', './assets/scenarios-hopeful.js'];
  expect(hintsAt('#/module/hopeful/quiz', returning)).toEqual(page);
  document.head.querySelectorAll('link').forEach((l) => l.remove());
  localStorage.setItem(PROGRESS_KEY, '{}');
  expect(hintsAt('#/module/hopeful/quiz', returning)).toEqual([...page, './assets/read-saved-1.js', './assets/round-end-1.js']);
  document.head.querySelectorAll('link').forEach((l) => l.remove());
  expect(hintsAt('#/scoring', returning)).toEqual(['./assets/read-saved-1.js']);
});

test('a page or content file missing from the build fails the build with its name', () => {
  const missing = { practice: { ...practiceOnly.practice, module: 'src/routes/gone.tsx' } };
  expect(() => hintTable(bundle, root, missing)).toThrow(/names src\/routes\/gone\.tsx, which is in no chunk/);
});

test('every page in page-routes.ts names a route module (and a returning module) that exists', () => {
  for (const route of Object.values(PAGE_ROUTES)) {
    expect(existsSync(route.module), route.module).toBe(true);
    if ('returning' in route) expect(existsSync(route.returning), route.returning).toBe(true);
  }
});
