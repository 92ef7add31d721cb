/**
 * A backup's file name: `backup-peer-support-values-<day>.psvbackup.json`. A receipt is a `.txt`
 * file (`receipt-<name>-<assignment>.txt`), so the two differ in name and in type, and a learner
 * does not send their private backup (reflections included) to an instructor by mistake; the
 * restore panel refuses a receipt by its content. Kept apart from the backup codec, which loads
 * on demand. Older backups named `peer-support-values-backup-<day>.json` still restore: files
 * are read by their content, never their name.
 */
export function backupFileName(exportedAt: string): string {
  return `backup-peer-support-values-${exportedAt.slice(0, 10)}.psvbackup.json`;
}
