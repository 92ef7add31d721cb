/**
 * Impossible times in a receipt: an attempt that finished before it started, any date after the
 * receipt was imported, and any date before the instructor created the assignment. The clock is
 * passed in. Device clocks drift, so the last two allow a day's grace (CLOCK_GRACE_MS).
 */
import type { ReceiptDigest } from './receipt-digest';
import type { DatedItem, RosterFlag } from './roster-flag';

/** How far a trainee's clock may be off before a date counts as impossible: one day. */
export const CLOCK_GRACE_MS = 24 * 60 * 60 * 1000;

/** One time a receipt states: a lesson reading, an attempt's start or its finish. */
interface Stamp {
  /** Module id. */
  moduleId: string;
  /** 1-based attempt number; absent for a lesson reading. */
  attempt?: number;
  /** The time (ISO 8601). */
  at: string;
}

function stamps(d: ReceiptDigest): Stamp[] {
  return d.modules.flatMap((m) => [
    ...(m.lessonReadAt ? [{ moduleId: m.id, at: m.lessonReadAt }] : []),
    ...m.attempts.flatMap((a, i) => [
      { moduleId: m.id, attempt: i + 1, at: a.startedAt },
      { moduleId: m.id, attempt: i + 1, at: a.finishedAt },
    ]),
  ]);
}

/** The first offending stamp and how many more there are, or null. */
function firstOf(items: Stamp[], bad: (s: Stamp) => boolean): DatedItem | null {
  const hits = items.filter(bad);
  const [first] = hits;
  return first ? { ...first, more: hits.length - 1 } : null;
}

/** Time flags for a receipt imported at `importedAt`, for an assignment created at `createdAt` (if known). */
export function timeFlags(d: ReceiptDigest, importedAt: string, createdAt?: string): RosterFlag[] {
  const flags: RosterFlag[] = [];
  const attempts = d.modules.flatMap((m) =>
    m.attempts.map((a, i) => ({ moduleId: m.id, attempt: i + 1, at: a.finishedAt, startedAt: a.startedAt })),
  );
  const backwards = attempts.filter((a) => Date.parse(a.at) < Date.parse(a.startedAt));
  const [first] = backwards;
  if (first) flags.push({ kind: 'finished-before-start', ...first, more: backwards.length - 1 });
  const all = stamps(d);
  const latest = Date.parse(importedAt) + CLOCK_GRACE_MS;
  const future = firstOf(all, (s) => Date.parse(s.at) > latest);
  if (future) flags.push({ kind: 'future', ...future, importedAt });
  if (createdAt) {
    const earliest = Date.parse(createdAt) - CLOCK_GRACE_MS;
    const early = firstOf(all, (s) => Date.parse(s.at) < earliest);
    if (early) flags.push({ kind: 'before-created', ...early, createdAt });
  }
  return flags;
}
