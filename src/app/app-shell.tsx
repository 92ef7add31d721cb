import { lazy, Suspense, type ReactNode } from 'react';
import { CrisisLine } from '../components/crisis-line';
import { courseSettings } from '../config/course-settings';
import { whereProgressGoes } from '../config/runtime';
import { OfflineReadyNote } from '../features/offline/offline-ready-note';
import { UpdatePrompt } from '../features/offline/update-prompt';
import { HeaderProgress } from '../features/progress/header-progress';
import { StorageNotice } from '../features/progress/storage-notice';
import { useRememberLocation } from '../features/progress/use-remember-location';
import { useDeviceMode } from '../store/device-mode';
import { deviceSlots } from './device-slots';
import { useIsLoadingPage } from './page-loading';
import { CourseLink } from '../components/course-link';
import { useCourseAddress } from '../components/course-address';

// Shown only after "Remove everything", which loads it before deleting the offline copy.
const RemovedPage = lazy(() => import('../features/progress/removed-page').then((m) => ({ default: m.RemovedPage })));

/**
 * The frame around every page: skip link, a compact trainee header (the course, progress,
 * reflections: one row, under 64 px on a phone), main landmark, and a footer holding the crisis
 * line and the secondary places (instructors, how scoring works, progress and backups). `children`
 * is the page.
 */
export function AppShell({ children }: { children: ReactNode }) {
  useRememberLocation();
  const mode = useDeviceMode((s) => s.mode);
  const { courseName, organizationName, logo, instructorContact } = courseSettings();
  // Shared-computer mode is for the standalone course (start-course.tsx loads it; an LMS keeps progress itself).
  const slots = deviceSlots();
  const isLoadingPage = useIsLoadingPage();
  const { pathname } = useCourseAddress();
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="site-header">
        <div className="wrap header-row">
          <CourseLink to="/" className="brand">
            {logo ? (
              <img className="brand-logo" src={logo} alt="" onError={(e) => (e.currentTarget.hidden = true)} />
            ) : (
              <span className="brand-mark" aria-hidden="true">
                PS
              </span>
            )}
            {courseName}
            {organizationName && <span className="brand-org">{organizationName}</span>}
          </CourseLink>
          <nav aria-label="Main">
            <ul className="nav-list">
              <li>
                <HeaderProgress />
              </li>
              <li>
                <CourseLink to="/reflections" aria-current={pathname === '/reflections' ? 'page' : undefined}>
                  Reflections
                </CourseLink>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      {/* While a page's code loads: a line for the eye, and a live region (always in the page, so it is heard when it fills in). */}
      <div className="page-loading" aria-hidden="true" data-active={isLoadingPage || undefined} />
      <p role="status" className="visually-hidden">
        {isLoadingPage ? 'Opening the page…' : ''}
      </p>
      <main id="main" tabIndex={-1} className="wrap">
        <UpdatePrompt />
        <StorageNotice />
        {slots && <slots.Notice />}
        {mode === 'removed' ? (
          <Suspense fallback={null}>
            <RemovedPage />
          </Suspense>
        ) : (
          children
        )}
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <CrisisLine />
          <nav aria-label="More" className="footer-nav">
            <ul>
              <li>
                <CourseLink to="/my-progress">My progress and backups</CourseLink>
              </li>
              <li>
                <CourseLink to="/scoring">How scoring works</CourseLink>
              </li>
              <li>
                <CourseLink to="/instructor">Instructors</CourseLink>
              </li>
            </ul>
          </nav>
          {instructorContact && <p>Questions about this course: {instructorContact}</p>}
          <p>{whereProgressGoes(mode === 'shared')}</p>
          {slots && <slots.Controls />}
          <OfflineReadyNote />
        </div>
      </footer>
    </>
  );
}

// Hash routing owns the URL fragment, so the skip link moves focus itself instead of navigating.
function skipToMain(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
