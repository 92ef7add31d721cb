import { createContext, useContext } from 'react';

/** Where the learner is in the course: the path and query after the URL's `#`. */
export interface CourseAddress {
  /** "/" for home, "/module/voluntary", …: always starts with "/". */
  pathname: string;
  /** The query, with its "?" ("?module=hopeful"), or "". */
  search: string;
}

/** The course address in the page's URL now (after `#`). */
export const addressInHash = (): string => window.location.hash.slice(1);

/**
 * Splits an address ("/assignment/x?module=y") into its path and query. An empty address is home,
 * and a path is always rooted: "#voluntary" reads as "/voluntary", so it reaches the page that
 * explains it was not found, never a blank screen. A `#` inside the address ends it.
 */
export function parseAddress(address: string): CourseAddress {
  const path = address.split('#')[0] ?? '';
  const at = path.indexOf('?');
  const pathname = at < 0 ? path : path.slice(0, at);
  return { pathname: pathname.startsWith('/') ? pathname : `/${pathname}`, search: at < 0 ? '' : path.slice(at) };
}

/** Whether an address's path is the course home, the one page that loads with the first visit. */
export const isHome = (pathname: string): boolean => pathname === '/';

/**
 * The address the course is showing. The app follows the URL once, at its top (src/app/course-app.tsx),
 * and every part reads it from here: the shell, the header and pages alike see the same address
 * in the same render, also while a move to another page is still loading.
 */
export const CourseAddressContext = createContext<CourseAddress>({ pathname: '/', search: '' });

/** The address the course is showing (see CourseAddressContext). */
export const useCourseAddress = (): CourseAddress => useContext(CourseAddressContext);

/** The parts of a page's address its path names (`:slug`, or `*` for a splat), decoded. */
export type PageParams = Readonly<Record<string, string | undefined>>;

/**
 * The params of the page on screen, as react-router's matchPath read them from its path (the app
 * matches the address to a page, src/app/pages.tsx): `{ slug: 'hopeful' }` on `/module/hopeful`.
 */
export const PageParamsContext = createContext<PageParams>({});

/** The params of the page on screen (see PageParamsContext). */
export const usePageParams = (): PageParams => useContext(PageParamsContext);
