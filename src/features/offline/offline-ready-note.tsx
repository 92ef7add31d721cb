import { useOfflineStatus } from './offline-status';

/**
 * A quiet note in the footer once every lesson is saved for offline use, and after the page
 * reloaded into a new version (so a tab reloaded by another tab's "Reload" says why). It lives in
 * the footer so it never shifts the page, and in a polite live region so screen-reader users hear
 * it too.
 */
export function OfflineReadyNote() {
  const { isOfflineReady, isJustUpdated } = useOfflineStatus();
  const updated = isJustUpdated ? 'Updated to the newest version of the course; your progress was kept. ' : '';
  return (
    <p role="status">
      {isOfflineReady ? `${updated}Saved for offline use: this course now works without an internet connection.` : updated}
    </p>
  );
}
