/**
 * Imports a batch of receipts without holding the page: pieces are decoded, hashed and scored
 * once each, in slices of about SLICE_MS with a turn for the browser between slices, and saved
 * in groups as they go. Nothing is capped: every piece ends up added, a duplicate (the very
 * same receipt), or refused with its reason.
 */
import type { KeyedQuestion } from '../../domain/content/content-types';
import { canonicalJson } from '../../domain/encoding/canonical-json';
import type { OwnAssignment } from '../../domain/exchange/own-assignment';
import { planBatch, readPiece, type Refusal } from '../../domain/exchange/receipt-batch';
import { digestReceipt, receiptId } from '../../domain/exchange/receipt-digest';
import type { NewReceipt } from '../../store/roster-store';
import { sliceTimer, yieldToBrowser } from './yield-to-browser';

/** Longest stretch of work between turns for the browser. */
const SLICE_MS = 25;
/** Receipts saved per write. */
const SAVE_GROUP = 100;
/** Files read ahead of the one being decoded: each read waits on the browser, so keep a few in flight. */
const READ_AHEAD = 8;

/** A file or paste, read only when the import reaches it (thousands of files are never all in memory at once). */
export interface LazySource {
  /** What to call it in messages. */
  name: string;
  /** Its text; null when it is too large to read. */
  read: () => Promise<string | null>;
}

/** How far an import has got. */
export interface ImportProgress {
  /** Sources (files) finished, plus the finished fraction of the current one. */
  done: number;
  /** Sources in the batch. */
  total: number;
  /** Receipts read so far (added, duplicate or refused). */
  receipts: number;
}

/** What an import did, for the report. */
export interface ImportOutcome {
  /** Receipts added to the roster. */
  added: number;
  /** The same receipt already in the roster. */
  alreadyInRoster: number;
  /** The same receipt more than once in this batch (counted after its first). */
  repeatedInBatch: number;
  /** Everything not imported, with reasons. */
  refused: Refusal[];
  /** Own assignments a roster export brought. */
  assignments: number;
  /** False when some receipts or assignments could not be saved in this browser. */
  saved: boolean;
}

/** What runImport needs from its caller. */
export interface ImportDeps {
  /** Every module's questions, by module id. */
  banks: ReadonlyMap<string, readonly KeyedQuestion[]>;
  /** This course's id and content version. */
  course: { id: string; version: string };
  /** Ids already in the roster. */
  known: ReadonlySet<string>;
  /** The import time (ISO 8601). */
  now: string;
  /** Saves new receipts (shown when the import ends). */
  saveReceipts: (receipts: NewReceipt[]) => Promise<{ ok: boolean }>;
  /** Shows every receipt saved by this import. */
  publishReceipts: () => void;
  /** Saves own assignments from a roster export. */
  saveAssignments: (own: OwnAssignment[]) => Promise<{ ok: boolean }>;
  /** Called after each slice. */
  onProgress: (progress: ImportProgress) => void;
}

/** Imports every receipt in `sources`, one source at a time. */
export async function runImport(sources: readonly LazySource[], deps: ImportDeps): Promise<ImportOutcome> {
  const out: ImportOutcome = { added: 0, alreadyInRoster: 0, repeatedInBatch: 0, refused: [], assignments: 0, saved: true };
  const seen = new Set<string>();
  let pending: NewReceipt[] = [];
  let receipts = 0;
  // One write in flight while the next group is decoded; a write is awaited before the next starts.
  let writing: Promise<void> = Promise.resolve();
  const flush = async () => {
    const group = pending;
    pending = [];
    await writing;
    if (group.length > 0)
      writing = deps.saveReceipts(group).then(({ ok }) => {
        if (!ok) out.saved = false;
      });
  };
  const timer = sliceTimer(SLICE_MS);
  const reads: Promise<string | null>[] = [];
  const readAhead = (upTo: number) => {
    for (let r = reads.length; r < Math.min(upTo, sources.length); r++) reads.push(sources[r]!.read());
  };
  for (const [s, source] of sources.entries()) {
    readAhead(s + 1 + READ_AHEAD);
    const text = await reads[s]!;
    delete reads[s];
    const plan = planBatch([{ name: source.name, text }], deps.course.id);
    out.refused.push(...plan.refused);
    if (plan.assignments.length > 0) {
      out.assignments += plan.assignments.length;
      if (!(await deps.saveAssignments(plan.assignments)).ok) out.saved = false;
    }
    for (const [i, piece] of plan.pieces.entries()) {
      receipts++;
      const decoded = readPiece(piece);
      if (!decoded.ok) out.refused.push({ name: piece.name, message: decoded.error.message });
      else {
        const { read } = decoded.value;
        const text = read.text ?? canonicalJson(read.receipt);
        const id = receiptId(read);
        if (deps.known.has(id)) out.alreadyInRoster++;
        else if (seen.has(id)) out.repeatedInBatch++;
        else {
          seen.add(id);
          const digest = digestReceipt(read, deps.banks, deps.course.version, id);
          pending.push({ id, text, importedAt: decoded.value.importedAt ?? deps.now, digest });
          out.added++;
        }
      }
      if (pending.length >= SAVE_GROUP) await flush();
      if (timer.due()) {
        deps.onProgress({ done: s + (i + 1) / plan.pieces.length, total: sources.length, receipts });
        await yieldToBrowser();
        timer.reset();
      }
    }
    if (timer.due()) {
      deps.onProgress({ done: s + 1, total: sources.length, receipts });
      await yieldToBrowser();
      timer.reset();
    }
  }
  await flush();
  await writing;
  deps.publishReceipts();
  deps.onProgress({ done: sources.length, total: sources.length, receipts });
  return out;
}
