/**
 * Deletes as data. A merge only ever unions, so a reset in one tab would come straight back
 * from another tab's older copy. Instead, every reset leaves a tombstone in the progress record
 * itself, and the one merge function drops whatever a tombstone covers. The rule needs no event
 * order between tabs: whichever copy arrives first, the tombstone travels with it.
 * - attempts (and set-aside answers) by id: an attempt id is permanent and never reused;
 * - a module's lesson marks (read and opened), reflection and earlier pass by time: anything
 *   dated at or before the reset is gone, and opening or reading the lesson again afterwards counts;
 * - an assignment by id and time: accepting the same link again later brings it back.
 */
import { emptyProgress, type Deletions, type Progress } from './progress-model';

/** No tombstones. */
export function noDeletions(): Deletions {
  return { attempts: [], modules: {}, assignments: {} };
}

// Own entries only: ids like "toString" must not find Object.prototype's members.
const own = <T>(record: Record<string, T>, id: string): T | undefined => (Object.hasOwn(record, id) ? record[id] : undefined);
const latest = (a: string | undefined, b: string): string => (a !== undefined && a > b ? a : b);
const sorted = <T>(record: Record<string, T>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).sort(([x], [y]) => x.localeCompare(y)));

/** Both sides' tombstones: every reset id, and the latest reset time per module and assignment. */
export function mergeDeletions(a: Deletions, b: Deletions): Deletions {
  const modules = { ...a.modules };
  for (const [id, at] of Object.entries(b.modules)) modules[id] = latest(own(modules, id), at);
  const assignments = { ...a.assignments };
  for (const [id, at] of Object.entries(b.assignments)) assignments[id] = latest(own(assignments, id), at);
  return { attempts: [...new Set([...a.attempts, ...b.attempts])].sort(), modules: sorted(modules), assignments: sorted(assignments) };
}

/** The record without anything its tombstones cover. */
export function applyDeletions(progress: Progress): Progress {
  const { deleted } = progress;
  const gone = new Set(deleted.attempts);
  const resetAt = (moduleId: string) => own(deleted.modules, moduleId);
  // Kept unless its module was reset at or after the item's own time.
  const keepDated = <T>(record: Record<string, T>, at: (item: T) => string) =>
    Object.fromEntries(
      Object.entries(record).filter(([id, item]) => {
        const reset = resetAt(id);
        return reset === undefined || at(item) > reset;
      }),
    );
  return {
    ...progress,
    attempts: progress.attempts.filter((a) => !gone.has(a.id)),
    setAside: progress.setAside.filter((a) => !gone.has(a.id)),
    lessonsRead: keepDated(progress.lessonsRead, (at) => at),
    lessonsOpened: keepDated(progress.lessonsOpened, (at) => at),
    reflections: keepDated(progress.reflections, (r) => r.updatedAt),
    earlierPasses: keepDated(progress.earlierPasses, (p) => p.at),
    assignments: progress.assignments.filter((a) => {
      const removedAt = own(deleted.assignments, a.id);
      return removedAt === undefined || a.acceptedAt > removedAt;
    }),
  };
}

/** Resets one module at `at`: its lesson marks, reflection, earlier pass and every attempt. */
export function resetModuleIn(progress: Progress, moduleId: string, at: string): Progress {
  const ids = [...progress.attempts, ...progress.setAside].filter((a) => a.quizId === moduleId).map((a) => a.id);
  const deleted = mergeDeletions(progress.deleted, { attempts: ids, modules: { [moduleId]: at }, assignments: {} });
  return applyDeletions({ ...progress, deleted, updatedAt: at });
}

/** Resets everything at `at`: every module, attempt and assignment, and the name. */
export function resetAllIn(progress: Progress, at: string): Progress {
  return replaceAllIn(progress, { ...emptyProgress(), deleted: progress.deleted }, at);
}

/**
 * Replaces the record with `next` (a restored backup) at `at`: everything this record holds
 * that `next` lacks is tombstoned, so other tabs drop it too; what `next` holds stays.
 */
export function replaceAllIn(progress: Progress, next: Progress, at: string): Progress {
  const keptIds = new Set([...next.attempts, ...next.setAside].map((a) => a.id));
  const attempts = [...progress.attempts, ...progress.setAside].map((a) => a.id).filter((id) => !keptIds.has(id));
  // A module is tombstoned only when `next` holds nothing for it: a tombstone dated now would
  // also remove whatever `next` keeps for that module.
  const byModule = (p: Progress) => [p.lessonsRead, p.lessonsOpened, p.reflections, p.earlierPasses];
  const modules: Record<string, string> = {};
  for (const id of byModule(progress).flatMap((record) => Object.keys(record))) {
    if (!byModule(next).some((record) => Object.hasOwn(record, id))) modules[id] = at;
  }
  const assignments: Record<string, string> = {};
  for (const a of progress.assignments) if (!next.assignments.some((b) => b.id === a.id)) assignments[a.id] = at;
  const deleted = mergeDeletions(mergeDeletions(progress.deleted, next.deleted), { attempts, modules, assignments });
  return applyDeletions({ ...next, deleted, updatedAt: at > next.updatedAt ? at : next.updatedAt });
}

/** Stops holding an assignment at `at`; progress on its modules is kept. */
export function removeAssignmentIn(progress: Progress, id: string, at: string): Progress {
  const deleted = mergeDeletions(progress.deleted, { attempts: [], modules: {}, assignments: { [id]: at } });
  return applyDeletions({ ...progress, deleted, updatedAt: at });
}
