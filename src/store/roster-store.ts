/**
 * The instructor's roster: imported receipts and the instructor's own assignments, kept in this
 * browser's IndexedDB (roster-db.ts) so thousands of receipts fit. In memory it holds each
 * receipt's digest, never its text; texts are read from storage only to export. Every write is
 * checked: a write that fails keeps what it was saving in memory for this visit and sets
 * `saveProblem`, so the page can offer a roster export before anything is lost.
 */
import { create } from 'zustand';
import { restoreDigest } from '../domain/exchange/receipt-digest';
import type { ReceiptDigest } from '../domain/exchange/receipt-digest';
import { restoreOwnAssignment, type OwnAssignment } from '../domain/exchange/own-assignment';
import { encodeRosterExport, type ExportedReceipt } from '../domain/exchange/roster-export';
import type { RosterItem } from '../domain/exchange/roster-rows';
import { deleteReceipt, openRosterDb, putAssignment, putDigests, putReceipts, readRoster, readTexts } from './roster-db';
import type { RosterDb, StoredReceipt, WriteFailure, WriteResult } from './roster-db';
import { migrateLegacyRoster } from './roster-legacy';

/** A failed save, as the roster notice tells it. */
export interface SaveProblem {
  /** Why: storage full, blocked (or unavailable), or another failure. */
  reason: WriteFailure;
  /** How many receipts are held only in memory, not saved in this browser. */
  unsavedReceipts: number;
  /** How many own assignments are held only in memory. */
  unsavedAssignments: number;
}

/** What the browser says about its storage for this site. */
export interface StorageInfo {
  /** True when the browser promised not to evict this site's data; null when it cannot say. */
  persisted: boolean | null;
  /** Bytes this site uses, if the browser says. */
  usage?: number;
  /** Bytes this site may use, if the browser says. */
  quota?: number;
}

/** A receipt to add: its text, import time and digest. */
export type NewReceipt = StoredReceipt & { digest: ReceiptDigest };

/** The roster's state. */
export interface RosterState {
  /** `loading` until the stored roster has been read. */
  status: 'loading' | 'ready';
  /** Receipts with current digests. */
  items: RosterItem[];
  /** Stored receipts whose digest must be rebuilt from their text (new content version, or unreadable). */
  stale: StoredReceipt[];
  /** The instructor's own assignments. */
  assignments: OwnAssignment[];
  /** Set when a write failed (stays until the page is closed: what failed to save is only in memory). */
  saveProblem: SaveProblem | null;
  /** Storage facts to show. */
  storage: StorageInfo;
}

/** The roster's actions. */
export interface RosterActions {
  /** Reads the stored roster (moving an old localStorage roster across first); digests not scored with `scoredWith` are stale. */
  load: (scoredWith: string) => Promise<void>;
  /** Adds new receipts (the caller removes duplicates) and shows them; resolves to whether they were saved. */
  addReceipts: (receipts: readonly NewReceipt[]) => Promise<WriteResult>;
  /**
   * Saves new receipts without showing them yet: an import saves group by group and shows them all
   * at the end (`publishReceipts`), so the roster is judged once rather than after every group.
   */
  saveReceipts: (receipts: readonly NewReceipt[]) => Promise<WriteResult>;
  /** Shows every receipt saved since the last call. */
  publishReceipts: () => void;
  /** Replaces stale receipts with rebuilt digests; `unreadable` ids are dropped from view (their text stays stored). */
  settleStale: (rebuilt: readonly RosterItem[], unreadable: readonly string[]) => Promise<void>;
  /** Removes one receipt. */
  removeReceipt: (id: string) => Promise<void>;
  /** Keeps assignments the instructor created (or an export carried); resolves to whether they were saved. */
  saveAssignments: (own: readonly OwnAssignment[]) => Promise<WriteResult>;
  /** The whole roster as one export file's text. */
  exportRoster: (courseId: string, at: string) => Promise<string>;
  /** Asks the browser to keep this site's data (navigator.storage.persist) and refreshes the storage facts. */
  requestPersistence: () => Promise<void>;
  /** Refreshes the storage facts (navigator.storage.persisted and estimate). */
  refreshStorage: () => Promise<void>;
}

let db: RosterDb | null = null;
let opening: Promise<RosterDb | null> | null = null;
let loading: Promise<void> | null = null;
// Receipts a failed write could not save, kept (with their text) so an export still holds them.
const unsaved = new Map<string, ExportedReceipt>();
const unsavedAssignments = new Set<string>();
// Receipts saved by an import in progress, shown together when it ends.
let staged: RosterItem[] = [];

function problem(reason: WriteFailure): SaveProblem {
  return { reason, unsavedReceipts: unsaved.size, unsavedAssignments: unsavedAssignments.size };
}

/** The database, opened once on first use (the builder may save an assignment before the roster page is opened). */
async function getDb(): Promise<RosterDb | null> {
  opening ??= openRosterDb().then((opened) => (db = opened));
  return opening;
}

const storageApi = (): StorageManager | undefined => (typeof navigator !== 'undefined' ? navigator.storage : undefined);

