import { useState } from 'react';
import { useDeviceMode } from '../../store/device-mode';
import { dismissSharedOffer, startSharedMode, stopSharedMode } from '../../store/shared-computer';
import { RemoveEverythingButton } from './remove-everything-button';
import { useExportBackup } from './use-export-backup';
import { useWarnBeforeClosing } from './use-warn-before-closing';

/**
 * The shared-computer choice at the top of the page: on a first visit, a small offer (not a wall:
 * the page works around it); in shared mode, a banner saying nothing is saved here, with the
 * backup and remove-everything actions a learner needs before closing the window.
 */
export function SharedComputerNotice() {
  const mode = useDeviceMode((s) => s.mode);
  const isOffered = useDeviceMode((s) => s.isOffered);
  if (mode === 'shared') return <SharedBanner />;
  if (mode !== 'personal' || !isOffered) return null;
  return (
    <section className="shared-offer no-print" aria-label="Shared computer">
      <p>
        <strong>On a shared or public computer?</strong> Keep your work in this window only: nothing is saved on this computer.
      </p>
      <p className="button-row">
        <button type="button" className="button secondary" onClick={() => void startSharedMode()}>
          I’m on a shared computer
        </button>
        <button type="button" className="button secondary" onClick={dismissSharedOffer}>
          No, this is my own device
        </button>
      </p>
    </section>
  );
}

function SharedBanner() {
  const exportBackup = useExportBackup();
  const [isStopFailed, setIsStopFailed] = useState(false);
  const keptOnDevice = useDeviceMode((s) => s.keptOnDevice);
  useWarnBeforeClosing();
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
