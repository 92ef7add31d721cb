import { useState } from 'react';
import { useDeviceMode } from '../../store/device-mode';
import { stopSharedMode } from '../../store/shared-computer';
import { RemoveEverythingButton } from './remove-everything-button';
import { useExportBackup } from './use-export-backup';

/**
 * The banner in shared-computer mode: nothing is saved here, with the backup and remove-everything
 * actions a learner needs before closing the window, and the way back to saving on this device.
 * Its own chunk (shared-computer-notice.tsx loads it before the mode starts): a first visit
 * shows only the offer.
 */
export function SharedBanner() {
  const exportBackup = useExportBackup();
  const [isStopFailed, setIsStopFailed] = useState(false);
  const keptOnDevice = useDeviceMode((s) => s.keptOnDevice);
  return (
    <section className="notice shared-banner no-print" aria-label="Shared computer mode">
      <p>
        <strong>Shared computer: nothing is saved on this computer.</strong> Your answers and reflections last only until you close this
        window or reload the page. Before you close it, download a backup of your progress, or send your receipt from your assignment page.
      </p>
      {keptOnDevice && (
        <p>
          Progress saved in this browser before is still stored here, and is not changed in this mode. “Remove everything from this
          computer” deletes it.
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button secondary" onClick={exportBackup}>
          Download a backup of my progress
        </button>
        <RemoveEverythingButton />
        <button type="button" className="button secondary" onClick={() => void stopSharedMode().then((ok) => setIsStopFailed(!ok))}>
          Save on this device instead
        </button>
      </div>
      {isStopFailed && (
        <p role="alert">
          Saving on this device could not start: part of the course did not load. Your work is still in this window. Download a backup, then
          try again when you are back online.
        </p>
      )}
    </section>
  );
}
