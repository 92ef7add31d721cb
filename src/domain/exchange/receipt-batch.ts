/**
 * Reading many receipts at once: several files (receipt files are text holding a code; older
 * ones JSON), one paste holding several codes, a JSON list, or a roster export. Splitting
 * (`planBatch`) is quick and done once; each piece is then decoded on its own (`readPiece`) so a
 * caller can spread thousands over time. There is no cap on how many receipts a batch holds:
 * every piece is either read or refused with its reason.
 */
import type { Decoded } from '../encoding/decode-result';
import { fail } from '../encoding/decode-result';
import type { OwnAssignment } from './own-assignment';
import { findReceiptCodes } from './receipt-marks';
import { decodeReceipt, decodeReceiptValue, type ReadReceipt, type ReceiptErrorCode } from './receipt-decode';
import { isRosterExport, parseExportHeader, parseExportLine } from './roster-export';

/** One file or paste to read. */
export interface ReceiptSource {
  /** What to call it in messages (a file name, or "Pasted text"). */
  name: string;
  /** Its text; null when it was too large to read at all. */
  text: string | null;
}

/** One receipt-sized piece of a source, not yet decoded. */
export interface ReceiptPiece {
  /** What to call it in messages. */
  name: string;
  /** A receipt's text or code, an item already parsed from a JSON list, or one line of a roster export. */
  kind: 'text' | 'value' | 'export-line';
  /** The text (for `text` and `export-line`) or the parsed item (for `value`). */
  body: unknown;
}

/** A piece or source that was not imported, and why. */
export interface Refusal {
  /** What it was called. */
  name: string;
  /** Why, in plain words. */
  message: string;
}

/** A batch split into pieces, plus what a roster export brought besides receipts. */
export interface BatchPlan {
  /** Pieces to decode, in order. */
  pieces: ReceiptPiece[];
  /** Sources refused before decoding. */
  refused: Refusal[];
  /** Own assignments carried by roster exports. */
  assignments: OwnAssignment[];
}

/** A decoded piece, with the import time a roster export kept for it. */
export interface ReadPiece {
  /** The receipt. */
  read: ReadReceipt;
  /** When it was first imported, if the piece came from a roster export. */
  importedAt?: string;
}

/** Splits pasted or file text into single receipts: a JSON list, one JSON object, or codes in any text (a receipt file's too). */
function splitText(name: string, text: string): ReceiptPiece[] {
  const trimmed = text.trim();
  const named = (n: number, i: number) => (n > 1 ? `${name} (receipt ${i + 1})` : name);
  if (trimmed.startsWith('[')) {
    let list: unknown;
    try {
      list = JSON.parse(trimmed);
    } catch {
      return [{ name, kind: 'text', body: trimmed }];
    }
    if (Array.isArray(list)) return list.map((body: unknown, i) => ({ name: named(list.length, i), kind: 'value', body }));
  }
  if (trimmed.startsWith('{')) return [{ name, kind: 'text', body: trimmed }];
  // A receipt file is a few lines of words above its code, and codes may arrive inside an email
  // or chat message: pick each one out of the text around it. Text with none is decoded whole,
  // so it is refused with the reason.
  const found = findReceiptCodes(trimmed);
  const codes = found.length > 0 ? found : trimmed ? [trimmed] : [];
  return codes.map((body, i) => ({ name: named(codes.length, i), kind: 'text', body }));
}

/** Splits every source into pieces; refuses unreadable sources and damaged export headers. Never throws. */
export function planBatch(sources: readonly ReceiptSource[], courseId: string): BatchPlan {
  const plan: BatchPlan = { pieces: [], refused: [], assignments: [] };
  for (const { name, text } of sources) {
    if (text === null) {
      plan.refused.push({ name, message: 'This file is far larger than any receipt or roster export, so it was not read.' });
    } else if (isRosterExport(text)) {
      const lines = text.split('\n').filter((l) => l.trim() !== '');
      const header = parseExportHeader(lines[0] ?? '', courseId);
      if (!header.ok) plan.refused.push({ name, message: header.message });
      else {
        plan.assignments.push(...header.header.assignments);
        if (header.header.refusedAssignments > 0)
          plan.refused.push({
            name: `${name} (assignments)`,
            message: `${header.header.refusedAssignments} of its assignments could not be read.`,
          });
        lines.slice(1).forEach((body, i) => plan.pieces.push({ name: `${name} (receipt ${i + 1})`, kind: 'export-line', body }));
      }
    } else {
      const pieces = splitText(name, text);
      if (pieces.length === 0) plan.refused.push({ name, message: 'This receipt is empty.' });
      plan.pieces.push(...pieces);
    }
  }
  return plan;
}

/** Decodes one piece. Never throws. */
export function readPiece(piece: ReceiptPiece): Decoded<ReadPiece, ReceiptErrorCode> {
  if (piece.kind === 'export-line') {
    const line = parseExportLine(String(piece.body));
    if (!line) return fail('unreadable', 'This line of the roster export is damaged.');
    const decoded = decodeReceiptValue(line.receipt);
    if (!decoded.ok) return decoded;
    return { ok: true, value: line.importedAt ? { read: decoded.value, importedAt: line.importedAt } : { read: decoded.value } };
  }
  const decoded = piece.kind === 'value' ? decodeReceiptValue(piece.body) : decodeReceipt(piece.body);
  return decoded.ok ? { ok: true, value: { read: decoded.value } } : decoded;
}
