/**
 * Merging two progress records (another tab's, or an imported backup) without losing either
 * side. Rules: lessons read and lessons opened are unioned (latest date kept); attempts are merged by id (a
 * finished one wins, then the one with more answers); reflections and the name go to whichever
 * changed last; assignments and set-aside answers are unioned by id; tombstones from either
 * side remove what a reset removed (progress-deletions.ts). The result is sorted so that merging
 * is deterministic and order-independent.
 */
import { applyDeletions, mergeDeletions } from './progress-deletions';
import type { Attempt, HeldAssignment, Progress } from './progress-model';

const later = (a: string, b: string): boolean => a > b; // ISO 8601 strings sort by time

// The last resort for two different copies of one item: the same pick from either side.
const byText = <T>(a: T, b: T): T => (JSON.stringify(a) >= JSON.stringify(b) ? a : b);

function pickAttempt(a: Attempt, b: Attempt): Attempt {
  if (Boolean(a.finishedAt) !== Boolean(b.finishedAt)) return a.finishedAt ? a : b;
  const count = (x: Attempt) => Object.keys(x.answers).length;
  if (count(a) !== count(b)) return count(a) > count(b) ? a : b;
  return byText(a, b);
}

function pickAssignment(a: HeldAssignment, b: HeldAssignment): HeldAssignment {
  if (a.acceptedAt !== b.acceptedAt) return later(b.acceptedAt, a.acceptedAt) ? b : a;
  return byText(a, b);
}

// Own entries only: ids like "toString" must not find Object.prototype's members.
const own = <T>(record: Record<string, T>, id: string): T | undefined => (Object.hasOwn(record, id) ? record[id] : undefined);

/**
 * The side whose name and place win. Visiting a page does not change `updatedAt`, so ties are
 * common; they are broken by name and then place so both orders agree (otherwise two tabs on
 * different pages would each keep their own place and rewrite storage back and forth forever).
 */
function newerSide(a: Progress, b: Progress): Progress {
  if (a.updatedAt !== b.updatedAt) return later(b.updatedAt, a.updatedAt) ? b : a;
  if (a.learnerName !== b.learnerName) return b.learnerName > a.learnerName ? b : a;
  return b.lastLocation > a.lastLocation ? b : a;
}

function unionById<T extends { id: string }>(a: T[], b: T[], pick: (x: T, y: T) => T, order: (x: T, y: T) => number): T[] {
  const byId = new Map<string, T>();
  for (const item of [...a, ...b]) {
    const seen = byId.get(item.id);
    byId.set(item.id, seen ? pick(seen, item) : item);
  }
  return [...byId.values()].sort(order);
}

// Sorted keys make the merged record serialise identically whichever side it started from, so
// two tabs that merge each other's writes settle instead of echoing forever.
function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([x], [y]) => x.localeCompare(y)));
}

const byStart = (x: Attempt, y: Attempt) => x.startedAt.localeCompare(y.startedAt) || x.id.localeCompare(y.id);

/** Both sides' earlier passes; for one module the later-earned pass wins (then the higher score), as lesson marks do. */
function mergeEarlierPasses(a: Progress['earlierPasses'], b: Progress['earlierPasses']): Progress['earlierPasses'] {
  const out = { ...a };
  for (const [id, pass] of Object.entries(b)) {
    const mine = own(out, id);
    if (!mine || pass.at > mine.at || (pass.at === mine.at && pass.percent > mine.percent)) out[id] = pass;
  }
  return sortKeys(out);
}

/**
 * Both sides' lesson marks (read or opened). The latest mark wins: with tombstones, the latest is
 * the one a reset can cover last, which keeps the merge associative (an earlier mark could hide a
 * later one that survived a reset).
 */
function mergeMarks(a: Record<string, string>, b: Record<string, string>): Record<string, string> {
  const out = { ...a };
  for (const [id, at] of Object.entries(b)) {
    const mine = own(out, id);
    out[id] = mine && later(mine, at) ? mine : at;
  }
  return sortKeys(out);
}

/** Merges two progress records; the same pair always gives the same result, in either order. */
export function mergeProgress(x: Progress, y: Progress): Progress {
  // Tombstones from either side apply to both, before anything is picked: a reset is never
  // undone by the other copy, and an earlier mark cannot shadow a later one that survived.
  const deleted = mergeDeletions(x.deleted, y.deleted);
  const a = applyDeletions({ ...x, deleted });
  const b = applyDeletions({ ...y, deleted });
  const reflections = { ...a.reflections };
  for (const [id, r] of Object.entries(b.reflections)) {
    const mine = own(reflections, id);
    if (!mine || later(r.updatedAt, mine.updatedAt) || (r.updatedAt === mine.updatedAt && r.text > mine.text)) reflections[id] = r;
  }
  const newer = newerSide(a, b);
  const older = newer === a ? b : a;
  return {
    lessonsRead: mergeMarks(a.lessonsRead, b.lessonsRead),
    lessonsOpened: mergeMarks(a.lessonsOpened, b.lessonsOpened),
    attempts: unionById(a.attempts, b.attempts, pickAttempt, byStart),
    reflections: sortKeys(reflections),
    learnerName: newer.learnerName,
    assignments: unionById(
      a.assignments,
      b.assignments,
      pickAssignment,
      (x, y) => x.acceptedAt.localeCompare(y.acceptedAt) || x.id.localeCompare(y.id),
    ),
    lastLocation: newer.lastLocation || older.lastLocation,
    setAside: unionById(a.setAside, b.setAside, pickAttempt, byStart),
    earlierPasses: mergeEarlierPasses(a.earlierPasses, b.earlierPasses),
    deleted,
    updatedAt: later(b.updatedAt, a.updatedAt) ? b.updatedAt : a.updatedAt,
  };
}
