import { useState } from 'react';
import { Page } from '../components/page';
import { isMissingChunkError, recoverFromMissingChunk, type ChunkRecovery } from '../features/offline/missing-chunk';
import { CourseLink } from '../components/course-link';

const ADVICE: Record<Exclude<ChunkRecovery, 'reloading'> | 'other', string> = {
  'already-reloaded':
    'The course was updated while it was open, and this page could not be loaded even after reloading. Check your internet connection, then reload the course home.',
  'reload-by-hand': 'The course may have been updated while it was open. Close it and open it again to load the newest version.',
  offline: 'You are offline, and this page was not saved on this device yet. Reconnect, then try again.',
  other: 'If you are offline, reconnect and try again.',
};

/** Shown when a page fails to load (e.g. a lesson chunk while offline) instead of a blank screen. */
export function RouteError({ error }: { error: unknown }) {
  // A chunk of the running version is gone (a new deployment): reload into it, once.
  const [recovery] = useState<ChunkRecovery | null>(() => (isMissingChunkError(error) ? recoverFromMissingChunk() : null));
  if (recovery === 'reloading') {
    return (
      <main id="main" className="wrap">
        <p role="status">A new version of the course is available. Loading it… Your progress is kept.</p>
      </main>
    );
  }
  const detail = error instanceof Error ? error.message : '';
  return (
    <main id="main" className="wrap">
      <Page title="Something went wrong">
        <p>This page could not be shown. Your saved progress is safe.</p>
        <p>{ADVICE[recovery ?? 'other']}</p>
        {detail && <p className="muted">Details: {detail}</p>}
        <p>
          <CourseLink to="/" onClick={reloadHome}>
            Reload the course home
          </CourseLink>
        </p>
      </Page>
    </main>
  );
}

// A fresh start: after a failed start-up there is no router to follow the address, and after a
// failed page a reload fetches whatever the failure left out.
function reloadHome(event: React.MouseEvent<HTMLAnchorElement>) {
  event.preventDefault();
  window.location.hash = '#/';
  window.location.reload();
}
