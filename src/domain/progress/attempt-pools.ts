/**
 * Which pools of a bank saved attempts need. Each pool is its own chunk, so a page loads only
 * what its attempts present: practice rounds the practice pool, checks the check pool
 * (docs/decisions/0019-bank-pool-chunks.md).
 */
import type { Pool, Question } from '../content/content-types';
import type { Attempt } from './progress-model';

/** The parts of an attempt that say which scenarios it presents. */
export type AttemptItems = Pick<Attempt, 'mode' | 'items'>;

/**
 * The pools these attempts present, by mode, in bank order: practice rounds the practice pool,
 * checks the check pool, a whole-bank quiz from before the split both; none for no attempts.
 */
export function poolsPresented(attempts: readonly Pick<Attempt, 'mode'>[]): Pool[] {
  const hasPractice = attempts.some((a) => a.mode !== 'check');
  const hasCheck = attempts.some((a) => a.mode !== 'practice');
  return [...(hasPractice ? (['practice'] as const) : []), ...(hasCheck ? (['check'] as const) : [])];
}

/**
 * True when `questions` hold every scenario the attempts list. False when an item was moved to
 * the other pool by a content update (or removed): then only the whole bank can score them as before.
 */
export function holdsEveryItem(attempts: readonly Pick<Attempt, 'items'>[], questions: readonly Pick<Question, 'id'>[]): boolean {
  const ids = new Set(questions.map((q) => q.id));
  return attempts.every((a) => (a.items ?? []).every((id) => ids.has(id)));
}
