/**
 * The roster's IndexedDB database, through `idb` (docs/decisions/0010-roster-in-indexeddb.md).
 * Three object stores:
 *
 *   receipts     id → { id, text, importedAt }   the record: each receipt's canonical JSON
 *   digests      id → { importedAt, digest }     derived (receipt-digest.ts), rebuilt when stale
 *   assignments  id → { assignment, createdAt }  the instructor's own assignments (the authority)
 *
 * Every write resolves to a result that says whether it was committed, and why not (quota full,
 * storage blocked). Nothing here throws into the app.
 *
 * ⚠ DB_VERSION: bump it only with an upgrade step below that keeps every existing receipt.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ReceiptDigest } from '../domain/exchange/receipt-digest';
import type { OwnAssignment } from '../domain/exchange/own-assignment';
import { isMemoryOnly } from './device-mode';

/** The database name. */
export const DB_NAME = 'psv-roster';
const DB_VERSION = 1;

/** One stored receipt. */
export interface StoredReceipt {
  /** The roster id (SHA-256 of the canonical text). */
  id: string;
  /** The receipt's canonical JSON. */
  text: string;
  /** When it was imported (ISO 8601). */
  importedAt: string;
}

interface RosterSchema extends DBSchema {
  receipts: { key: string; value: StoredReceipt };
  digests: { key: string; value: { importedAt: string; digest: ReceiptDigest } };
  assignments: { key: string; value: OwnAssignment };
}

// Committed once the browser has the data, without waiting for the disk to flush: an import
// writes hundreds of groups, and a lost last group on a power cut is re-imported from the files.
const RELAXED = { durability: 'relaxed' } as const;

/** The open database. */
export type RosterDb = IDBPDatabase<RosterSchema>;

/** Why a write did not happen. */
export type WriteFailure = 'full' | 'blocked' | 'failed';

/** The outcome of a write. */
export type WriteResult = { ok: true } | { ok: false; reason: WriteFailure };

/** Opens (and on first use creates) the roster database; null when IndexedDB is unavailable or blocked. */
export async function openRosterDb(): Promise<RosterDb | null> {
  try {
    // Shared-computer mode: nothing goes to IndexedDB; the roster stays in memory for this window.
    if (typeof indexedDB === 'undefined' || isMemoryOnly()) return null;
    const db = await openDB<RosterSchema>(DB_NAME, DB_VERSION, {
      upgrade(database) {
        database.createObjectStore('receipts', { keyPath: 'id' });
        database.createObjectStore('digests');
        database.createObjectStore('assignments');
      },
      // Another tab needs a newer version: let it upgrade; this tab reloads its roster next visit.
      blocking(_current, _next, event) {
        (event.target as IDBDatabase).close();
      },
    });
    return db;
  } catch {
    return null;
  }
}

function failure(error: unknown): WriteFailure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return 'full';
  if (name === 'InvalidStateError' || name === 'SecurityError') return 'blocked';
  return 'failed';
}

async function attempt(write: () => Promise<unknown>): Promise<WriteResult> {
  try {
    await write();
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: failure(error) };
  }
}

/** Saves receipts with their digests in one transaction; committed only if every record was. */
export function putReceipts(db: RosterDb, records: readonly (StoredReceipt & { digest: ReceiptDigest })[]): Promise<WriteResult> {
  return attempt(async () => {
    const tx = db.transaction(['receipts', 'digests'], 'readwrite', RELAXED);
    const [receipts, digests] = [tx.objectStore('receipts'), tx.objectStore('digests')];
    for (const { id, text, importedAt, digest } of records) {
      void receipts.put({ id, text, importedAt });
      void digests.put({ importedAt, digest }, id);
    }
    await tx.done;
  });
}

/** Saves receipts alone (a migration: their digests are made later). */
export function putTexts(db: RosterDb, records: readonly StoredReceipt[]): Promise<WriteResult> {
  return attempt(async () => {
    const tx = db.transaction('receipts', 'readwrite');
    for (const r of records) void tx.store.put(r);
    await tx.done;
  });
}

/** Saves rebuilt digests. */
export function putDigests(
  db: RosterDb,
  records: readonly { id: string; importedAt: string; digest: ReceiptDigest }[],
): Promise<WriteResult> {
  return attempt(async () => {
    const tx = db.transaction('digests', 'readwrite', RELAXED);
    for (const { id, importedAt, digest } of records) void tx.store.put({ importedAt, digest }, id);
    await tx.done;
  });
}

/** Deletes one receipt and its digest. */
export function deleteReceipt(db: RosterDb, id: string): Promise<WriteResult> {
  return attempt(async () => {
    const tx = db.transaction(['receipts', 'digests'], 'readwrite');
    void tx.objectStore('receipts').delete(id);
    void tx.objectStore('digests').delete(id);
    await tx.done;
  });
}

/** Saves an own assignment. */
export function putAssignment(db: RosterDb, own: OwnAssignment): Promise<WriteResult> {
  return attempt(() => db.put('assignments', own, own.assignment.id));
}

/** Digests read per request: each read is deserialised in one go on the page's main thread. */
const READ_SLICE = 500;

/**
 * Everything needed to show the roster, without reading any receipt text, digests a slice at a
 * time (`onSlice` gives the page a turn between slices). Untrusted: callers restore it.
 */
export async function readRoster(
  db: RosterDb,
  onSlice?: () => Promise<void>,
): Promise<{ ids: string[]; digests: Map<string, unknown>; assignments: unknown[] }> {
  const [ids, digestKeys, assignments] = await Promise.all([db.getAllKeys('receipts'), db.getAllKeys('digests'), db.getAll('assignments')]);
  const digests = new Map<string, unknown>();
  for (let i = 0; i < digestKeys.length; i += READ_SLICE) {
    const [first, last] = [digestKeys[i]!, digestKeys[Math.min(i + READ_SLICE, digestKeys.length) - 1]!];
    const values = await db.getAll('digests', IDBKeyRange.bound(first, last));
    values.forEach((v, k) => digests.set(digestKeys[i + k]!, v));
    await onSlice?.();
  }
  return { ids, digests, assignments };
}

/** Reads stored receipts by id (all when `ids` is absent), a slice at a time so no read holds the page long. */
export async function readTexts(db: RosterDb, ids?: readonly string[], onSlice?: () => Promise<void>): Promise<StoredReceipt[]> {
  const wanted = ids ?? (await db.getAllKeys('receipts'));
  const out: StoredReceipt[] = [];
  for (let i = 0; i < wanted.length; i += 200) {
    const tx = db.transaction('receipts', 'readonly');
    const slice = await Promise.all(wanted.slice(i, i + 200).map((id) => tx.store.get(id)));
    for (const r of slice) if (r) out.push(r);
    await onSlice?.();
  }
  return out;
}
