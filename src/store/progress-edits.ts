/**
 * The progress store's larger edits: resets, restoring a backup, merging another tab's record,
 * removing an assignment, the learner's name, and keeping saved answers in step with the content. Each is a plain
 * function over `useProgress` rather than an action inside it, because they bring the domain's
 * merge, tombstone and name-checking code, which only the pages and start-up steps that edit progress need:
 * a first visit never downloads them (issue #16, the first-visit budget). Times come in as ISO
 * strings so callers (and tests) own the clock.
 */
import { passesToKeep } from '../domain/progress/earlier-passes';
import { checkLearnerName } from '../domain/progress/learner-name';
import { removeAssignmentIn, replaceAllIn, resetAllIn, resetModuleIn } from '../domain/progress/progress-deletions';
import { mergeProgress } from '../domain/progress/progress-merge';
import type { Progress } from '../domain/progress/progress-model';
import { setAsideUnknown as setAsideIn } from '../domain/progress/progress-reconcile';
import { pickProgress, useProgress } from './progress-store';

// Resets leave tombstones in the record (progress-deletions.ts): other tabs' older copies merge
// in without bringing anything back, whatever order their writes arrive in.

/** Forgets one module's lesson, attempts and reflection. */
export function resetModule(moduleId: string, at: string): void {
  useProgress.setState((s) => resetModuleIn(pickProgress(s), moduleId, at));
}

/** Forgets everything. */
export function resetAll(at: string): void {
  useProgress.setState((s) => resetAllIn(pickProgress(s), at));
}

/** Replaces everything with imported progress (a restored backup). */
export function replaceAll(progress: Progress, at: string): void {
  useProgress.setState((s) => replaceAllIn(pickProgress(s), progress, at));
}

/** Merges other progress (another tab's or a backup) into this one without losing either. */
export function mergeIn(progress: Progress): void {
  useProgress.setState((s) => mergeProgress(pickProgress(s), progress));
}

/** Stops holding an assignment; progress on its modules is kept. */
export function removeAssignment(id: string, at: string): void {
  useProgress.setState((s) => removeAssignmentIn(pickProgress(s), id, at));
}

/**
 * Moves answers to scenarios the course no longer has into `setAside` (a content update), given
 * the question ids of each loaded quiz and the ids of every quiz the course has. Only sets state
 * when something moves: persist saves on every set, and an idle save would overwrite saved text
 * that is still waiting to be read or backed up.
 */
export function setAsideUnknown(known: ReadonlyMap<string, ReadonlySet<string>>, quizIds: ReadonlySet<string>): void {
  const { progress, moved } = setAsideIn(pickProgress(useProgress.getState()), known, quizIds);
  if (moved > 0) useProgress.setState(progress);
}

/** Records modules passed on an earlier content version (never replaces one already kept). */
export function keepEarlierPasses(passes: Progress['earlierPasses'], at: string): void {
  useProgress.setState((s) => {
    const added = passesToKeep(passes, s);
    return Object.keys(added).length === 0 ? s : { earlierPasses: { ...s.earlierPasses, ...added }, updatedAt: at };
  });
}

/** Saves the learner's name if it passes the one name rule; returns what is wrong, or null. */
export function setLearnerName(input: string, at: string): string | null {
  const checked = checkLearnerName(input);
  if ('problem' in checked) return checked.problem;
  useProgress.setState({ learnerName: checked.name, updatedAt: at });
  return null;
}