/** Gives the page a turn between slices of a long read. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads the stored roster into memory (see RosterActions.load). */
async function loadRoster(scoredWith: string): Promise<void> {
  const set = useRoster.setState;
  const db = await getDb();
  if (!db) return set({ status: 'ready', saveProblem: problem('blocked') });
  const migration = await migrateLegacyRoster(db);
  const { ids: idList, digests, assignments } = await readRoster(db, pause);
  const ids = new Set(idList);
  const items: RosterItem[] = [];
  const staleIds: string[] = [];
  let checked = 0;
  for (const id of ids) {
    const record = digests.get(id) as { importedAt?: unknown; digest?: unknown } | undefined;
    const digest = restoreDigest(record?.digest, scoredWith);
    if (digest && typeof record?.importedAt === 'string') items.push({ id, importedAt: record.importedAt, digest });
    else staleIds.push(id);
    // Thousands of digests are checked a few hundred at a time, so the page can paint meanwhile.
    if (++checked % 500 === 0) await pause();
  }
  const stale = staleIds.length > 0 ? await readTexts(db, staleIds) : [];
  // An old roster that could not be copied stays in localStorage; meanwhile it is shown (and exported) from memory.
  if (!migration.result.ok)
    for (const e of migration.found)
      if (!ids.has(e.id)) {
        stale.push(e);
        unsaved.set(e.id, e);
      }
  set((s) => ({
    status: 'ready',
    items: [...items, ...s.items.filter((i) => !ids.has(i.id))],
    stale,
    assignments: [
      ...assignments.map(restoreOwnAssignment).filter((a): a is OwnAssignment => a !== null),
      ...s.assignments.filter((a) => unsavedAssignments.has(a.assignment.id)),
    ],
    saveProblem: migration.result.ok ? s.saveProblem : problem(migration.result.reason),
  }));
}

/** The roster store hook; select narrowly. */
export const useRoster = create<RosterState & RosterActions>()((set, get) => ({
  status: 'loading',
  items: [],
  stale: [],
  assignments: [],
  saveProblem: null,
  storage: { persisted: null },

  load: (scoredWith) => {
    loading ??= loadRoster(scoredWith);
    return loading;
  },

  addReceipts: async (receipts) => {
    const result = await get().saveReceipts(receipts);
    get().publishReceipts();
    return result;
  },

  saveReceipts: async (receipts) => {
    for (const { id, importedAt, digest } of receipts) staged.push({ id, importedAt, digest });
    const db = await getDb();
    const result: WriteResult = db ? await putReceipts(db, receipts) : { ok: false, reason: 'blocked' };
    if (!result.ok) {
      for (const { id, text, importedAt } of receipts) unsaved.set(id, { text, importedAt });
      set({ saveProblem: problem(result.reason) });
    }
    return result;
  },

  publishReceipts: () => {
    if (staged.length === 0) return;
    const shown = staged;
    staged = [];
    set((s) => ({ items: [...s.items, ...shown] }));
  },

  settleStale: async (rebuilt, unreadable) => {
    const gone = new Set([...rebuilt.map((r) => r.id), ...unreadable]);
    set((s) => ({ items: [...s.items, ...rebuilt], stale: s.stale.filter((r) => !gone.has(r.id)) }));
    const db = await getDb();
    if (db && rebuilt.length > 0) await putDigests(db, rebuilt);
  },

  removeReceipt: async (id) => {
    set((s) => ({ items: s.items.filter((i) => i.id !== id) }));
    unsaved.delete(id);
    const db = await getDb();
    const result: WriteResult = db ? await deleteReceipt(db, id) : { ok: true };
    if (!result.ok) set({ saveProblem: problem(result.reason) });
  },

  saveAssignments: async (own) => {
    const ids = new Set(own.map((o) => o.assignment.id));
    set((s) => ({ assignments: [...s.assignments.filter((a) => !ids.has(a.assignment.id)), ...own] }));
    const db = await getDb();
    let result: WriteResult = { ok: true };
    for (const o of own) {
      const r: WriteResult = db ? await putAssignment(db, o) : { ok: false, reason: 'blocked' };
      if (!r.ok) {
        unsavedAssignments.add(o.assignment.id);
        result = r;
      }
    }
    if (!result.ok) set({ saveProblem: problem(result.reason) });
    return result;
  },

  exportRoster: async (courseId, at) => {
    const db = await getDb();
    const stored = db ? await readTexts(db, undefined, pause) : [];
    const receipts = new Map<string, ExportedReceipt>();
    for (const r of stored) receipts.set(r.id, { text: r.text, importedAt: r.importedAt });
    for (const [id, r] of unsaved) receipts.set(id, r);
    return encodeRosterExport(courseId, at, get().assignments, [...receipts.values()]);
  },

  requestPersistence: async () => {
    try {
      await storageApi()?.persist?.();
    } catch {
      // Refused or unsupported: refreshStorage reports what the browser decided.
    }
    await get().refreshStorage();
  },

  refreshStorage: async () => {
    const api = storageApi();
    try {
      const [persisted, estimate] = await Promise.all([api?.persisted?.() ?? null, api?.estimate?.() ?? null]);
      const info: StorageInfo = { persisted };
      if (estimate?.usage !== undefined) info.usage = estimate.usage;
      if (estimate?.quota !== undefined) info.quota = estimate.quota;
      set({ storage: info });
    } catch {
      set({ storage: { persisted: null } });
    }
  },
}));

/** Forgets the open database and unsaved receipts (tests start each case from a fresh store). */
export function resetRosterForTests(): void {
  db?.close();
  db = null;
  opening = null;
  loading = null;
  unsaved.clear();
  unsavedAssignments.clear();
  staged = [];
  useRoster.setState({ status: 'loading', items: [], stale: [], assignments: [], saveProblem: null, storage: { persisted: null } });
}
