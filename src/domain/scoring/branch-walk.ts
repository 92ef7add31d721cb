/**
 * The one walk through a branching scenario, used by the scorer and by the quiz screen: follow
 * the learner's choices from the first step along the `next` links, keep the valid part of a
 * saved path (content may have changed since it was saved) and say where it stopped and why.
 */
import type { BranchStep, KeyedQuestion } from '../content/content-types';

/** A branching scenario, with its words (the quiz screen) or only its keys (the scorer). */
type Branch = Extract<KeyedQuestion, { kind: 'branch' }>;
/** A step of one. */
type Step = Branch['steps'][number];

/** One decision already made. */
export interface TakenStep<S extends Step = BranchStep> {
  /** The step decided. */
  step: S;
  /** The option chosen there. */
  option: S['options'][number];
}

/** Where a learner stands in a branching scenario. */
export interface BranchWalk<S extends Step = BranchStep> {
  /** Decisions made so far that fit the scenario, in order. */
  taken: TakenStep<S>[];
  /** The decision to make next; undefined when the scenario is finished (or the walk broke off). */
  current: S | undefined;
  /** Why the rest of the path was not followed, in plain words; undefined when all of it fit. */
  problem?: string;
}

/** Follows `path` from the first step, stopping at the first choice that does not fit. */
export function walkBranch<Q extends Branch>(question: Q, path: readonly unknown[]): BranchWalk<Q['steps'][number]> {
  const taken: TakenStep<Q['steps'][number]>[] = [];
  let current = question.steps[0];
  for (const [i, optionId] of path.entries()) {
    if (!current || taken.some((t) => t.step.id === current?.id)) {
      return { taken, current: undefined, problem: `Choice ${i + 1} does not follow the scenario.` };
    }
    const option = current.options.find((o) => o.id === optionId);
    if (!option) return { taken, current, problem: `Unknown response "${String(optionId)}" at step ${i + 1}.` };
    taken.push({ step: current, option });
    current = option.next ? question.steps.find((s) => s.id === option.next) : undefined;
  }
  return { taken, current };
}
