/**
 * Scores one question. Every question is worth 1 point; partial credit is a fraction of it.
 * Expected problems (unanswered, unknown ids, duplicates, wrong kind, a malformed answer) are
 * results with reasons, never exceptions: saved answers and receipts are untrusted input.
 *
 * Rules (also explained to instructors on the "How scoring works" page):
 * - single / value: 1 for the best option, else 0.
 * - multi: (correct options ticked − wrong options ticked) ÷ number of correct options, never
 *   below 0; unknown ids are ignored and a repeated id counts once. Ticking everything therefore
 *   cannot earn full credit: a wrong tick cancels a right one.
 * - rank: 1 − (sum of how far each response sits from its keyed place) ÷ (the largest possible
 *   sum for that many responses, ⌊n²/2⌋). A perfect order earns 1, the exact reverse earns 0,
 *   and swapping two neighbours costs little (2 ÷ 8 with four responses). The ranking must list
 *   each response exactly once, or it is invalid.
 * - branch: best choices ÷ decisions taken along the learner's own path, which must follow the
 *   scenario's `next` links from the first step to an end; an unfinished path is invalid.
 * Rounding to a percent happens once, for the whole quiz (score-quiz.ts), never per question.
 */
import type { Answer } from './answers';
import type { KeyedQuestion, ValueId } from '../content/content-types';
import { walkBranch } from './branch-walk';

/** The outcome of scoring one question. */
export interface QuestionScore {
  /** The question's id. */
  questionId: string;
  /** The value it tests. */
  value: ValueId;
  /** Points earned, from 0 to `possible`. */
  earned: number;
  /** Points available: always 1. */
  possible: number;
  /** True when the answer earned full credit. */
  isCorrect: boolean;
  /** `scored`, or why it could not be: not answered, or an answer that does not fit. */
  status: 'scored' | 'unanswered' | 'invalid';
  /** Plain-language notes on anything odd in the answer (unknown ids, duplicates…). */
  reasons: string[];
  /** Option ids whose feedback the learner should see: what they chose, then the best. */
  feedbackIds: string[];
  /** Branch scenarios only: best choices made, out of the decisions on the learner's path. */
  decisions?: { best: number; total: number };
}

/** Credit within this of a boundary counts as on it: sums of fractions are not exact in floating point. */
export const EPSILON = 1e-9;

/** True when a question's earned points are full credit. */
export const isFullCredit = (earned: number): boolean => earned >= 1 - EPSILON;

/** True when a question's earned points are no credit at all. */
export const isNoCredit = (earned: number): boolean => earned <= EPSILON;

/** Earned credit as a whole percent, rounded down ("67% credit" for two thirds). */
export const creditPercent = (earned: number): number => Math.floor(earned * 100 + EPSILON);

const result = (q: KeyedQuestion, earned: number, reasons: string[], feedbackIds: string[]): QuestionScore => ({
  questionId: q.id,
  value: q.value,
  earned,
  possible: 1,
  isCorrect: isFullCredit(earned),
  status: 'scored',
  reasons,
  feedbackIds,
});

const failed = (q: KeyedQuestion, status: 'unanswered' | 'invalid', reason: string): QuestionScore => ({
  ...result(q, 0, [reason], []),
  status,
});

/** Largest possible sum of displacements when ranking n items (reverse order). */
export function maxRankDistance(n: number): number {
  return Math.floor((n * n) / 2);
}

/** Scores one answer (or none) against its question. */
export function scoreQuestion(q: KeyedQuestion, answer: Answer | undefined): QuestionScore {
  if (!answer) return failed(q, 'unanswered', 'Not answered.');
  if (answer.kind !== q.kind) return failed(q, 'invalid', `Answer is for a "${answer.kind}" question, not "${q.kind}".`);
  switch (q.kind) {
    case 'single':
    case 'value': {
      const optionId = (answer as { optionId: string }).optionId;
      const chosen = q.options.find((o) => o.id === optionId);
      if (!chosen) return failed(q, 'invalid', `Unknown response "${String(optionId)}".`);
      const best = q.options.find((o) => o.best);
      return result(q, chosen.best ? 1 : 0, [], unique([chosen.id, best?.id]));
    }
    case 'multi': {
      const optionIds: unknown = (answer as { optionIds?: unknown }).optionIds;
      return Array.isArray(optionIds) ? scoreMulti(q, optionIds) : failed(q, 'invalid', 'The answer does not list the chosen responses.');
    }
    case 'rank': {
      const order: unknown = (answer as { order?: unknown }).order;
      return Array.isArray(order) ? scoreRank(q, order) : failed(q, 'invalid', 'The answer does not list the responses in order.');
    }
    case 'branch': {
      const path: unknown = (answer as { path?: unknown }).path;
      return Array.isArray(path) ? scoreBranch(q, path) : failed(q, 'invalid', 'The answer does not list the choices made.');
    }
  }
}

function unique(ids: (string | undefined)[]): string[] {
  return [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
}

function scoreMulti(q: Extract<KeyedQuestion, { kind: 'multi' }>, optionIds: unknown[]): QuestionScore {
  const reasons: string[] = [];
  const known = new Map(q.options.map((o) => [o.id, o]));
  const picked = new Set<string>();
  for (const id of optionIds) {
    if (typeof id !== 'string' || !known.has(id)) reasons.push(`Unknown response "${String(id)}" was ignored.`);
    else if (picked.has(id)) reasons.push(`Response "${id}" was chosen twice; counted once.`);
    else picked.add(id);
  }
  const correct = q.options.filter((o) => o.correct);
  const hits = correct.filter((o) => picked.has(o.id)).length;
  const falseAlarms = [...picked].filter((id) => !known.get(id)?.correct).length;
  const earned = correct.length === 0 ? 0 : Math.max(0, hits - falseAlarms) / correct.length;
  return result(q, earned, reasons, unique([...picked, ...correct.map((o) => o.id)]));
}

function scoreRank(q: Extract<KeyedQuestion, { kind: 'rank' }>, order: unknown[]): QuestionScore {
  const key = q.options.map((o) => o.id);
  const isPermutation = (ids: unknown[]): ids is string[] =>
    ids.length === key.length && new Set(ids).size === key.length && ids.every((id) => typeof id === 'string' && key.includes(id));
  if (!isPermutation(order)) return failed(q, 'invalid', 'The ranking does not list each response exactly once.');
  const distance = order.reduce((sum, id, place) => sum + Math.abs(place - key.indexOf(id)), 0);
  const max = maxRankDistance(key.length);
  return result(q, max === 0 ? 1 : 1 - distance / max, [], [...order]);
}

function scoreBranch(q: Extract<KeyedQuestion, { kind: 'branch' }>, path: unknown[]): QuestionScore {
  if (path.length === 0) return failed(q, 'unanswered', 'Not answered.');
  const walk = walkBranch(q, path);
  if (walk.problem) return failed(q, 'invalid', walk.problem);
  if (walk.current) return failed(q, 'invalid', 'The scenario was not finished.');
  const best = walk.taken.filter((t) => t.option.best).length;
  return {
    ...result(
      q,
      best / walk.taken.length,
      [],
      walk.taken.map((t) => t.option.id),
    ),
    decisions: { best, total: walk.taken.length },
  };
}
