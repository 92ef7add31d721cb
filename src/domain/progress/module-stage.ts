/**
 * Where a learner is in a module's path (read → practice → check), in the words the course home
 * shows on each module's card. It refines `moduleStatus` (which decides "passed" for receipts,
 * the roster and the LMS) and never disagrees with it: a stage is `passed` exactly when the
 * status is.
 */
import type { ModuleStatus } from './module-status';
import type { Progress } from './progress-model';

/** A module's stage on the learner's path. */
export type ModuleStage = 'not-started' | 'reading' | 'practicing' | 'finish-lesson' | 'needs-another-try' | 'passed';

/** The parts of progress a stage depends on besides the status. */
export type StageInput = Pick<Progress, 'lessonsRead' | 'lessonsOpened' | 'attempts' | 'lastLocation'> &
  Partial<Pick<Progress, 'earlierPasses'>>;

/**
 * The stage of one module: `passed` and `needs-another-try` as the status says; a passed check
 * with the lesson unread is `finish-lesson` (one step left); practice begun or the lesson read is
 * `practicing`; otherwise a lesson ever opened, written in or last visited is `reading`, and stays
 * so when the learner moves on to another one. `isScored` is false while the module's scenarios
 * load: a finished check cannot be told passed or not until then.
 */
export function moduleStage(progress: StageInput, moduleId: string, status: ModuleStatus, isScored: boolean): ModuleStage {
  if (status === 'passed' || status === 'needs-another-try') return status;
  const read = Object.hasOwn(progress.lessonsRead, moduleId);
  const mine = progress.attempts.filter((a) => a.quizId === moduleId);
  const earlier = progress.earlierPasses !== undefined && Object.hasOwn(progress.earlierPasses, moduleId);
  // In progress with a finished check and the lesson unread: that check passed (else "needs another try").
  const checked = isScored && mine.some((a) => a.mode !== 'practice' && a.finishedAt);
  if (status === 'in-progress' && !read && (earlier || checked)) return 'finish-lesson';
  if (read || mine.length > 0) return 'practicing';
  // The last place counts too: a record saved before openings were noted (v3) has only that.
  const opened = Object.hasOwn(progress.lessonsOpened, moduleId) || progress.lastLocation === `/module/${moduleId}`;
  return status === 'in-progress' || opened ? 'reading' : 'not-started';
}

/** How each stage reads on a module card. */
export const MODULE_STAGE_LABELS: Record<ModuleStage, string> = {
  'not-started': 'Not started',
  reading: 'Reading',
  practicing: 'Practicing',
  'finish-lesson': 'Check passed: finish the lesson',
  'needs-another-try': 'Needs another try',
  passed: 'Passed',
};

/** A module card's status line, e.g. "Passed · best score 100%" or "Practicing". */
export function stageText(stage: ModuleStage, bestPercent: number | undefined): string {
  const best = bestPercent !== undefined && (stage === 'passed' || stage === 'needs-another-try') ? ` · best score ${bestPercent}%` : '';
  return MODULE_STAGE_LABELS[stage] + best;
}

/** "1 module", "2 modules": a count of modules in words people read. */
export function modulesText(count: number): string {
  return `${count} ${count === 1 ? 'module' : 'modules'}`;
}

/** The course count the home page shows: "3 of 10 modules passed · 5 started" ("1 of 1 module passed"). */
export function courseCount(stages: readonly ModuleStage[]): { passed: number; started: number; total: number; text: string } {
  const passed = stages.filter((s) => s === 'passed').length;
  const started = stages.filter((s) => s !== 'not-started' && s !== 'passed').length;
  const total = stages.length;
  return { passed, started, total, text: `${passed} of ${modulesText(total)} passed${started > 0 ? ` · ${started} started` : ''}` };
}
