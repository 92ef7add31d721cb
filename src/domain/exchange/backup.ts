/**
 * Backup files: all of a learner's progress (reflections included, since it is their own file)
 * as versioned JSON, and a defensive reader for files brought back from another device. A
 * malformed, oversized or hostile file is an error result that changes nothing; so is a
 * completion receipt, which is for the instructor and is said to be one.
 */
import { mergeProgress } from '../progress/progress-merge';
import type { Progress } from '../progress/progress-model';
import { restoreProgress } from '../progress/progress-restore';
import { findReceiptCodes, RECEIPT_FORMAT } from './receipt-marks';

/** Identifies our backup files. */
export const BACKUP_FORMAT = 'peer-support-values-backup';
/** The backup file version this code writes. */
export const BACKUP_VERSION = 1;
/** Largest backup file accepted, in characters (and so in bytes: a character is at least one). */
export const MAX_BACKUP_CHARS = 2_000_000;
/** The error for a file over the limit; the restore panel also shows it before reading a big file. */
export const BACKUP_TOO_LARGE = 'This file is too large to be a course backup (the limit is 2 MB). Nothing was changed.';

/**
 * The error for a completion receipt chosen to restore from (a receipt file, or an older JSON
 * one): what it is, that it cannot restore anything, and which file does.
 */
export const RECEIPT_NOT_BACKUP =
  'This is a completion receipt for your instructor, not a backup of your progress, so it cannot restore anything. Send it to your instructor. To restore, choose a backup file (its name ends in .psvbackup.json), saved here with “Download a backup”. Nothing was changed.';

/** A parsed backup. */
export interface Backup {
  /** Course id it came from. */
  courseId: string;
  /** Course content version it came from. */
  courseVersion: string;
  /** When it was exported (ISO 8601). */
  exportedAt: string;
  /** The progress in it, validated. */
  progress: Progress;
  /** Parts of the file that could not be used. */
  problems: string[];
}

/** Result of reading a backup file. */
export type BackupResult = { ok: true; backup: Backup } | { ok: false; error: string };

/** Serialises progress into a backup file's text. */
export function encodeBackup(progress: Progress, courseId: string, courseVersion: string, exportedAt: string): string {
  return JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, courseId, courseVersion, exportedAt, progress }, null, 1);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a backup file's text; never throws. */
export function parseBackup(text: string, courseId: string): BackupResult {
  if (text.length > MAX_BACKUP_CHARS) return { ok: false, error: BACKUP_TOO_LARGE };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // A receipt file is text holding a receipt code. Only text that is not JSON is searched: a
    // backup may hold a code the learner pasted into a reflection, and is still a backup.
    if (findReceiptCodes(text).length > 0) return { ok: false, error: RECEIPT_NOT_BACKUP };
    return { ok: false, error: 'This file is not a course backup: it is not readable JSON. Nothing was changed.' };
  }
  if (isRecord(data) && data.format === RECEIPT_FORMAT) return { ok: false, error: RECEIPT_NOT_BACKUP };
  if (!isRecord(data) || data.format !== BACKUP_FORMAT)
    return { ok: false, error: 'This file is not a Peer Support Values backup. Nothing was changed.' };
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1)
    return { ok: false, error: 'This backup file is damaged: its version number is unreadable. Nothing was changed.' };
  if (data.version > BACKUP_VERSION)
    return {
      ok: false,
      error: 'This backup was made by a newer version of the course. Update the course, then try again. Nothing was changed.',
    };
  if (data.courseId !== courseId) return { ok: false, error: 'This backup belongs to a different course. Nothing was changed.' };
  // A file with no progress record would restore as empty, and "Replace" would then erase everything.
  if (!isRecord(data.progress))
    return { ok: false, error: 'This backup file is damaged: it has no readable progress in it. Nothing was changed.' };
  const { progress, problems } = restoreProgress(data.progress);
  return {
    ok: true,
    backup: {
      courseId,
      courseVersion: typeof data.courseVersion === 'string' ? data.courseVersion.slice(0, 40) : 'unknown',
      exportedAt: typeof data.exportedAt === 'string' ? data.exportedAt.slice(0, 40) : '',
      progress,
      problems,
    },
  };
}

/** What importing would change, in counts a learner can check before choosing. */
export interface ImportPreview {
  /** Lessons marked read in the file but not here. */
  newLessons: number;
  /** Quiz attempts in the file but not here. */
  newAttempts: number;
  /** Reflections that are new or newer in the file. */
  newerReflections: number;
  /** Assignments in the file but not here. */
  newAssignments: number;
  /** Lessons, attempts and reflections here that replacing would remove. */
  lostIfReplaced: number;
}

/** Compares current progress with an incoming backup. */
export function previewImport(current: Progress, incoming: Progress): ImportPreview {
  const merged = mergeProgress(current, incoming);
  const attemptIds = new Set(current.attempts.map((a) => a.id));
  const incomingAttemptIds = new Set(incoming.attempts.map((a) => a.id));
  return {
    newLessons: Object.keys(incoming.lessonsRead).filter((id) => !current.lessonsRead[id]).length,
    newAttempts: incoming.attempts.filter((a) => !attemptIds.has(a.id)).length,
    newerReflections: Object.entries(merged.reflections).filter(([id, r]) => current.reflections[id]?.updatedAt !== r.updatedAt).length,
    newAssignments: incoming.assignments.filter((a) => !current.assignments.some((c) => c.id === a.id)).length,
    lostIfReplaced:
      Object.keys(current.lessonsRead).filter((id) => !incoming.lessonsRead[id]).length +
      current.attempts.filter((a) => !incomingAttemptIds.has(a.id)).length +
      Object.keys(current.reflections).filter((id) => !incoming.reflections[id]).length,
  };
}
