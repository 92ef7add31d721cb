/**
 * Attempt summaries: every finished attempt at a quiz, scored. Kept apart from progress-model so
 * the scoring code is not pulled into the first visit with the progress store: the course home
 * loads this module only once the learner has finished an attempt (issue #8, `npm run bench`).
 */
import type { Question } from '../content/content-types';
import { finishedAttempts, type Attempt, type Progress } from './progress-model';
import { scoreQuiz, type QuizScore } from '../scoring/score-quiz';

/** Scores of every finished attempt, plus the best and the latest. */
export interface AttemptSummary {
  /** Each finished attempt with its score, oldest first. */
  scored: { attempt: Attempt; score: QuizScore }[];
  /** Highest percent (latest wins a tie). */
  best?: { attempt: Attempt; score: QuizScore };
  /** Most recent finished attempt. */
  latest?: { attempt: Attempt; score: QuizScore };
}

/** Scores every finished attempt at a quiz with the given questions and pass mark. */
export function summarizeAttempts(
  progress: Pick<Progress, 'attempts'>,
  quizId: string,
  questions: readonly Question[],
  passMark: number,
): AttemptSummary {
  const scored = finishedAttempts(progress, quizId).map((attempt) => ({ attempt, score: scoreQuiz(questions, attempt.answers, passMark) }));
  const best = scored.reduce<AttemptSummary['best']>((top, s) => (!top || s.score.percent >= top.score.percent ? s : top), undefined);
  return { scored, best, latest: scored.at(-1) };
}
