import fc from 'fast-check';
import { expect, test } from 'vitest';
import { holdsEveryItem, poolsPresented } from '../../../src/domain/progress/attempt-pools';
import type { AttemptMode } from '../../../src/domain/progress/progress-model';

const modes = (...list: AttemptMode[]) => list.map((mode) => ({ mode }));

test.each<[string, { mode: AttemptMode }[], string[]]>([
  ['no attempts need nothing', [], []],
  ['practice rounds need the practice pool', modes('practice', 'practice'), ['practice']],
  ['checks need the check pool', modes('check'), ['check']],
  ['a whole-bank quiz from before the split needs both', modes('quiz'), ['practice', 'check']],
  ['practice and a check need both, in bank order', modes('check', 'practice'), ['practice', 'check']],
])('%s', (_, attempts, pools) => {
  expect(poolsPresented(attempts)).toEqual(pools);
});

test('the pools needed do not depend on the order of the attempts', () => {
  const mode = fc.constantFrom<AttemptMode>('practice', 'check', 'quiz');
  fc.assert(
    fc.property(fc.array(mode, { maxLength: 6 }), (list) => {
      expect(poolsPresented(modes(...list.reverse()))).toEqual(poolsPresented(modes(...list)));
    }),
  );
});

const questions = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];

test.each<[string, { items?: string[] }[], boolean]>([
  ['no attempts', [], true],
  ['every listed item is there', [{ items: ['a', 'c'] }, { items: ['b'] }], true],
  ['an attempt without a list (a whole pool or bank)', [{}], true],
  ['an item moved to the other pool, or removed, is missing', [{ items: ['a'] }, { items: ['b', 'moved'] }], false],
])('holds every item: %s', (_, attempts, holds) => {
  expect(holdsEveryItem(attempts, questions)).toBe(holds);
});
