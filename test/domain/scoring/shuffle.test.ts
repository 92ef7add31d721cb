// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { createRandom, seedFor, shuffle } from '../../../src/domain/scoring/shuffle';

// Saved attempts replay their order from a seed, so these exact outputs are part of the saved
// data format: if this test fails, old reviews would show a different order than learners saw.
test('the generator and shuffle are pinned: a seed always gives the same order in every release', () => {
  const random = createRandom(42);
  expect([random(), random(), random()]).toEqual([0.6011037519201636, 0.44829055899754167, 0.8524657934904099]);
  expect(shuffle(['a', 'b', 'c', 'd', 'e'], 42)).toEqual(['a', 'e', 'c', 'b', 'd']);
  expect(shuffle(['a', 'b', 'c', 'd', 'e'], 7)).toEqual(['d', 'b', 'c', 'e', 'a']);
  expect(seedFor(42, 'res-drop-in-holiday-gift')).toBe(4193772948);
});

test.each([
  ['no items', []],
  ['one item', ['only']],
])('shuffling %s returns a copy of it', (_, items) => {
  const out = shuffle(items, 123);
  expect(out).toEqual(items);
  expect(out).not.toBe(items);
});

test('shuffling leaves the input untouched', () => {
  const items = ['a', 'b', 'c', 'd'];
  shuffle(items, 99);
  expect(items).toEqual(['a', 'b', 'c', 'd']);
});

test('each question in an attempt gets its own seed', () => {
  expect(seedFor(42, 'q1')).not.toBe(seedFor(42, 'q2'));
  expect(seedFor(42, 'q1')).not.toBe(seedFor(43, 'q1'));
});

test('every item lands in every place about equally often over many seeds', () => {
  const counts = [0, 1, 2].map(() => [0, 0, 0]);
  for (let seed = 0; seed < 3000; seed++) {
    shuffle([0, 1, 2], seedFor(seed, 'q')).forEach((item, place) => {
      counts[place]![item]! += 1;
    });
  }
  for (const n of counts.flat()) {
    expect(n).toBeGreaterThan(850);
    expect(n).toBeLessThan(1150);
  }
});

test('property: the shuffle is a permutation of its input', () => {
  fc.assert(
    fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
      const out = shuffle(items, seed);
      expect([...out].sort((a, b) => a - b)).toEqual([...items].sort((a, b) => a - b));
    }),
  );
});

test('property: the order is reproducible from its seed', () => {
  fc.assert(
    fc.property(fc.array(fc.string()), fc.integer(), (items, seed) => {
      expect(shuffle(items, seed)).toEqual(shuffle(items, seed));
    }),
  );
});

test('property: question seeds are 32-bit and almost never collide between questions', () => {
  fc.assert(
    fc.property(fc.nat({ max: 0xffffffff }), (attemptSeed) => {
      const seeds = Array.from({ length: 500 }, (_, i) => seedFor(attemptSeed, `q-${i}`));
      for (const seed of seeds) expect(Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff).toBe(true);
      expect(new Set(seeds).size).toBeGreaterThanOrEqual(495);
    }),
    { numRuns: 20 },
  );
});
