import { createPath, Route, Router, Routes, type Navigator, type To } from 'react-router';
import { useCourseAddress } from '../components/course-address';
import { openCoursePage } from '../components/course-link';
import { NotFoundRoute } from '../routes/not-found';
import { LAZY_PAGES } from './pages';

const pathOf = (to: To): string => (typeof to === 'string' ? to : createPath(to));

/**
 * How react-router would move the address. The course never asks it to (links are plain anchors,
 * code calls openCoursePage), but a navigator is part of a router: this one moves the hash, which
 * the app follows (follow-address.ts) like any other move.
 */
const HASH_NAVIGATOR: Navigator = {
  createHref: (to) => `#${pathOf(to)}`,
  push: (to) => openCoursePage(pathOf(to)),
  replace: (to) => window.location.replace(`#${pathOf(to)}`),
  go: (delta) => window.history.go(delta),
};

/**
 * Every page but home, matched by react-router against the address the app follows: the shell
 * renders this below its header whenever the address is not home (course-app.tsx), and home never
 * waits for it (docs/decisions/0026-home-without-the-router.md).
 */
export function PageRouter() {
  const address = useCourseAddress();
  return (
    <Router location={address} navigator={HASH_NAVIGATOR}>
      <Routes>
        {LAZY_PAGES.map(({ path, Page }) => (
          <Route key={path} path={path} element={<Page />} />
        ))}
        <Route path="*" element={<NotFoundRoute />} />
      </Routes>
    </Router>
  );
}
