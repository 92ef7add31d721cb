/**
 * Scores a whole quiz: totals, pass or not yet, and the per-value profile. Pure: the same quiz,
 * answers and pass mark always give the same result, whatever order the options were shown in.
 */
import type { Answers } from './answers';
import type { KeyedQuestion, ValueId } from '../content/content-types';
import { EPSILON, scoreQuestion, type QuestionScore } from './score-question';

/** Earned and possible points for one value. */
export interface ValueScore {
  /** Points earned on this value's questions. */
  earned: number;
  /** Points available on this value's questions. */
  possible: number;
  /** Whole percent, rounded down. */
  percent: number;
}

/** The outcome of scoring a quiz. */
export interface QuizScore {
  /** Points earned in all. */
  earned: number;
  /** Points available in all (one per question). */
  possible: number;
  /** Whole percent, rounded down so that a shown 80% always means at least 80%. */
  percent: number;
  /** The pass mark used, as a whole percent from 0 to 100 (see `clampPassMark`). */
  passMark: number;
  /** True when `percent` is at or above the pass mark. An empty quiz never passes. */
  passed: boolean;
  /** How many questions had a scorable answer. */
  answered: number;
  /** One score per question, in quiz order. */
  perQuestion: QuestionScore[];
  /** Scores grouped by the value each question tests; only values that appear. */
  perValue: Partial<Record<ValueId, ValueScore>>;
  /** Anything odd about the quiz as a whole: no questions, answers to unknown scenarios, a pass mark out of range. */
  reasons: string[];
}

/** Whole percent, rounded down; 0 when nothing is possible. */
export function toPercent(earned: number, possible: number): number {
  return possible <= 0 ? 0 : Math.floor((earned / possible) * 100 + EPSILON);
}

/**
 * The pass mark actually used for `requested`: a whole percent from 0 to 100. Fractions round
 * up (a pass never needs less than was asked for); anything that is not a number gives 100, so a
 * broken override can never pass a learner by mistake.
 */
export function clampPassMark(requested: number): number {
  if (typeof requested !== 'number' || Number.isNaN(requested)) return 100;
  return Math.min(100, Math.max(0, Math.ceil(requested - EPSILON)));
}

// Partial credits are fractions (1/3, 0.75…), and floating-point sums depend on their order.
// Summing in sorted order makes totals identical whatever order the scenarios are listed in.
const sum = (values: number[]): number => [...values].sort((a, b) => a - b).reduce((total, x) => total + x, 0);

/** Scores answers against questions with a pass mark (whole percent, 0 to 100; clamped). */
export function scoreQuiz(questions: readonly KeyedQuestion[], answers: Answers, passMark: number): QuizScore {
  // Saved answers are untrusted: a missing record scores as nothing answered.
  const given: Answers = answers !== null && typeof answers === 'object' ? answers : {};
  const perQuestion = questions.map((q) => scoreQuestion(q, Object.hasOwn(given, q.id) ? given[q.id] : undefined));
  const earned = sum(perQuestion.map((s) => s.earned));
  const possible = sum(perQuestion.map((s) => s.possible));
  const perValue: Partial<Record<ValueId, ValueScore>> = {};
  for (const value of new Set(perQuestion.map((s) => s.value))) {
    const mine = perQuestion.filter((s) => s.value === value);
    const v = { earned: sum(mine.map((s) => s.earned)), possible: sum(mine.map((s) => s.possible)) };
    perValue[value] = { ...v, percent: toPercent(v.earned, v.possible) };
  }
  const percent = toPercent(earned, possible);
  const mark = clampPassMark(passMark);
  return {
    earned,
    possible,
    percent,
    passMark: mark,
    // Compared with the shown (rounded-down) percent, so "80%" and "passed" always agree.
    passed: possible > 0 && percent >= mark,
    answered: perQuestion.filter((s) => s.status === 'scored').length,
    perQuestion,
    perValue,
    reasons: quizReasons(questions, given, passMark, mark),
  };
}

function quizReasons(questions: readonly KeyedQuestion[], answers: Answers, requested: number, mark: number): string[] {
  const reasons: string[] = [];
  if (questions.length === 0) reasons.push('This quiz has no questions.');
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) reasons.push(`The answer to unknown scenario "${id}" was ignored.`);
  }
  if (requested !== mark) reasons.push(`Pass mark ${String(requested)} is not a whole percent from 0 to 100; ${mark}% was used.`);
  return reasons;
}
