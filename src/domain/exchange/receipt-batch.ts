/**
 * Reading many receipts at once (several files, or one paste holding several codes or a JSON
 * list). Each piece is decoded on its own: bad ones are reported with a reason and the rest
 * still import.
 */
import { decodeReceipt, type ReadReceipt } from './receipt-decode';

/** One file or paste to read. */
export interface ReceiptSource {
  /** What to call it in messages (a file name, or "Pasted text"). */
  name: string;
  /** Its text; null when it was too large to read at all. */
  text: string | null;
}

/** The outcome of a batch. */
export interface ReceiptBatch {
  /** Receipts that decoded (some may still fail their checksum). */
  read: { name: string; value: ReadReceipt }[];
  /** Pieces that could not be used, with the reason. */
  failed: { name: string; message: string }[];
}

/** Most receipts one import reads. */
const MAX_BATCH = 1000;

/** Splits pasted or file text into single receipts: a JSON list, one JSON object, or codes in any text. */
function splitReceiptText(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed.startsWith('[')) {
    try {
      const list: unknown = JSON.parse(trimmed);
      if (Array.isArray(list)) return list.map((item) => JSON.stringify(item) ?? '');
    } catch {
      return [trimmed];
    }
  }
  if (trimmed.startsWith('{')) return [trimmed];
  // Codes may arrive inside an email or chat message: pick each one out of the text around it.
  const codes = trimmed.match(/PSVR\d+\.[A-Za-z0-9_-]*/gi);
  return codes ?? (trimmed ? [trimmed] : []);
}

/** Decodes every receipt in every source. Never throws. */
export function readReceiptBatch(sources: readonly ReceiptSource[]): ReceiptBatch {
  const batch: ReceiptBatch = { read: [], failed: [] };
  let count = 0;
  for (const source of sources) {
    if (source.text === null) {
      batch.failed.push({ name: source.name, message: 'This file is far larger than any receipt, so it was not read.' });
      continue;
    }
    const pieces = splitReceiptText(source.text);
    if (pieces.length === 0) batch.failed.push({ name: source.name, message: 'This receipt is empty.' });
    pieces.forEach((piece, i) => {
      const name = pieces.length > 1 ? `${source.name} (receipt ${i + 1})` : source.name;
      if (++count > MAX_BATCH)
        return batch.failed.push({ name, message: `Only ${MAX_BATCH} receipts are read at once; import the rest separately.` });
      const decoded = decodeReceipt(piece);
      if (decoded.ok) batch.read.push({ name, value: decoded.value });
      else batch.failed.push({ name, message: decoded.error.message });
    });
  }
  return batch;
}
