import { lazy, useState, type ComponentType } from 'react';
import { addressInHash, isHome, parseAddress } from '../components/course-address';
import { findQuiz } from '../course/course-data';
import { PAGE_ROUTES, pathPattern } from './page-routes';
import { trackPageLoad } from './page-loading';

/**
 * Every page but home, each in its own chunk, loaded when an address names it, and the router
 * that shows them (page-router.tsx), itself loaded with the first of them: a first visit to home
 * needs neither (docs/decisions/0026-home-without-the-router.md).
 */

/** A chunk whose module exports its page as `Component`. */
type PageModule = { Component: ComponentType };

/**
 * A component in its own chunk. When its code is already here (preloaded beside the first
 * render, or shown before) it renders at once; otherwise it suspends while the chunk loads. Not
 * suspending matters on a deep link: React shows a suspended boundary's fallback for at least
 * 300 ms before revealing the page, and that wait delayed every arrival's first paint (ADR 0023).
 */
function onDemand(load: () => Promise<PageModule>) {
  let loaded: ComponentType | undefined;
  const preload = () =>
    load().then((m) => {
      loaded = m.Component;
      return m;
    });
  const Lazy = lazy(() => trackPageLoad(preload().then((m) => ({ default: m.Component }))));
  function Page() {
    // Chosen once per mount, so a page on screen is never swapped for another component type.
    const [Ready] = useState(() => loaded);
    return Ready ? <Ready /> : <Lazy />;
  }
  return { Page, preload };
}

const lessonPage = () => import('../routes/lesson');

/**
 * The pages in page-routes.ts (their paths): each loads its code, and optionally the content it
 * shows first (a lesson, a bank), when an address names it (preloadPage).
 */
const PAGES = {
  lesson: { load: lessonPage, content: (slug: string) => lessonPage().then((m) => m.preloadContent(slug)) },
  practice: { load: () => import('../routes/quiz'), content: (slug: string) => poolOf(slug, 'practice') },
  check: { load: () => import('../routes/check'), content: (slug: string) => poolOf(slug, 'check') },
  review: { load: () => import('../routes/review'), content: () => poolOf('review', 'check') },
  reviewPractice: { load: () => import('../routes/review-practice'), content: () => poolOf('review', 'practice') },
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
  return {
    path,
    pattern: new RegExp(pathPattern(path), 'i'),
    content: 'content' in entry ? entry.content : undefined,
    ...onDemand(entry.load),
  };
});

/** The router of every page but home, and the page it shows when no page matches. */
export const pageRouter = onDemand(() => import('./page-router').then((m) => ({ Component: m.PageRouter })));

/** The pool a practice or check page shows (each pool is its own chunk, loaded by a chunk of its own). */
function poolOf(id: string, pool: 'practice' | 'check') {
  const quiz = findQuiz(id);
  return quiz && import('../course/bank-loader').then((banks) => banks.loadQuestions(quiz, [pool]));
}

/** A slug as the address spells it, decoded as react-router decodes params ("" if malformed: nothing to preload). */
function slugOf(match: RegExpExecArray | null): string {
  try {
    return decodeURIComponent(match?.[1] ?? '');
  } catch {
    return '';
  }
}

/**
 * Loads the page an address names, the router that shows it, and the lesson or bank it shows
 * first, side by side: at start-up, while the settings file and saved progress load (a deep link
 * then renders the page itself, not a fallback), and on every move (the old page stays on screen
 * until they are here). Counts as a page load, so the shell shows its loading line and a chunk
 * gone after a deployment is the page's error to explain. Resolves when done, never rejects: a
 * page that cannot load shows its error when it renders. Home needs nothing more.
 */
export function preloadPage(pathname: string): Promise<void> {
  if (isHome(pathname)) return Promise.resolve();
  const page = LAZY_PAGES.find(({ pattern }) => pattern.test(pathname));
  const loads = [pageRouter.preload(), page?.preload(), page?.content?.(slugOf(page.pattern.exec(pathname)))];
  return trackPageLoad(Promise.all(loads)).then(
    () => undefined,
    () => undefined,
  );
}

/** preloadPage for the address in the page's URL now. */
export const preloadAddress = (): Promise<void> => preloadPage(parseAddress(addressInHash()).pathname);
