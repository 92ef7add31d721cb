/**
 * The roster's rows: one per trainee per assignment. A trainee who sends several receipts for
 * one assignment has one row; the latest receipt (most recent activity, then most recently
 * imported) is the row, the earlier ones are its history. Replays are found across every
 * receipt, history included: an attempt id that appears under two learners' names.
 */
import { latestActivity, type ReceiptDigest } from './receipt-digest';

/** One stored receipt as the roster holds it in memory. */
export interface RosterItem {
  /** The receipt id (also the digest's id). */
  id: string;
  /** When the instructor imported it (ISO 8601). */
  importedAt: string;
  /** What the roster knows about it. */
  digest: ReceiptDigest;
}

/** One trainee's receipts for one assignment. */
export interface TraineeRow {
  /** Stable key: the learner's name folded for comparison, and the assignment id. */
  key: string;
  /** The receipt that counts. */
  latest: RosterItem;
  /** Earlier receipts, newest first. */
  history: RosterItem[];
}

/** A learner name folded for comparison: trimmed, spaces collapsed, case and Unicode form ignored. */
export function learnerKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Newest first: most recent activity, then most recent import, then id (so the order is total). */
function newestFirst(a: RosterItem, b: RosterItem): number {
  const [la, lb] = [latestActivity(a.digest), latestActivity(b.digest)];
  if (la !== lb) return la > lb ? -1 : 1;
  if (a.importedAt !== b.importedAt) return a.importedAt > b.importedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Groups receipts into one row per trainee per assignment, sorted by learner name then assignment id. */
export function groupByTrainee(items: readonly RosterItem[]): TraineeRow[] {
  const groups = new Map<string, RosterItem[]>();
  for (const item of items) {
    const key = `${learnerKey(item.digest.learner)}\u0000${item.digest.assignment.id}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const rows: TraineeRow[] = [];
  for (const [key, group] of groups) {
    const [latest, ...history] = group.sort(newestFirst);
    if (latest) rows.push({ key, latest, history });
  }
  return rows.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Which learners (by name as written) hold each attempt id, across every receipt. */
export type AttemptOwners = ReadonlyMap<string, ReadonlyMap<string, string>>;

/**
 * Indexes every attempt id to the learners whose receipts hold it (folded name → name as written).
 * Pass `into` to add more items to an index already begun (a caller may build it in slices).
 */
export function indexAttempts(items: readonly RosterItem[], into = new Map<string, Map<string, string>>()): AttemptOwners {
  const owners = into;
  for (const { digest } of items) {
    const key = learnerKey(digest.learner);
    for (const m of digest.modules)
      for (const a of m.attempts) {
        const names = owners.get(a.id) ?? new Map<string, string>();
        if (!names.has(key)) names.set(key, digest.learner);
        owners.set(a.id, names);
      }
  }
  return owners;
}

/** For each of a receipt's attempt ids also held by other learners, those learners' names. */
export function replaysOf(digest: ReceiptDigest, owners: AttemptOwners): Map<string, string[]> {
  const mine = learnerKey(digest.learner);
  const out = new Map<string, string[]>();
  for (const m of digest.modules)
    for (const a of m.attempts) {
      const others = [...(owners.get(a.id) ?? new Map<string, string>())].filter(([key]) => key !== mine).map(([, name]) => name);
      if (others.length > 0) out.set(a.id, others);
    }
  return out;
}
