/** Which scenarios of an attempt are done, and what to announce after each submit. */
import type { Answer, Answers } from '../../domain/scoring/answers';
import type { Question } from '../../domain/content/content-types';
import { scoreQuestion } from '../../domain/scoring/score-question';
import { walkBranch } from '../../domain/scoring/branch-walk';
import { announcementFor, verdictFor } from './verdict';

/** True when `answer` is a complete, scorable answer to `question` (a branch walked to its end). */
export function isDone(question: Question, answer: Answer | undefined): boolean {
  return scoreQuestion(question, answer).status === 'scored';
}

/** Index of the first scenario still to answer, or -1 when every one is done. */
export function firstOpenIndex(questions: readonly Question[], answers: Answers): number {
  return questions.findIndex((q) => !isDone(q, answers[q.id]));
}

/** The live-region sentence after a submit: the verdict, or for a branch decision, its outcome. */
export function announceAnswer(question: Question, answer: Answer): string {
  const score = scoreQuestion(question, answer);
  const overall = score.status === 'scored' ? announcementFor(verdictFor(question.kind, score)) : '';
  if (question.kind !== 'branch' || answer.kind !== 'branch') return overall;
  const last = walkBranch(question, answer.path).taken.at(-1);
  const step = last?.option.best ? 'Best choice.' : 'Not the best choice.';
  return overall ? `${step} Scenario complete. ${overall}` : `${step} See what happens next.`;
}
