import { useEffect } from 'react';
import { useRoster, type StorageInfo } from '../../store/roster-store';
import { ExportRosterButton } from './export-roster-button';
import { SaveProblemNotice } from './save-problem-notice';

/** Bytes as people read them: 3.2 MB, 1.1 GB. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}

function persistence(info: StorageInfo): string {
  if (info.persisted === true) return 'This browser has agreed to keep this site’s data until you clear it.';
  if (info.persisted === false) return 'This browser has not agreed to keep this site’s data, so it may delete the roster to free space.';
  return 'This browser does not say whether it will keep this site’s data.';
}

/**
 * Where the roster lives and how to keep it: this browser only, eviction explained, the
 * browser's persistence answer and storage estimate, and the roster export.
 */
export function RosterStorage() {
  const storage = useRoster((s) => s.storage);
  const refreshStorage = useRoster((s) => s.refreshStorage);
  useEffect(() => {
    void refreshStorage();
  }, [refreshStorage]);
  return (
    <section className="roster-storage" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Where this roster is kept</h2>
      <SaveProblemNotice />
      <p>
        Only in this browser on this device (its IndexedDB storage): every receipt you import and every assignment you create here. Nothing
        is uploaded, and no other browser or device can see it.
      </p>
      <p>
        <strong>Browsers delete site data.</strong> Safari deletes it after 7 days without a visit to this site; any browser may when the
        device runs low on space, and clearing browsing data deletes it. Download a roster export after each import and keep it somewhere
        safe: importing that file in any browser rebuilds the whole roster, receipts and assignments.
      </p>
      <p className="hint">
        {persistence(storage)}
        {storage.usage !== undefined &&
          storage.quota !== undefined &&
          ` This site is using ${formatBytes(storage.usage)} of the ${formatBytes(storage.quota)} this browser allows it.`}
      </p>
      <p>
        <ExportRosterButton className="secondary" />
      </p>
    </section>
  );
}
