import { Link, NavLink, Outlet } from 'react-router';
import { CrisisLine } from '../components/crisis-line';
import { whereProgressGoes } from '../config/runtime';
import { site } from '../config/site';
import { OfflineReadyNote } from '../features/offline/offline-ready-note';
import { UpdatePrompt } from '../features/offline/update-prompt';
import { HeaderProgress } from '../features/progress/header-progress';
import { StorageNotice } from '../features/progress/storage-notice';
import { useRememberLocation } from '../features/progress/use-remember-location';

/**
 * The frame around every page: skip link, a compact trainee header (the course, progress,
 * reflections: one row, under 64 px on a phone), main landmark, and a footer holding the crisis
 * line and the secondary places (instructors, how scoring works, progress and backups).
 */
export function AppShell() {
  useRememberLocation();
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to main content
      </a>
      <header className="site-header">
        <div className="wrap header-row">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              PS
            </span>
            {site.courseName}
          </Link>
          <nav aria-label="Main">
            <ul className="nav-list">
              <li>
                <HeaderProgress />
              </li>
              <li>
                <NavLink to="/reflections">Reflections</NavLink>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="wrap">
        <UpdatePrompt />
        <StorageNotice />
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="wrap">
          <CrisisLine />
          <nav aria-label="More" className="footer-nav">
            <ul>
              <li>
                <Link to="/my-progress">My progress and backups</Link>
              </li>
              <li>
                <Link to="/scoring">How scoring works</Link>
              </li>
              <li>
                <Link to="/instructor">Instructors</Link>
              </li>
            </ul>
          </nav>
          <p>{whereProgressGoes()}</p>
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
