import { useCallback } from 'react';
import { course } from '../../course/course-data';
import { backupFileName } from '../../domain/exchange/backup-file-name';
import { pickProgress, useProgress } from '../../store/progress-store';
import { saveFile } from '../../components/save-file';

/** Returns a function that downloads all progress as a backup file. */
export function useExportBackup(): () => void {
  return useCallback(() => {
    const now = new Date().toISOString();
    const progress = pickProgress(useProgress.getState());
    const filename = backupFileName(now);
    // The backup codec loads on first use, so it stays out of the first-visit bundle (issue #8);
    // the service worker has precached it by then. If it cannot load (offline before the course
    // was saved), the learner still gets their progress as plain JSON rather than nothing.
    import('../../domain/exchange/backup')
      .then(({ encodeBackup }) => saveFile(filename, encodeBackup(progress, course.id, course.version, now), 'application/json'))
      .catch(() => saveFile(filename, JSON.stringify({ course: course.id, savedAt: now, progress }, null, 2), 'application/json'));
  }, []);
}
