import { useId, useState } from 'react';
import { FileDrop } from '../../components/file-drop';
import { course } from '../../course/course-data';
import { BACKUP_TOO_LARGE, MAX_BACKUP_CHARS, parseBackup, previewImport, type Backup } from '../../domain/exchange/backup';
import { mergeIn, replaceAll } from '../../store/progress-edits';
import { pickProgress, useProgress } from '../../store/progress-store';
import { useExportBackup } from './use-export-backup';

/** "1 lesson", "2 lessons": a count with the right form of its noun. */
const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
/** Backup and restore: download everything; bring a file back with a preview, then merge or replace. */
export function RestorePanel() {
  const exportBackup = useExportBackup();
  const [backup, setBackup] = useState<Backup | null>(null);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const inputId = useId();

  async function onFile(file: File | undefined) {
    setBackup(null);
    setError('');
    setDone('');
    if (!file) return;
    // Check the size before reading so a huge file cannot stall the page. (Reading only the first
    // part instead would let a file padded past the limit through, cut at an arbitrary point.)
    if (file.size > MAX_BACKUP_CHARS) {
      setError(BACKUP_TOO_LARGE);
      return;
    }
    const result = parseBackup(await file.text(), course.id);
    if (result.ok) setBackup(result.backup);
    else setError(result.error);
  }

  function apply(mode: 'merge' | 'replace') {
    if (!backup) return;
    if (mode === 'merge') mergeIn(backup.progress);
    else replaceAll(backup.progress, new Date().toISOString());
    setBackup(null);
    setDone(mode === 'merge' ? 'The backup was merged with your progress.' : 'Your progress was replaced with the backup.');
  }

  const preview = backup ? previewImport(pickProgress(useProgress.getState()), backup.progress) : null;
  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup and restore</h2>
      <p>Progress is kept only in this browser. Download a backup to move to another device or to keep your work safe.</p>
      <p>
        <button type="button" className="button secondary" onClick={exportBackup}>
          Download a backup
        </button>
      </p>
      <p className="hint">
        A backup is for you, not your instructor: it holds your private reflections. To show your instructor your progress, send a receipt
        from your assignment.
      </p>
      <FileDrop
        id={inputId}
        label="Restore from a backup file"
        hint="A backup ends in .psvbackup.json (older ones in .json). A receipt (.txt) is for your instructor and restores nothing. You see what a backup holds before anything changes."
        accept=".json,application/json"
        onFiles={(files) => void onFile(files[0])}
      />
      {error && (
        <p role="alert" className="notice error">
          {error}
        </p>
      )}
      {backup && preview && (
        <div className="notice" role="region" aria-label="Backup preview">
          <p>
            <strong>This backup</strong> is from course version {backup.courseVersion}
            {backup.exportedAt ? `, saved ${backup.exportedAt.slice(0, 10)}` : ''}. It would add:
          </p>
          <ul>
            <li>{count(preview.newLessons, 'lesson', 'lessons')} marked read</li>
            <li>{count(preview.newAttempts, 'quiz attempt', 'quiz attempts')}</li>
            <li>{count(preview.newerReflections, 'new or newer reflection', 'new or newer reflections')}</li>
            <li>{count(preview.newAssignments, 'assignment', 'assignments')}</li>
          </ul>
          {backup.problems.length > 0 && <p>Some parts of the file could not be read and will be left out ({backup.problems.length}).</p>}
          <p>
            Merging keeps everything on this device and adds the backup. Replacing removes {preview.lostIfReplaced} items that are only on
            this device.
          </p>
          <p className="button-row">
            <button type="button" className="button" onClick={() => apply('merge')}>
              Merge with my progress
            </button>
            <button type="button" className="button danger" onClick={() => apply('replace')}>
              Replace my progress
            </button>
            <button type="button" className="button secondary" onClick={() => setBackup(null)}>
              Cancel
            </button>
          </p>
        </div>
      )}
      <p role="status">{done}</p>
    </section>
  );
}
