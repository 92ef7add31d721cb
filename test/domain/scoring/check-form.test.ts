// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { drawCheckForm, type PoolItem } from '../../../src/domain/scoring/check-form';

const KINDS = ['single', 'multi', 'rank', 'branch', 'value'] as const;
const pool = (n: number): PoolItem[] => Array.from({ length: n }, (_, i) => ({ id: `c${i}`, kind: KINDS[i % KINDS.length]! }));

test('a first form holds the requested count and mixes kinds', () => {
  const form = drawCheckForm(pool(9), [], 42, 4);
  expect(form).toHaveLength(4);
  const kinds = new Set(form.map((id) => pool(9).find((p) => p.id === id)!.kind));
  expect(kinds.size).toBe(4);
});

test('two consecutive forms from a pool of 8 share no item', () => {
  const first = drawCheckForm(pool(8), [], 1, 4);
  const second = drawCheckForm(pool(8), [first], 2, 4);
  expect(second.filter((id) => first.includes(id))).toEqual([]);
});

test('once the pool is used up, the items seen longest ago come first', () => {
  const items = pool(8);
  const first = drawCheckForm(items, [], 1, 4);
  const second = drawCheckForm(items, [first], 2, 4);
  const third = drawCheckForm(items, [first, second], 3, 4);
  expect([...third].sort()).toEqual([...first].sort());
});

test('a pool smaller than the form gives every item once', () => {
  expect(drawCheckForm(pool(3), [], 5, 4).sort()).toEqual(['c0', 'c1', 'c2']);
});

test('property: a form never repeats an item while unseen ones remain', () => {
  fc.assert(
    fc.property(
      fc.integer({ min: 4, max: 30 }),
      fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
      fc.integer({ min: 1, max: 10 }),
      (n, seeds, size) => {
        const items = pool(n);
        const history: string[][] = [];
        for (const seed of seeds) {
          const seen = new Set(history.flat());
          const form = drawCheckForm(items, history, seed, size);
          const unseenLeft = items.filter((p) => !seen.has(p.id)).length;
          const repeats = form.filter((id) => seen.has(id)).length;
          expect(repeats).toBe(Math.max(0, Math.min(size, n) - unseenLeft));
          expect(new Set(form).size).toBe(form.length);
          history.push(form);
        }
      },
    ),
  );
});

test('property: the same seed and history give the same form, of the configured count when the pool allows', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 30 }), fc.nat(), fc.integer({ min: 1, max: 12 }), (n, seed, size) => {
      const items = pool(n);
      const history = [drawCheckForm(items, [], seed + 1, size)];
      const form = drawCheckForm(items, history, seed, size);
      expect(drawCheckForm(items, history, seed, size)).toEqual(form);
      expect(form).toHaveLength(Math.min(size, n));
    }),
  );
});
