/**
 * Which answers to report as LMS interactions, found by comparing two snapshots of progress, so
 * each answer is written once, when it is given:
 * - practice (and whole-bank quiz) answers are final once given (feedback follows at once): each
 *   new or changed answer is reported then, and a branching scenario's new decisions one by one;
 * - a mastery check's answers are final only when the form is submitted: all of them are
 *   reported when the attempt is finished, in the form's order.
 */
import type { Answer } from '../scoring/answers';
import type { Attempt } from '../progress/progress-model';

/** An answer to report. */
export interface AnswerToReport {
  /** The attempt it belongs to. */
  attempt: Attempt;
  /** The scenario. */
  questionId: string;
  /** The answer. */
  answer: Answer;
  /** Branching scenarios: decisions reported already. */
  fromStep: number;
}

const same = (a: Answer | undefined, b: Answer | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);

/** How many decisions of `after`'s path were reported with `before` (0 unless it only grew). */
function reportedSteps(before: Answer | undefined, after: Answer): number {
  if (before?.kind !== 'branch' || after.kind !== 'branch') return 0;
  const isPrefix = before.path.length <= after.path.length && before.path.every((id, i) => after.path[i] === id);
  return isPrefix ? before.path.length : 0;
}

/** Answers given or changed between `before` and `after`, in attempt order, whatever the mode. */
export function changedAnswers(before: readonly Attempt[], after: readonly Attempt[]): AnswerToReport[] {
  const previous = new Map(before.map((a) => [a.id, a]));
  const out: AnswerToReport[] = [];
  for (const attempt of after) {
    const old = previous.get(attempt.id);
    if (old === attempt) continue;
    for (const [questionId, answer] of Object.entries(attempt.answers)) {
      const was = old && Object.hasOwn(old.answers, questionId) ? old.answers[questionId] : undefined;
      if (!same(was, answer)) out.push({ attempt, questionId, answer, fromStep: reportedSteps(was, answer) });
    }
  }
  return out;
}

/**
 * The answers to report now: practice answers as given, check answers when the check is
 * submitted. Only attempts being taken count: finished attempts that arrive whole (a restored
 * backup) were reported, if ever, where they were taken.
 */
export function answersToReport(before: readonly Attempt[], after: readonly Attempt[]): AnswerToReport[] {
  const wasOpen = new Set(before.filter((a) => !a.finishedAt).map((a) => a.id));
  const isBeingTaken = (a: Attempt) => !a.finishedAt || wasOpen.has(a.id);
  const given = changedAnswers(before, after).filter(({ attempt }) => attempt.mode !== 'check' && isBeingTaken(attempt));
  const submitted = after
    .filter((a) => a.mode === 'check' && a.finishedAt && wasOpen.has(a.id))
    .flatMap((attempt) => {
      const order = attempt.items ?? Object.keys(attempt.answers);
      return order.flatMap((questionId) => {
        const answer = Object.hasOwn(attempt.answers, questionId) ? attempt.answers[questionId] : undefined;
        return answer ? [{ attempt, questionId, answer, fromStep: 0 }] : [];
      });
    });
  return [...given, ...submitted];
}
