import { lazy, Suspense } from 'react';
import { useStorageStatus } from '../../store/storage-status';

// The notice and its backup download load only when storage fails or saved data was repaired:
// a first visit with working storage never downloads them (issue #16). From the precache, so
// offline too.
// If its code cannot load (offline after an update), a plain line still says what matters
// rather than the page failing.
const StorageNoticeBody = lazy(() =>
  import('./storage-notice-body').then(
    (m) => ({ default: m.StorageNoticeBody }),
    () => ({ default: StorageNoticeFallback }),
  ),
);

function StorageNoticeFallback() {
  return (
    <p className="notice" role="alert">
      <strong>Your progress may not be saved on this device.</strong> Keep this window open: your work is kept in it. When you are back
      online, download a backup from My progress before you close it.
    </p>
  );
}

/** Where a saving problem or a repair of saved progress is told; nothing when all is well. */
export function StorageNotice() {
  const isQuiet = useStorageStatus((s) => s.mode === 'ok' && s.recovery === null);
  if (isQuiet) return null;
  return (
    <Suspense fallback={null}>
      <StorageNoticeBody />
    </Suspense>
  );
}
