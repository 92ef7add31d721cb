/**
 * What the course reports to an LMS, derived from progress with the ordinary scoring. Version
 * neutral: the SCORM 1.2 and 2004 adapters map it to their own data models.
 *
 * Rules (docs/decisions/0006-lms-packages.md, 0012-lms-reporting.md):
 * - Status and score come from the mastery checks only (and whole-bank quizzes taken before the
 *   split), through the shared summarizeAttempts / moduleStatus: practice is never the score.
 * - An objective is incomplete as soon as its lesson or quiz is begun (opened, read or answered).
 * - A quiz counts as done when a check was submitted and, for a module, its lesson was read (or
 *   the module is passed on an earlier content version).
 * - Until every included quiz is done the course is `incomplete`. Then, with a pass mark, it is
 *   `passed` when every included quiz is passed (as on the learner's progress page) and
 *   `failed` otherwise; with no pass mark it is `completed`.
 * - The score is the mean of each included quiz's best percent (0 for one not taken), rounded
 *   down, so 0 to 100. It is reported only once the course is finished (passed, failed or
 *   completed): a running mean mid-course reads as a failing grade in a gradebook (issue #17,
 *   docs/decisions/0012-lms-reporting.md). `scoreMode: 'running'` (a package build flag) reports
 *   it from the first finished quiz, as before.
 * - Progress until then shows in the objectives and in `progress` (2004's progress_measure):
 *   for a module, half for its lesson read and half for a submitted check; the review, whole.
 */
import type { Question } from '../content/content-types';
import { summarizeAttempts } from '../progress/attempt-summary';
import { moduleStatus, type StatusInput } from '../progress/module-status';

/** The course's status as an LMS records it. */
export type LmsCourseStatus = 'incomplete' | 'passed' | 'failed' | 'completed';

/** One quiz's status as an LMS objective. */
export type LmsObjectiveStatus = 'not attempted' | 'incomplete' | 'passed' | 'failed' | 'completed';

/** One included quiz, reported as an objective. */
export interface ObjectiveReport {
  /** The quiz id (module id or `review`), also the objective id. */
  id: string;
  /** Where the learner stands on it. */
  status: LmsObjectiveStatus;
  /** Best finished attempt, whole percent; absent until one is finished. */
  score?: number;
  /** How far the learner is through it, 0 to 1. */
  progress: number;
}

/** Everything reported to the LMS besides suspend data, bookmark and time. */
export interface LmsReport {
  /** The course status. */
  status: LmsCourseStatus;
  /** Whole percent, 0 to 100; absent until the course is finished (unless scoreMode is running). */
  score?: number;
  /** How far through the included quizzes the learner is, 0 to 1 (SCORM 2004 `progress_measure`). */
  progress: number;
  /** One per included quiz, in course order. */
  objectives: ObjectiveReport[];
}

/** What the report is computed from. */
export interface LmsReportInput {
  /** The learner's progress. */
  progress: StatusInput;
  /** Scenarios of every included quiz, by quiz id. */
  banks: Readonly<Record<string, readonly Question[]>>;
  /** Included quiz ids in course order: modules, and `review` when it counts. */
  quizzes: readonly string[];
  /** Ids of quizzes that have a lesson (modules; not the review). */
  withLesson: ReadonlySet<string>;
  /** Pass mark (whole percent), or null for a course that is only completed. */
  passMark: number | null;
  /**
   * Quizzes begun without leaving a trace in progress: their lesson or quiz page was opened this
   * session, or the LMS recorded them as begun earlier. Their objectives are at least incomplete.
   */
  begun?: ReadonlySet<string>;
  /** `final` (default): a score only once the course is finished; `running`: from the first finished quiz. */
  scoreMode?: 'final' | 'running';
}

function objective(input: LmsReportInput, id: string): ObjectiveReport & { done: boolean } {
  const { progress, banks, withLesson, passMark } = input;
  const summary = summarizeAttempts(progress, id, banks[id] ?? [], passMark ?? 0);
  // A pass kept from an earlier content version carries the score it was earned with.
  const earlier = progress.earlierPasses && Object.hasOwn(progress.earlierPasses, id) ? progress.earlierPasses[id] : undefined;
  const score = summary.best?.score.percent ?? earlier?.percent;
  const finished = summary.checks.length > 0;
  const isModule = withLesson.has(id);
  const isPassed = isModule && moduleStatus(progress, id, summary) === 'passed';
  const done = isPassed || (finished && (!isModule || Boolean(progress.lessonsRead[id])));
  const touched = Boolean(input.begun?.has(id)) || progress.attempts.some((a) => a.quizId === id) || Boolean(progress.lessonsRead[id]);
  let status: LmsObjectiveStatus = touched ? 'incomplete' : 'not attempted';
  if (done && passMark === null) status = 'completed';
  else if (done && isModule) status = isPassed ? 'passed' : 'failed';
  else if (done) status = summary.checks.some((s) => s.score.passed) ? 'passed' : 'failed';
  const progressMeasure = isPassed ? 1 : isModule ? (Number(Boolean(progress.lessonsRead[id])) + Number(finished)) / 2 : Number(finished);
  return { id, status, done, progress: progressMeasure, ...(score === undefined ? {} : { score }) };
}

/** Computes the LMS report for the included quizzes. */
export function lmsReport(input: LmsReportInput): LmsReport {
  const all = input.quizzes.map((id) => objective(input, id));
  const count = Math.max(1, all.length);
  const score = Math.floor(all.reduce((sum, o) => sum + (o.score ?? 0), 0) / count);
  const isDone = all.length > 0 && all.every((o) => o.done);
  let status: LmsCourseStatus = 'incomplete';
  if (isDone) status = input.passMark === null ? 'completed' : all.every((o) => o.status === 'passed') ? 'passed' : 'failed';
  const hasScore = isDone || (input.scoreMode === 'running' && all.some((o) => o.score !== undefined));
  const progress = Math.round((all.reduce((sum, o) => sum + o.progress, 0) / count) * 10_000) / 10_000;
  return { status, ...(hasScore ? { score } : {}), progress, objectives: all.map(({ done: _done, ...o }) => o) };
}

const RANK: Record<LmsCourseStatus, number> = { incomplete: 0, failed: 1, passed: 2, completed: 2 };

/**
 * Never lowers an outcome the LMS already holds: once passed or completed, a later report (after
 * a module reset, or answers that could not be restored) keeps that status and the best score.
 */
export function keepRecordedOutcome(report: LmsReport, recorded: { status: LmsCourseStatus; score?: number } | null): LmsReport {
  if (!recorded || RANK[recorded.status] < 2 || RANK[report.status] >= 2) return report;
  const scores = [report.score, recorded.score].filter((n): n is number => n !== undefined);
  return { ...report, status: recorded.status, ...(scores.length > 0 ? { score: Math.max(...scores) } : {}) };
}
