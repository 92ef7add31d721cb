import { useCallback } from 'react';
import { course } from '../../course/course-data';
import { encodeBackup } from '../../domain/backup';
import { pickProgress, useProgress } from '../../store/progress-store';
import { downloadText } from './download';

/** Returns a function that downloads all progress as a backup file. */
export function useExportBackup(): () => void {
  return useCallback(() => {
    const now = new Date().toISOString();
    const text = encodeBackup(pickProgress(useProgress.getState()), course.id, course.version, now);
    downloadText(`peer-support-values-backup-${now.slice(0, 10)}.json`, text);
  }, []);
}
