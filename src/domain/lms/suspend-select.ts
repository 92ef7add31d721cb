/**
 * Which attempts of one quiz go into LMS suspend data, in priority order (issue #17). SCORM 1.2
 * keeps only 4,096 characters, so what the learner would lose first is history:
 * 1. required: each open attempt (practice and check: the answers being given) and the best
 *    submitted check (what the module's status and score rest on);
 * 2. history, while it fits: the other submitted checks, latest first (their forms steer the
 *    next draw away from items already seen);
 * 3. never: finished practice rounds. Practice teaches and decides nothing, so its history stays
 *    with the session (in an LMS nothing is kept on the device), as does an open attempt that a
 *    newer one of the same kind replaced.
 * "Best" is decided by the shared summarizeAttempts, so it is the same check every screen shows.
 */
import type { Question } from '../content/content-types';
import { summarizeAttempts } from '../progress/attempt-summary';
import { countsTowardPass, type Attempt } from '../progress/progress-model';

/** One quiz's attempts, sorted by what suspend data keeps. */
export interface AttemptPlan {
  /** Kept whatever the space: open attempts and the best check, oldest first. */
  required: Attempt[];
  /** Kept while there is room: the other checks, latest first. */
  history: Attempt[];
}

/** Sorts one quiz's attempts (all at `quizId`, oldest first) into what must be kept and what may be. */
export function planAttempts(attempts: readonly Attempt[], quizId: string, questions: readonly Question[]): AttemptPlan {
  // The percent alone decides "best", so any pass mark gives the same attempt.
  const best = summarizeAttempts({ attempts: [...attempts] }, quizId, questions, 100).best?.attempt;
  const open = new Set(
    (['practice', 'check', 'quiz'] as const).flatMap((mode) => attempts.findLast((a) => !a.finishedAt && a.mode === mode) ?? []),
  );
  const required = attempts.filter((a) => open.has(a) || a === best);
  const history = attempts.filter((a) => a.finishedAt && countsTowardPass(a) && a !== best).reverse();
  return { required, history };
}
