/**
 * Checks `content/reflection-prompts.ts`: a prompt in plain words for every module, and none for a
 * module the course does not have.
 */
import { VALUE_IDS } from './content-types';
import { type ContentProblem, createReporter, describe, isFields, requireProse } from './content-problem';

/** The prompts' path from the project root; every problem here names it. */
const PROMPTS_FILE = 'content/reflection-prompts.ts';

/** Returns every problem in the reflection prompts (`prompts` as loaded, unchecked). */
export function validatePrompts(prompts: unknown): ContentProblem[] {
  const r = createReporter(PROMPTS_FILE);
  if (!isFields(prompts)) {
    r.at('reflectionPrompts', `must be an object of prompts by module id, found ${describe(prompts)}`);
    return r.problems;
  }
  for (const id of VALUE_IDS) {
    if (prompts[id] === undefined) r.at(id, `the "${id}" module has no reflection prompt`);
    else requireProse(r, prompts, id, '');
  }
  for (const key of Object.keys(prompts)) {
    if (!(VALUE_IDS as readonly string[]).includes(key)) r.at(key, `there is no module "${key}": prompts are keyed by module id`);
  }
  return r.problems;
}
