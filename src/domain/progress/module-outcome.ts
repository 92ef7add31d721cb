/**
 * Where one assigned module stands, for the trainee's assignment page, receipts, the roster and
 * certificates, all derived the same way: passed = lesson read + a mastery check at or above the
 * pass mark in force (the assignment's override, else the course default). Practice never counts.
 */
import type { KeyedQuestion } from '../content/content-types';
import { summarizeAttempts } from './attempt-summary';
import { moduleStatus, type ModuleStatus } from './module-status';
import { countsTowardPass, type Progress } from './progress-model';
import type { QuizScore } from '../scoring/score-quiz';

/** One module's outcome. */
export interface ModuleOutcome {
  /** Module id. */
  moduleId: string;
  /** Passed, needs another try, in progress or not started. */
  status: ModuleStatus;
  /** Finished mastery checks (and whole-bank quizzes from before the split). */
  attempts: number;
  /** Best check's score, when the questions are known and an attempt exists. */
  best?: QuizScore;
  /** When it was passed (the later of lesson read and first passing attempt); else the latest finished attempt. */
  completedAt?: string;
  /** Passed by the due date, or not; absent when not passed or there is no due date. */
  timing?: 'on-time' | 'late';
}

// "Due 1 July" should mean the end of 1 July wherever the learner is: the last time zone to
// finish that day is UTC−12, 36 hours after 00:00 UTC. Never marks someone late by mistake.
const DUE_GRACE_MS = 36 * 60 * 60 * 1000;

/** True when `at` (ISO time) is before the end of the due day (YYYY-MM-DD) in every time zone. */
export function isOnTime(at: string, due: string): boolean {
  return Date.parse(at) < Date.parse(`${due}T00:00:00Z`) + DUE_GRACE_MS;
}

const latest = (a: string | undefined, b: string | undefined): string | undefined => (!a ? b : !b ? a : a > b ? a : b);

/** The outcome of one module; `questions` undefined means the bank is not loaded yet. */
export function moduleOutcome(
  progress: Progress,
  moduleId: string,
  questions: readonly KeyedQuestion[] | undefined,
  passMark: number,
  due?: string,
): ModuleOutcome {
  const summary = questions ? summarizeAttempts(progress, moduleId, questions, passMark) : undefined;
  const status = moduleStatus(progress, moduleId, summary);
  const attempts = progress.attempts.filter((a) => a.quizId === moduleId && a.finishedAt && countsTowardPass(a)).length;
  const out: ModuleOutcome = { moduleId, status, attempts };
  if (summary?.best) out.best = summary.best.score;
  if (status === 'passed') {
    const firstPass = summary?.checks.find((s) => s.score.passed)?.attempt.finishedAt;
    out.completedAt = latest(progress.lessonsRead[moduleId], firstPass);
    if (due && out.completedAt) out.timing = isOnTime(out.completedAt, due) ? 'on-time' : 'late';
  } else if (summary?.latest) {
    out.completedAt = summary.latest.attempt.finishedAt;
  }
  return out;
}
