import { lazy, Suspense } from 'react';
import { useStorageStatus } from '../../store/storage-status';

// The notice and its backup download load only when storage fails or saved data was repaired:
// a first visit with working storage never downloads them (issue #16). From the precache, so
// offline too.
const StorageNoticeBody = lazy(() => import('./storage-notice-body').then((m) => ({ default: m.StorageNoticeBody })));

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
