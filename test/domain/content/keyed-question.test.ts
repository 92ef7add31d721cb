// @vitest-environment node
import { expect, test } from 'vitest';
import type { Answer } from '../../../src/domain/scoring/answers';
import type { Question, ScenarioBank } from '../../../src/domain/content/content-types';
import { keyedQuestion } from '../../../src/domain/content/keyed-question';
import { scoreQuestion } from '../../../src/domain/scoring/score-question';

const banks = Object.values(import.meta.glob<ScenarioBank>('../../../content/*/scenarios.ts', { eager: true, import: 'default' }));
const questions = banks.flatMap((bank) => bank.questions);

/** Every subset of `items`. */
const subsets = <T>(items: readonly T[]): T[][] => items.reduce<T[][]>((all, item) => [...all, ...all.map((s) => [...s, item])], [[]]);
/** Every ordering of `items`. */
const orderings = <T>(items: readonly T[]): T[][] =>
  items.length <= 1
    ? [[...items]]
    : items.flatMap((item, i) => orderings([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));

/** Every answer a learner could give (every path through a branch, finished or not), and some they could not. */
function everyAnswer(q: Question): Answer[] {
  const invalid = [
    { kind: q.kind, optionId: 'no-such-option', optionIds: ['no-such-option'], order: [], path: ['no-such-option'] } as unknown as Answer,
  ];
  switch (q.kind) {
    case 'single':
    case 'value':
      return [...q.options.map((o) => ({ kind: q.kind, optionId: o.id }) as Answer), ...invalid];
    case 'multi':
      return [...subsets(q.options.map((o) => o.id)).map((optionIds) => ({ kind: 'multi', optionIds }) as Answer), ...invalid];
    case 'rank':
      return [...orderings(q.options.map((o) => o.id)).map((order) => ({ kind: 'rank', order }) as Answer), ...invalid];
    case 'branch': {
      const paths: string[][] = [];
      const walk = (stepId: string | undefined, path: string[]) => {
        const step = stepId === undefined ? q.steps[0] : q.steps.find((s) => s.id === stepId);
        if (!step || path.length > q.steps.length) return;
        for (const option of step.options) {
          paths.push([...path, option.id]);
          walk(option.next ?? '\0end', [...path, option.id]);
        }
      };
      walk(undefined, []);
      return [...paths.map((path) => ({ kind: 'branch', path }) as Answer), ...invalid];
    }
  }
}

test('the keyed projection scores every possible answer to every scenario exactly as the scenario does', () => {
  expect(questions.length).toBeGreaterThan(100);
  let answers = 0;
  for (const q of questions) {
    const keyed = keyedQuestion(q);
    for (const answer of everyAnswer(q)) {
      answers += 1;
      expect(scoreQuestion(keyed, answer), `${q.id}: ${JSON.stringify(answer)}`).toEqual(scoreQuestion(q, answer));
    }
  }
  expect(answers).toBeGreaterThan(1000);
});

test('the keyed projection carries none of the words: no situation, prompt, option text, feedback or safer alternative', () => {
  const words = new Set(['setting', 'title', 'situation', 'prompt', 'lead', 'text', 'feedback', 'instead']);
  const keysIn = (value: unknown): string[] =>
    Array.isArray(value)
      ? value.flatMap(keysIn)
      : value && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => [k, ...keysIn(v)])
        : [];
  for (const q of questions)
    expect(
      keysIn(keyedQuestion(q)).filter((k) => words.has(k)),
      q.id,
    ).toEqual([]);
  // What scoring and the pools need stays: ids, kind, value, pool, safety tags, keys and links.
  const branch = questions.find((q) => q.kind === 'branch');
  expect(branch && keyedQuestion(branch)).toMatchObject({ id: branch?.id, kind: 'branch', value: branch?.value, pool: branch?.pool });
});
