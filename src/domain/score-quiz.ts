/**
 * Scores a whole quiz: totals, pass or not yet, and the per-value profile. Pure: the same quiz,
 * answers and pass mark always give the same result, whatever order the options were shown in.
 */
import type { Answers } from './answers';
import type { Question, ValueId } from './content-types';
import { scoreQuestion, type QuestionScore } from './score-question';

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

const EPSILON = 1e-9;

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

/** Scores answers against questions with a pass mark (whole percent, 0 to 100; clamped). */
export function scoreQuiz(questions: readonly Question[], answers: Answers, passMark: number): QuizScore {
  // Saved answers are untrusted: a missing record scores as nothing answered.
  const given: Answers = answers !== null && typeof answers === 'object' ? answers : {};
  const perQuestion = questions.map((q) => scoreQuestion(q, Object.hasOwn(given, q.id) ? given[q.id] : undefined));
  const earned = perQuestion.reduce((sum, s) => sum + s.earned, 0);
  const possible = perQuestion.reduce((sum, s) => sum + s.possible, 0);
  const perValue: Partial<Record<ValueId, ValueScore>> = {};
  for (const s of perQuestion) {
    const v = perValue[s.value] ?? { earned: 0, possible: 0, percent: 0 };
    v.earned += s.earned;
    v.possible += s.possible;
    v.percent = toPercent(v.earned, v.possible);
    perValue[s.value] = v;
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

function quizReasons(questions: readonly Question[], answers: Answers, requested: number, mark: number): string[] {
  const reasons: string[] = [];
  if (questions.length === 0) reasons.push('This quiz has no questions.');
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) reasons.push(`The answer to unknown scenario "${id}" was ignored.`);
  }
  if (requested !== mark) reasons.push(`Pass mark ${String(requested)} is not a whole percent from 0 to 100; ${mark}% was used.`);
  return reasons;
}
