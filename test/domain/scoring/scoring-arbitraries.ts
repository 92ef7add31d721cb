/**
 * Small question factories and fast-check arbitraries for the scoring tests. Questions are
 * built fresh on every call, so a test can change one without affecting another.
 */
import fc from 'fast-check';
import type { Answer } from '../../../src/domain/scoring/answers';
import {
  VALUE_IDS,
  type BranchQuestion,
  type MultiQuestion,
  type Question,
  type RankQuestion,
  type SingleQuestion,
  type ValueId,
  type ValueQuestion,
} from '../../../src/domain/content/content-types';

const base = (id: string, value: ValueId) => ({
  id,
  value,
  setting: 'er' as const,
  title: `Title ${id}`,
  situation: 'Something happened.',
  prompt: 'What do you do?',
});
const option = (id: string) => ({ id, text: `Response ${id}.`, feedback: `Why ${id} helps or harms.` });

/** A single-best question whose options are `ids`; `best` names the best one. */
export function single(id = 'q-single', ids = ['a', 'b', 'c', 'd'], best = 'a', value: ValueId = 'respectful'): SingleQuestion {
  return { ...base(id, value), kind: 'single', options: ids.map((o) => ({ ...option(o), ...(o === best ? { best: true } : {}) })) };
}

/** A value question over `values`; `best` names the best one. */
export function valueQ(
  id = 'q-value',
  values: ValueId[] = ['respectful', 'hopeful', 'empathetic'],
  best: ValueId = 'respectful',
): ValueQuestion {
  return {
    ...base(id, 'respectful'),
    kind: 'value',
    options: values.map((v) => ({ id: v, value: v, feedback: `About ${v}.`, ...(v === best ? { best: true } : {}) })),
  };
}

/** A choose-all question: `correct` lists the ids that apply. */
export function multi(
  id = 'q-multi',
  ids = ['a', 'b', 'c', 'd', 'e'],
  correct = ['a', 'b', 'c'],
  value: ValueId = 'respectful',
): MultiQuestion {
  return { ...base(id, value), kind: 'multi', options: ids.map((o) => ({ ...option(o), correct: correct.includes(o) })) };
}

/** A ranking question whose keyed order is `ids`. */
export function rank(id = 'q-rank', ids = ['r1', 'r2', 'r3', 'r4'], value: ValueId = 'respectful'): RankQuestion {
  return { ...base(id, value), kind: 'rank', options: ids.map(option) };
}

/**
 * A two-step branch: `good` (best) leads to `after-good` (g1 best, g2), `poor` leads to
 * `after-poor` (p1 best, p2), and `ends` finishes the scenario at once.
 */
export function branch(id = 'q-branch', value: ValueId = 'respectful'): BranchQuestion {
  return {
    ...base(id, value),
    kind: 'branch',
    steps: [
      {
        id: 'start',
        prompt: 'First?',
        options: [{ ...option('good'), best: true, next: 'after-good' }, { ...option('poor'), next: 'after-poor' }, option('ends')],
      },
      { id: 'after-good', lead: 'It went well.', prompt: 'Then?', options: [{ ...option('g1'), best: true }, option('g2')] },
      { id: 'after-poor', lead: 'It went badly.', prompt: 'Now?', options: [{ ...option('p1'), best: true }, option('p2')] },
    ],
  };
}

/** The answer that earns full credit on `q`. */
export function bestAnswer(q: Question): Answer {
  switch (q.kind) {
    case 'single':
    case 'value':
      return { kind: q.kind, optionId: q.options.find((o) => o.best)?.id ?? '' };
    case 'multi':
      return { kind: 'multi', optionIds: q.options.filter((o) => o.correct).map((o) => o.id) };
    case 'rank':
      return { kind: 'rank', order: q.options.map((o) => o.id) };
    case 'branch': {
      const path: string[] = [];
      for (let step = q.steps[0]; step;) {
        const best = step.options.find((o) => o.best);
        if (!best) break;
        path.push(best.id);
        step = best.next ? q.steps.find((s) => s.id === best.next) : undefined;
      }
      return { kind: 'branch', path };
    }
  }
}

