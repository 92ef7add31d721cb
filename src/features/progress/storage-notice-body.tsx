import { useStorageStatus } from '../../store/storage-status';
import { saveFile } from '../../components/save-file';
import { useExportBackup } from './use-export-backup';

/**
 * Tells the learner, calmly, when progress cannot be saved or saved data had to be repaired,
 * and always offers a way to keep their work (a backup download). Loaded by storage-notice.tsx
 * only when there is something to say.
 */
export function StorageNoticeBody() {
  const mode = useStorageStatus((s) => s.mode);
  const recovery = useStorageStatus((s) => s.recovery);
  const dismissRecovery = useStorageStatus((s) => s.dismissRecovery);
  const exportBackup = useExportBackup();
  return (
    <>
      {mode !== 'ok' && (
        <section className="notice" role="alert" aria-label="Saving problem">
          <p>
            <strong>Your progress is not being saved on this device.</strong>{' '}
            {mode === 'full'
              ? 'The browser’s storage for this site is full.'
              : 'This browser is blocking storage (this happens in some private windows and on locked-down computers).'}{' '}
            You can keep using the course; download a backup before you close this page so your work is not lost.
          </p>
          <p>
            <button type="button" className="button secondary" onClick={exportBackup}>
              Download a backup of my progress
            </button>
          </p>
        </section>
      )}
      {recovery && (
        <section className="notice" role="status" aria-label="Saved progress repaired">
          <p>
            <strong>Some of your saved progress could not be read.</strong> Everything that could be read has been kept.
          </p>
          <ul>
            {[...new Set(recovery.problems)].slice(0, 5).map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <p>
            {recovery.backupKey ? 'A copy of the original saved data is kept on this device. ' : ''}You can download it to keep or share
            with support.
          </p>
          <p className="button-row">
            <button
              type="button"
              className="button secondary"
              onClick={() => saveFile('peer-support-values-unreadable-progress.txt', recovery.raw, 'text/plain')}
            >
              Download the original saved data
            </button>
            <button type="button" className="button secondary" onClick={dismissRecovery}>
              Dismiss
            </button>
          </p>
        </section>
      )}
    </>
  );
}
