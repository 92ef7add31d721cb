import type { ComponentType } from 'react';
import { matchPath } from 'react-router';
import { onDemand } from '../components/on-demand';
import { addressInHash, parseAddress, type PageParams } from '../components/course-address';
import { findQuiz } from '../course/course-data';
import { PAGE_ROUTES } from './page-routes';
import { trackPageLoad } from './page-loading';

/**
 * Every page but home, each in its own chunk, loaded when an address names it, and which page an
 * address names: react-router's matchPath, the one part of react-router the course runs
 * (docs/decisions/0027-pages-matched-by-matchpath.md).
 */

/** A chunk whose module exports its page as `Component`. */
type PageModule = { Component: ComponentType };

/** Loads a page's chunk: the page as the module's `Component`, counted as a page load when rendering waits for it. */
function onDemandPage(load: () => Promise<PageModule>) {
  const { Component, preload } = onDemand(() => load().then((m) => m.Component), trackPageLoad);
  return { Page: Component, preload };
}

const lessonPage = () => import('../routes/lesson');
const practicePage = () => import('../routes/quiz');
const reviewPracticePage = () => import('../routes/review-practice');

/**
 * The pages in page-routes.ts (their paths): each loads its code, and optionally the content it
 * shows first (a lesson, a bank), when an address names it (preloadPage).
 */
const PAGES = {
  lesson: { load: lessonPage, content: (slug: string) => lessonPage().then((m) => m.preloadContent(slug)) },
  practice: {
    load: practicePage,
    content: (slug: string) => Promise.all([poolOf(slug, 'practice'), practicePage().then((m) => m.preloadContent(slug))]),
  },
  check: { load: () => import('../routes/check'), content: (slug: string) => poolOf(slug, 'check') },
  review: { load: () => import('../routes/review'), content: () => poolOf('review', 'check') },
  reviewPractice: {
    load: reviewPracticePage,
    content: () => Promise.all([poolOf('review', 'practice'), reviewPracticePage().then((m) => m.preloadContent())]),
  },
  scoring: { load: () => import('../routes/scoring') },
  myProgress: { load: () => import('../routes/my-progress') },
  reflections: { load: () => import('../routes/reflections') },
  instructor: { load: () => import('../routes/instructor') },
  roster: { load: () => import('../routes/instructor-roster') },
  safetyReview: { load: () => import('../routes/instructor-safety-review') },
  settingsCheck: { load: () => import('../routes/settings-check') },
  assign: { load: () => import('../routes/assign') },
  assignment: { load: () => import('../routes/assignment') },
  certificate: { load: () => import('../routes/certificate') },
} satisfies Record<keyof typeof PAGE_ROUTES, { load: () => Promise<PageModule>; content?: (slug: string) => Promise<unknown> | undefined }>;

/** Every page but home, each loaded when first shown. A page is added in page-routes.ts and PAGES. */
export const LAZY_PAGES = Object.entries(PAGES).map(([name, entry]) => {
  const { path } = PAGE_ROUTES[name as keyof typeof PAGES];
  return { path, content: 'content' in entry ? entry.content : undefined, ...onDemandPage(entry.load) };
});

/** A page on demand, as LAZY_PAGES holds them. */
export type LazyPage = (typeof LAZY_PAGES)[number];

/**
 * The page an address's path names, with its params decoded, or undefined when it names none (or
 * names home). Paths match as react-router's routes would: case-insensitive, an optional trailing
 * slash, `:slug` one segment, `*` the rest. No two pages' paths match the same address (a test
 * holds the table to that), so the first match is the only one and no ranking is needed.
 */
export function matchPage(pathname: string): { page: LazyPage; params: PageParams } | undefined {
  const decoded = decodedPath(pathname);
  for (const page of LAZY_PAGES) {
    const match = matchPath({ path: page.path, caseSensitive: false, end: true }, decoded);
    if (match) return { page, params: match.params };
  }
  return undefined;
}

/**
 * The path with each segment decoded, as react-router's routes decode it before matching: a slash
 * written `%2F` stays one segment (matchPath turns it back into `/` in the param), and a path that
 * does not decode (a stray `%`) is matched as typed.
 */
function decodedPath(pathname: string): string {
  try {
    return pathname
      .split('/')
      .map((part) => decodeURIComponent(part).replace(/\//g, '%2F'))
      .join('/');
  } catch {
    return pathname;
  }
}

/** The pool a practice or check page shows (each pool is its own chunk, loaded by a chunk of its own). */
function poolOf(id: string, pool: 'practice' | 'check') {
  const quiz = findQuiz(id);
  return quiz && import('../course/bank-loader').then((banks) => banks.loadQuestions(quiz, [pool]));
}

/**
 * Loads the page an address names and the lesson or bank it shows first, side by side: at
 * start-up, while the settings file and saved progress load (a deep link then renders the page
 * itself, not a fallback), and on every move, which shows once they are here (follow-address.ts).
 * Counts as a page load, so the shell shows its loading line and a chunk gone after a deployment
 * is the page's error to explain. Resolves when done, never rejects: a page that cannot load
 * shows its error when it renders.
 */
export function preloadPage(pathname: string): Promise<void> {
  const match = matchPage(pathname);
  // Home and an address that names no page need nothing more: both are in the first chunk.
  if (!match) return Promise.resolve();
  const loads = [match.page.preload(), match.page.content?.(match.params.slug ?? '')];
  return trackPageLoad(Promise.all(loads)).then(
    () => undefined,
    () => undefined,
  );
}

/** preloadPage for the address in the page's URL now. */
export const preloadAddress = (): Promise<void> => preloadPage(parseAddress(addressInHash()).pathname);
