/**
 * Passes earned on an earlier content version. When the scenario banks are rewritten, old
 * answers no longer fit the new items, so they are scored against the answer keys of the version
 * they were given on (content/legacy/), with that version's pass mark, and every module passed
 * there is kept as an `EarlierPass`.
 */
import type { KeyedQuestion } from '../content/content-types';
import { scoreQuiz } from '../scoring/score-quiz';
import type { Attempt, EarlierPass, Progress } from './progress-model';

/** An earlier content version's answer keys: ids and keys only, by quiz id. */
export interface LegacyKeys {
  /** The content version these keys belong to. */
  version: string;
  /** That version's pass mark. */
  passMark: number;
  /** Each quiz's questions (texts left out; only what scoring reads). */
  quizzes: Record<string, readonly KeyedQuestion[]>;
}

/**
 * The best passing attempt per quiz under `legacy`, for quizzes not already in `kept`. An
 * attempt made on newer content answers other ids, scores low against the old keys and so
 * never counts here by accident.
 */
export function findEarlierPasses(
  attempts: readonly Attempt[],
  legacy: LegacyKeys,
  kept: Record<string, EarlierPass>,
): Record<string, EarlierPass> {
  const found: Record<string, EarlierPass> = {};
  for (const attempt of attempts) {
    const questions = Object.hasOwn(legacy.quizzes, attempt.quizId) ? legacy.quizzes[attempt.quizId] : undefined;
    if (!questions || !attempt.finishedAt || Object.hasOwn(kept, attempt.quizId)) continue;
    const score = scoreQuiz(questions, attempt.answers, legacy.passMark);
    const best = found[attempt.quizId];
    if (score.passed && (!best || score.percent > best.percent)) {
      found[attempt.quizId] = { contentVersion: legacy.version, percent: score.percent, at: attempt.finishedAt };
    }
  }
  return found;
}

/**
 * Which of `passes` the record should take: never one replacing a pass already kept, and never
 * one earned before its module was reset (a reset stays reset).
 */
export function passesToKeep(
  passes: Record<string, EarlierPass>,
  progress: Pick<Progress, 'earlierPasses' | 'deleted'>,
): Record<string, EarlierPass> {
  const { earlierPasses, deleted } = progress;
  return Object.fromEntries(
    Object.entries(passes).filter(
      ([id, pass]) => !Object.hasOwn(earlierPasses, id) && !(Object.hasOwn(deleted.modules, id) && deleted.modules[id]! >= pass.at),
    ),
  );
}
