/**
 * Checks a branching scenario: its steps, and the map their `next` links draw. The scorer walks
 * that map from the first step, so a link to nowhere, a loop or a step no path reaches would
 * leave a learner stuck or an item that can never be answered.
 */
import {
  type Fields,
  type Reporter,
  describe,
  isFields,
  listOf,
  reportDuplicateIds,
  requireId,
  requireList,
  requireProse,
  requireText,
  lintWording,
} from './content-problem';
import { checkExactlyOneBest, checkOptionCount, checkResponseOption } from './validate-options';

/** A step's place and the step ids its options lead to. */
interface StepLinks {
  index: number;
  next: string[];
}

/** Checks one step's fields and options; returns its id if it has one. */
function checkStep(r: Reporter, step: unknown, path: string, isFirst: boolean): string | undefined {
  if (!isFields(step)) {
    r.at(path, `a step must be an object with id, prompt and options, found ${describe(step)}`);
    return undefined;
  }
  const id = requireId(r, step, path);
  if (step.lead !== undefined) {
    const lead = requireText(r, step, 'lead', path);
    if (lead !== undefined) lintWording(r, `${path}.lead`, lead);
  } else if (!isFirst) {
    r.at(`${path}.lead`, 'lead is missing: a later step says what happened to bring the learner here');
  }
  requireProse(r, step, 'prompt', path);
  const options = requireList(r, step, 'options', path);
  checkOptionCount(r, step.options, `${path}.options`);
  const ids = options.map((o, j) => checkResponseOption(r, o, `${path}.options[${j}]`));
  reportDuplicateIds(r, ids, (j) => `${path}.options[${j}]`, 'option');
  options.forEach((o, j) => {
    if (isFields(o) && o.next !== undefined && typeof o.next !== 'string') {
      r.at(`${path}.options[${j}].next`, `next must be a step id, found ${describe(o.next)}`);
    }
  });
  if (Array.isArray(step.options)) checkExactlyOneBest(r, options, `${path}.options`);
  return id;
}

/** The links between steps, keyed by step id (first occurrence wins; duplicates are reported). */
function linksOf(steps: unknown[]): Map<string, StepLinks> {
  const links = new Map<string, StepLinks>();
  steps.forEach((step, index) => {
    if (!isFields(step) || typeof step.id !== 'string' || links.has(step.id)) return;
    const next = listOf(step.options).flatMap((o) => (isFields(o) && typeof o.next === 'string' ? [o.next] : []));
    links.set(step.id, { index, next });
  });
  return links;
}

/** Reports `next` links that name no step. */
function checkTargets(r: Reporter, steps: unknown[], links: Map<string, StepLinks>, path: string): void {
  const known = [...links.keys()].map((id) => `"${id}"`).join(', ');
  steps.forEach((step, i) => {
    listOf(isFields(step) ? step.options : undefined).forEach((o, j) => {
      if (!isFields(o) || typeof o.next !== 'string' || links.has(o.next)) return;
      r.at(`${path}.steps[${i}].options[${j}].next`, `next points to unknown step "${o.next}"; steps are: ${known}`);
    });
  });
}

/** Reports steps no path from the first step reaches, and a first step that leads nowhere. */
function checkReachable(r: Reporter, steps: unknown[], links: Map<string, StepLinks>, path: string): void {
  const first = steps[0];
  if (!isFields(first) || typeof first.id !== 'string') return;
  const seen = new Set<string>([first.id]);
  const queue = [first.id];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const next of links.get(id)?.next ?? []) {
      if (!links.has(next) || seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  if ((links.get(first.id)?.next ?? []).length === 0) {
    r.at(
      `${path}.steps[0].options`,
      'no option in the first step leads to another step: a branch needs at least two steps (give an option next: "step-id")',
    );
  }
  for (const [id, { index }] of links) {
    if (!seen.has(id)) r.at(`${path}.steps[${index}]`, `step "${id}" is unreachable: no path from the first step leads to it`);
  }
}

/** Reports each loop once, as the chain of step ids that closes it. */
function checkLoops(r: Reporter, links: Map<string, StepLinks>, path: string): void {
  const done = new Set<string>();
  const visit = (id: string, trail: string[]): void => {
    if (done.has(id)) return;
    const at = trail.indexOf(id);
    if (at >= 0) {
      r.at(`${path}.steps`, `steps form a loop (${[...trail.slice(at), id].join(' → ')}): every path must end`);
      return;
    }
    for (const next of links.get(id)?.next ?? []) if (links.has(next)) visit(next, [...trail, id]);
    done.add(id);
  };
  for (const id of links.keys()) visit(id, []);
}

/** Checks the steps of a branch question. */
export function validateBranch(r: Reporter, q: Fields, path: string): void {
  const steps = requireList(r, q, 'steps', path);
  if (Array.isArray(q.steps) && steps.length === 0) r.at(`${path}.steps`, 'steps is empty: a branch needs a first step');
  const ids = steps.map((s, i) => checkStep(r, s, `${path}.steps[${i}]`, i === 0));
  reportDuplicateIds(r, ids, (i) => `${path}.steps[${i}]`, 'step');
  const links = linksOf(steps);
  checkTargets(r, steps, links, path);
  checkReachable(r, steps, links, path);
  checkLoops(r, links, path);
}
