import { useOfflineStatus } from './offline-status';

/**
 * A quiet note in the footer once every lesson is saved for offline use. It lives in the footer
 * so it never shifts the page, and in a polite live region so screen-reader users hear it too.
 */
export function OfflineReadyNote() {
  const { isOfflineReady } = useOfflineStatus();
  return <p role="status">{isOfflineReady ? 'Saved for offline use: this course now works without an internet connection.' : ''}</p>;
}
