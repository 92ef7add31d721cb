/**
 * The one-line verdict after a scenario ("Correct", "Partly right", "Not quite") in words a
 * learner and a screen reader both get; the same text goes to the live region.
 */
import type { QuestionKind } from '../../domain/content/content-types';
import { creditPercent, isFullCredit, isNoCredit, type QuestionScore } from '../../domain/scoring/score-question';
import type { Tone } from './feedback-items';

/** A verdict on one scenario. */
export interface Verdict {
  /** Good, poor or neutral: paired with the heading text, never shown by color alone. */
  tone: Tone;
  /** "Correct", "Partly right" or "Not quite". */
  heading: string;
  /** What that means for this kind of question, and the credit. */
  detail: string;
}

const FULL: Record<QuestionKind, string> = {
  single: 'You chose the best response.',
  value: 'You chose the value most at stake.',
  multi: 'You chose every response that applies, and none that do not.',
  rank: 'Your order matches the best order.',
  branch: 'You made the best choice at every decision.',
};

const NONE: Record<QuestionKind, string> = {
  single: 'Compare your choice with the best response below.',
  value: 'Compare your choice with the value most at stake below.',
  multi: 'See below which responses apply and which do not.',
  rank: 'Your order is far from the best order; see it below.',
  branch: 'You did not make the best choice at any decision.',
};

/** Credit as a learner reads it: "Full credit", "No credit" or "67% credit" (rounded down). */
export function creditText(earned: number): string {
  if (isFullCredit(earned)) return 'Full credit';
  if (isNoCredit(earned)) return 'No credit';
  return `${creditPercent(earned)}% credit`;
}

/** The verdict for a scored scenario. */
export function verdictFor(kind: QuestionKind, score: QuestionScore): Verdict {
  const credit = `${creditText(score.earned)}.`;
  if (score.isCorrect) return { tone: 'good', heading: 'Correct', detail: `${FULL[kind]} ${credit}` };
  if (isNoCredit(score.earned)) return { tone: 'poor', heading: 'Not quite', detail: `${NONE[kind]} ${credit}` };
  return { tone: 'poor', heading: 'Partly right', detail: `${partly(kind, score)} ${credit}` };
}

function partly(kind: QuestionKind, score: QuestionScore): string {
  if (kind === 'branch' && score.decisions) {
    return `You made the best choice at ${score.decisions.best} of ${score.decisions.total} decisions.`;
  }
  if (kind === 'rank') return 'Some responses are out of place; the best order is below.';
  return 'Part of your answer fits; see below which responses apply.';
}

/** The sentence announced in the live region after a submit. */
export function announcementFor(verdict: Verdict): string {
  return `${verdict.heading}. ${verdict.detail}`;
}
