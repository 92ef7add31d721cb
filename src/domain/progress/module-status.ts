/**
 * Where a module stands for the learner, decided in one place: every screen, the receipt and the
 * LMS report ask this function rather than re-deriving "passed" on their own.
 */
import type { AttemptSummary } from './attempt-summary';
import type { Progress } from './progress-model';

/** The parts of progress a module's status depends on. */
export type StatusInput = Pick<Progress, 'lessonsRead' | 'attempts' | 'reflections'>;

/** Where a module stands for the learner. */
export type ModuleStatus = 'not-started' | 'in-progress' | 'passed' | 'needs-another-try';

/**
 * A module is passed when its lesson was read and a finished attempt reached the pass mark.
 * Without the questions (not loaded yet) it can only say started or not.
 */
export function moduleStatus(progress: StatusInput, moduleId: string, summary: AttemptSummary | undefined): ModuleStatus {
  const read = Boolean(progress.lessonsRead[moduleId]);
  const touched = read || progress.attempts.some((a) => a.quizId === moduleId) || Boolean(progress.reflections[moduleId]?.text);
  if (!summary || summary.scored.length === 0) return touched ? 'in-progress' : 'not-started';
  const passedOnce = summary.scored.some((s) => s.score.passed);
  if (passedOnce && read) return 'passed';
  if (passedOnce) return 'in-progress';
  return 'needs-another-try';
}