/** Every option id a question knows (all steps' for a branch). */
export function optionIds(q: Question): string[] {
  return q.kind === 'branch' ? q.steps.flatMap((s) => s.options.map((o) => o.id)) : q.options.map((o) => o.id);
}

const letters = ['a', 'b', 'c', 'd', 'e'];

/** Any well-formed question of any kind, with 3 to 5 options. */
export function questionArb(id: string): fc.Arbitrary<Question> {
  const size = fc.integer({ min: 3, max: 5 });
  const value = fc.constantFrom(...VALUE_IDS);
  return fc.oneof(
    fc.tuple(size, fc.nat(), value).map(([n, b, v]) => single(id, letters.slice(0, n), letters[b % n], v)),
    fc
      .tuple(size, value)
      .chain(([n, v]) => fc.tuple(fc.constant(n), fc.constant(v), fc.subarray(letters.slice(0, n), { minLength: 1, maxLength: n - 1 })))
      .map(([n, v, correct]) => multi(id, letters.slice(0, n), correct, v)),
    fc.tuple(size, value).map(([n, v]) => rank(id, letters.slice(0, n), v)),
    fc
      .tuple(fc.shuffledSubarray([...VALUE_IDS], { minLength: 3, maxLength: 5 }), fc.nat())
      .map(([vs, b]) => valueQ(id, vs, vs[b % vs.length])),
    value.map((v) => branch(id, v)),
  );
}

/** An answer for `q`: usually well-shaped (ids drawn from its own plus unknown ones, dupes allowed), sometimes missing or junk. */
export function answerArb(q: Question): fc.Arbitrary<Answer | undefined> {
  const id = fc.constantFrom(...optionIds(q), 'zz-unknown');
  const ids = fc.array(id, { maxLength: 6 });
  const shaped: fc.Arbitrary<Answer> =
    q.kind === 'single' || q.kind === 'value'
      ? id.map((optionId) => ({ kind: q.kind, optionId }))
      : q.kind === 'multi'
        ? ids.map((optionIds) => ({ kind: 'multi', optionIds }))
        : q.kind === 'rank'
          ? fc.oneof(fc.shuffledSubarray(optionIds(q), { minLength: q.options.length }), ids).map((order) => ({ kind: 'rank', order }))
          : fc.oneof(branchPathArb(q), ids).map((path) => ({ kind: 'branch', path }));
  const junk = fc.anything().map((x) => x as Answer);
  return fc.oneof({ arbitrary: shaped, weight: 6 }, { arbitrary: fc.constant(undefined), weight: 1 }, { arbitrary: junk, weight: 1 });
}

/** A complete, valid walk through a branch question, choosing at random at each step. */
export function branchPathArb(q: BranchQuestion): fc.Arbitrary<string[]> {
  return fc.array(fc.nat(), { minLength: q.steps.length, maxLength: q.steps.length }).map((picks) => {
    const path: string[] = [];
    let step = q.steps[0];
    for (const pick of picks) {
      if (!step) break;
      const option = step.options[pick % step.options.length];
      if (!option) break;
      path.push(option.id);
      step = option.next ? q.steps.find((s) => s.id === option.next) : undefined;
    }
    return path;
  });
}

/** Returns `q` with its options (every step's, for a branch) in a new order; rank is left as is, since its authored order is the key. */
export function withOptionsReordered(q: Question, seedOrder: (n: number) => number[]): Question {
  const reorder = <T>(items: T[]): T[] => seedOrder(items.length).map((i) => items[i] as T);
  switch (q.kind) {
    case 'single':
      return { ...q, options: reorder(q.options) };
    case 'value':
      return { ...q, options: reorder(q.options) };
    case 'multi':
      return { ...q, options: reorder(q.options) };
    case 'rank':
      return q;
    case 'branch':
      return { ...q, steps: q.steps.map((s) => ({ ...s, options: reorder(s.options) })) };
  }
}

/** A permutation of 0..n-1 picked by `seed`, made without the course's own shuffle. */
export function permutationFor(seed: number): (n: number) => number[] {
  const rank = (i: number) => (Math.imul(i + 1, 2654435761) ^ seed) >>> 0;
  return (n) => Array.from({ length: n }, (_, i) => i).sort((a, b) => rank(a) - rank(b));
}
