/**
 * The order an attempt shows responses in. Each question (and each step of a branch) gets its
 * own seed from the attempt's recorded seed, so a review replays exactly what the learner saw.
 */
import type { BranchQuestion, BranchStep } from '../../domain/content/content-types';
import { seedFor, shuffle } from '../../domain/scoring/shuffle';

/** A question's options in this attempt's order: `shuffle(options, seedFor(attemptSeed, questionId))`. */
export function shownOrder<T>(options: readonly T[], attemptSeed: number, questionId: string): T[] {
  return shuffle(options, seedFor(attemptSeed, questionId));
}

/** A branch step's options in this attempt's order; the step id is mixed in so steps differ. */
export function shownStepOrder(question: BranchQuestion, step: BranchStep, attemptSeed: number): BranchStep['options'] {
  return shuffle(step.options, seedFor(attemptSeed, `${question.id}/${step.id}`));
}
