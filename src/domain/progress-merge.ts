/**
 * Merging two progress records (another tab's, or an imported backup) without losing either
 * side. Rules: lessons read are unioned (earliest date kept); attempts are merged by id (a
 * finished one wins, then the one with more answers); reflections and the name go to whichever
 * changed last; assignments and set-aside answers are unioned by id. The result is sorted so
 * that merging is deterministic and order-independent.
 */
import type { Attempt, Progress } from './progress-model';

const later = (a: string, b: string): boolean => a > b; // ISO 8601 strings sort by time

function pickAttempt(a: Attempt, b: Attempt): Attempt {
  if (Boolean(a.finishedAt) !== Boolean(b.finishedAt)) return a.finishedAt ? a : b;
  const count = (x: Attempt) => Object.keys(x.answers).length;
  if (count(a) !== count(b)) return count(a) > count(b) ? a : b;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
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

/** Merges two progress records; the same pair always gives the same result, in either order. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  const lessonsRead: Record<string, string> = { ...a.lessonsRead };
  for (const [id, at] of Object.entries(b.lessonsRead)) {
    const mine = lessonsRead[id];
    lessonsRead[id] = mine && !later(mine, at) ? mine : at;
  }
  const reflections = { ...a.reflections };
  for (const [id, r] of Object.entries(b.reflections)) {
    const mine = reflections[id];
    if (!mine || later(r.updatedAt, mine.updatedAt) || (r.updatedAt === mine.updatedAt && r.text > mine.text)) reflections[id] = r;
  }
  const newer = later(b.updatedAt, a.updatedAt) || (a.updatedAt === b.updatedAt && b.learnerName > a.learnerName) ? b : a;
  return {
    lessonsRead: sortKeys(lessonsRead),
    attempts: unionById(a.attempts, b.attempts, pickAttempt, byStart),
    reflections: sortKeys(reflections),
    learnerName: newer.learnerName,
    assignments: unionById(a.assignments, b.assignments, (x, y) => (later(y.acceptedAt, x.acceptedAt) ? y : x), (x, y) => x.acceptedAt.localeCompare(y.acceptedAt) || x.id.localeCompare(y.id)),
    lastLocation: newer.lastLocation || a.lastLocation || b.lastLocation,
    setAside: unionById(a.setAside, b.setAside, pickAttempt, byStart),
    updatedAt: later(b.updatedAt, a.updatedAt) ? b.updatedAt : a.updatedAt,
  };
}
