/**
 * Roster exports: one file that rebuilds a whole roster on another browser: every receipt (as
 * imported, with when it was imported) and the instructor's own assignments. JSON Lines, so a
 * roster of thousands is read one receipt at a time and never parsed in one block:
 *
 *   line 1   {"format":"psv-roster-export","version":1,"courseId":…,"exportedAt":…,"receipts":N,"assignments":[…]}
 *   line 2…  {"importedAt":…,"receipt":<the receipt's canonical JSON>}
 *
 * The file is read through the ordinary receipt import (receipt-batch.ts), which recognises
 * line 1. ⚠ A file format people keep: change it only with a new ROSTER_EXPORT_VERSION.
 */
import { isIsoTime, isRecord } from '../encoding/untrusted-text';
import { restoreOwnAssignment, type OwnAssignment } from './own-assignment';

/** The `format` of line 1. */
export const ROSTER_EXPORT_FORMAT = 'psv-roster-export';
/** The export version this build writes and reads. */
export const ROSTER_EXPORT_VERSION = 1;

/** One receipt in an export. */
export interface ExportedReceipt {
  /** The receipt's canonical JSON, exactly as stored. */
  text: string;
  /** When it was imported (ISO 8601). */
  importedAt: string;
}

/** What an export holds besides its receipts. */
export interface ExportHeader {
  /** When it was made (ISO 8601). */
  exportedAt: string;
  /** How many receipt lines follow, as the file says. */
  receipts: number;
  /** The instructor's own assignments. */
  assignments: OwnAssignment[];
  /** Assignments in the file that could not be used. */
  refusedAssignments: number;
}

/** Writes an export: line 1, then one line per receipt. */
export function encodeRosterExport(
  courseId: string,
  exportedAt: string,
  assignments: readonly OwnAssignment[],
  receipts: readonly ExportedReceipt[],
): string {
  const header = {
    format: ROSTER_EXPORT_FORMAT,
    version: ROSTER_EXPORT_VERSION,
    courseId,
    exportedAt,
    receipts: receipts.length,
    assignments,
  };
  // Receipt texts are already canonical JSON: splice them in rather than parse and re-write them.
  return (
    [JSON.stringify(header), ...receipts.map((r) => `{"importedAt":${JSON.stringify(r.importedAt)},"receipt":${r.text}}`)].join('\n') + '\n'
  );
}

/** True when a text's first line is a roster export's (cheap: looks at the start only). */
export function isRosterExport(text: string): boolean {
  return /^\s*\{"format":"psv-roster-export"/.test(text.slice(0, 64));
}

/** Reads line 1 of an export; an error message when it cannot be used. */
export function parseExportHeader(line: string, courseId: string): { ok: true; header: ExportHeader } | { ok: false; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return { ok: false, message: 'This roster export is damaged: its first line is not readable.' };
  }
  if (!isRecord(raw) || raw.format !== ROSTER_EXPORT_FORMAT) return { ok: false, message: 'This is not a roster export.' };
  if (typeof raw.version !== 'number' || raw.version > ROSTER_EXPORT_VERSION)
    return { ok: false, message: 'This roster export was made by a newer version of the course. Update this course copy to read it.' };
  if (raw.courseId !== courseId) return { ok: false, message: 'This roster export belongs to a different course.' };
  const list = Array.isArray(raw.assignments) ? raw.assignments : [];
  const assignments = list.map(restoreOwnAssignment).filter((a): a is OwnAssignment => a !== null);
  return {
    ok: true,
    header: {
      exportedAt: isIsoTime(raw.exportedAt) ? raw.exportedAt : '',
      receipts: typeof raw.receipts === 'number' ? raw.receipts : 0,
      assignments,
      refusedAssignments: list.length - assignments.length,
    },
  };
}

/** Reads one receipt line of an export: the receipt (still to be decoded) and when it was imported. */
export function parseExportLine(line: string): { receipt: unknown; importedAt?: string } | null {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return null;
  }
  if (!isRecord(raw) || !('receipt' in raw)) return null;
  return isIsoTime(raw.importedAt) ? { receipt: raw.receipt, importedAt: raw.importedAt } : { receipt: raw.receipt };
}
