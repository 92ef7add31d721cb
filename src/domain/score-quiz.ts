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
  /** The pass mark used, as a whole percent. */
  passMark: number;
  /** True when earned/possible is at or above the pass mark. An empty quiz never passes. */
  passed: boolean;
  /** How many questions had a scorable answer. */
  answered: number;
  /** One score per question, in quiz order. */
  perQuestion: QuestionScore[];
  /** Scores grouped by the value each question tests; only values that appear. */
  perValue: Partial<Record<ValueId, ValueScore>>;
  /** Why the quiz as a whole could not be scored normally (e.g. it has no questions). */
  reasons: string[];
}

const EPSILON = 1e-9;

/** Whole percent, rounded down; 0 when nothing is possible. */
export function toPercent(earned: number, possible: number): number {
  return possible <= 0 ? 0 : Math.floor((earned / possible) * 100 + EPSILON);
}

/** Scores answers against questions with a pass mark (whole percent, 0 to 100). */
export function scoreQuiz(questions: readonly Question[], answers: Answers, passMark: number): QuizScore {
  const perQuestion = questions.map((q) => scoreQuestion(q, Object.hasOwn(answers, q.id) ? answers[q.id] : undefined));
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
  return {
    earned,
    possible,
    percent: toPercent(earned, possible),
    passMark,
    passed: possible > 0 && earned * 100 >= passMark * possible - EPSILON,
    answered: perQuestion.filter((s) => s.status === 'scored').length,
    perQuestion,
    perValue,
    reasons: questions.length === 0 ? ['This quiz has no questions.'] : [],
  };
}
