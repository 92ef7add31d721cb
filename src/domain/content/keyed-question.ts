/**
 * The keyed projection of a scenario: what scoring reads, none of the words a learner reads. The
 * build makes one per pool of every bank (`scenarios.ts?keys=`, scripts/bank-pools.ts) for the
 * pages that only score saved checks (home, assignments, receipts).
 */
import type { KeyedQuestion, Question } from './content-types';

/** An option's id and keys, without its text, feedback or safer alternative. */
function keyedOption<O extends { text?: string; feedback: string; instead?: string }>(option: O): Omit<O, 'text' | 'feedback' | 'instead'> {
  const { text: _text, feedback: _feedback, instead: _instead, ...keys } = option;
  return keys;
}

/** `question` without its words. Scores every answer exactly as the question itself does. */
export function keyedQuestion(question: Question): KeyedQuestion {
  const { setting: _setting, title: _title, situation: _situation, prompt: _prompt, ...rest } = question;
  switch (rest.kind) {
    case 'branch':
      return {
        ...rest,
        steps: rest.steps.map(({ lead: _lead, prompt: _stepPrompt, ...step }) => ({ ...step, options: step.options.map(keyedOption) })),
      };
    case 'single':
      return { ...rest, options: rest.options.map(keyedOption) };
    case 'multi':
      return { ...rest, options: rest.options.map(keyedOption) };
    case 'rank':
      return { ...rest, options: rest.options.map(keyedOption) };
    case 'value':
      return { ...rest, options: rest.options.map(keyedOption) };
  }
}
