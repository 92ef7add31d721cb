/**
 * Where a module stands for the learner, decided in one place: every screen, the receipt and the
 * LMS report ask this function rather than re-deriving "passed" on their own.
 */
import type { AttemptSummary } from './attempt-summary';
import type { Progress } from './progress-model';

/** The parts of progress a module's status depends on. */
export type StatusInput = Pick<Progress, 'lessonsRead' | 'attempts' | 'reflections'> & Partial<Pick<Progress, 'earlierPasses'>>;

/** Where a module stands for the learner. */
export type ModuleStatus = 'not-started' | 'in-progress' | 'passed' | 'needs-another-try';

/**
 * A module is passed when its lesson was read and a mastery check reached the pass mark
 * (practice never decides a pass). Without the questions (not loaded yet) it can only say
 * started or not. "Needs another try" means a check was finished and none has passed yet.
 */
export function moduleStatus(progress: StatusInput, moduleId: string, summary: Pick<AttemptSummary, 'checks'> | undefined): ModuleStatus {
  // The course review has no lesson: its final check alone decides it.
  const read = moduleId === 'review' || Boolean(progress.lessonsRead[moduleId]);
  // A pass earned on an earlier content version counts: a content rewrite never takes it away.
  const earlier = progress.earlierPasses !== undefined && Object.hasOwn(progress.earlierPasses, moduleId);
  const touched = read || earlier || progress.attempts.some((a) => a.quizId === moduleId) || Boolean(progress.reflections[moduleId]?.text);
  if (!earlier && (!summary || summary.checks.length === 0)) return touched ? 'in-progress' : 'not-started';
  const passedOnce = earlier || Boolean(summary?.checks.some((s) => s.score.passed));
  if (passedOnce && read) return 'passed';
  if (passedOnce) return 'in-progress';
  return 'needs-another-try';
}

/** How each status reads to people, on every screen and in exports. */
export const MODULE_STATUS_LABELS: Record<ModuleStatus, string> = {
  passed: 'Passed',
  'needs-another-try': 'Needs another try',
  'in-progress': 'In progress',
  'not-started': 'Not started',
};

/**
 * A module's status line as people read it everywhere ("Passed · best score 80%"). The best
 * score is left out while a module is in progress, where it would read as a verdict.
 */
export function statusText(status: ModuleStatus, bestPercent: number | undefined): string {
  const best = bestPercent !== undefined && status !== 'in-progress' ? ` · best score ${bestPercent}%` : '';
  return MODULE_STATUS_LABELS[status] + best;
}
