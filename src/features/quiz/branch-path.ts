/**
 * Walks a learner's path through a branching scenario, keeping the valid part of a saved path
 * (content may have changed since it was saved) and finding the decision still to make.
 */
import type { BranchQuestion, BranchStep } from '../../domain/content/content-types';

/** One decision already made. */
export interface TakenStep {
  /** The step decided. */
  step: BranchStep;
  /** The option chosen there. */
  option: BranchStep['options'][number];
}

/** Where a learner stands in a branching scenario. */
export interface BranchWalk {
  /** Decisions made so far, in order. */
  taken: TakenStep[];
  /** The decision to make next; undefined when the scenario is finished. */
  current: BranchStep | undefined;
}

/** Follows `path` from the first step, stopping at the first choice that does not fit. */
export function walkBranch(question: BranchQuestion, path: readonly string[]): BranchWalk {
  const taken: TakenStep[] = [];
  let current = question.steps[0];
  for (const optionId of path) {
    const option = current?.options.find((o) => o.id === optionId);
    if (!current || !option || taken.some((t) => t.step.id === current?.id)) break;
    taken.push({ step: current, option });
    const nextId = option.next;
    current = nextId ? question.steps.find((s) => s.id === nextId) : undefined;
  }
  return { taken, current };
}
