import { lazy, Suspense } from 'react';
import { useOfflineStatus } from './offline-status';

// The banner's code loads only when a new version is waiting (from the precache, so offline
// too), keeping it out of the first-visit bundle (issue #8).
const UpdateBanner = lazy(() => import('./update-banner').then((m) => ({ default: m.UpdateBanner })));

/**
 * Where "a new version is available" appears. The live region is always in the page, so screen
 * readers announce the banner politely when it fills in.
 */
export function UpdatePrompt() {
  const { isUpdateWaiting } = useOfflineStatus();
  return (
    <div role="status" className="update-slot">
      {isUpdateWaiting && (
        <Suspense fallback={null}>
          <UpdateBanner />
        </Suspense>
      )}
    </div>
  );
}
