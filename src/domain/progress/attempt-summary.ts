/**
 * Attempt summaries: every finished attempt at a quiz, scored against the scenarios it presented.
 * Kept apart from progress-model so the scoring code is not pulled into the first visit with the
 * progress store: the course home loads this module only once the learner has finished an
 * attempt (issue #8, `npm run bench`).
 */
import type { KeyedQuestion } from '../content/content-types';
import { countsTowardPass, finishedAttempts, type Attempt, type Progress } from './progress-model';
import { scoreQuiz, type QuizScore } from '../scoring/score-quiz';

/** A finished attempt with its score. */
export interface ScoredAttempt {
  /** The attempt. */
  attempt: Attempt;
  /** Its score over the scenarios it presented. */
  score: QuizScore;
}

/** Scores of every finished attempt, and the best and latest of those that can pass. */
export interface AttemptSummary {
  /** Each finished attempt (practice too) with its score, oldest first. */
  scored: ScoredAttempt[];
  /** The finished attempts that can pass the module (checks, and quizzes from before the split), oldest first. */
  checks: ScoredAttempt[];
  /** The highest-scoring of `checks` (latest wins a tie). */
  best?: ScoredAttempt;
  /** The most recent of `checks`. */
  latest?: ScoredAttempt;
}

/** The practice pool of a bank: items marked `practice`, and any item with no pool (older fixtures). */
export function practicePool<Q extends KeyedQuestion>(bank: readonly Q[]): Q[] {
  return bank.filter((q) => q.pool !== 'check');
}

/** The mastery-check pool of a bank. */
export function checkPool<Q extends KeyedQuestion>(bank: readonly Q[]): Q[] {
  return bank.filter((q) => q.pool === 'check');
}

/**
 * The scenarios an attempt presents, in its order: its `items` (ids the bank no longer has are
 * skipped: their answers were set aside), else the whole bank for a quiz from before the split,
 * else the practice pool.
 */
export function questionsOf<Q extends KeyedQuestion>(attempt: Pick<Attempt, 'mode' | 'items'>, bank: readonly Q[]): Q[] {
  if (attempt.items) {
    const byId = new Map(bank.map((q) => [q.id, q]));
    return attempt.items.flatMap((id) => byId.get(id) ?? []);
  }
  return attempt.mode === 'quiz' ? [...bank] : practicePool(bank);
}

/** Scores one attempt over the scenarios it presented. */
export function scoreAttempt(attempt: Attempt, bank: readonly KeyedQuestion[], passMark: number): QuizScore {
  return scoreQuiz(questionsOf(attempt, bank), attempt.answers, passMark);
}

/**
 * Scores every finished attempt at a quiz with the quiz's bank and the pass mark. `score` is
 * scoreAttempt unless a caller passes a memoized one (a page that shows every module's status
 * scores each attempt once, not on every render).
 */
export function summarizeAttempts(
  progress: Pick<Progress, 'attempts'>,
  quizId: string,
  bank: readonly KeyedQuestion[],
  passMark: number,
  score: typeof scoreAttempt = scoreAttempt,
): AttemptSummary {
  const scored = finishedAttempts(progress, quizId).map((attempt) => ({ attempt, score: score(attempt, bank, passMark) }));
  const checks = scored.filter((s) => countsTowardPass(s.attempt));
  const best = checks.reduce<ScoredAttempt | undefined>((top, s) => (!top || s.score.percent >= top.score.percent ? s : top), undefined);
  return { scored, checks, best, latest: checks.at(-1) };
}
