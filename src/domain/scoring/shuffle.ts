/**
 * Seeded shuffle. The caller picks the seed (and records it with the attempt), so a review can
 * show exactly the order the learner saw. No Math.random here: the domain is deterministic.
 */

/** A small, fast, well-distributed 32-bit PRNG (mulberry32) returning floats in [0, 1). */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns a new array with the items in an order fixed by `seed` (Fisher–Yates). */
export function shuffle<T>(items: readonly T[], seed: number): T[] {
  const out = items.slice();
  const random = createRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}

/** Mixes a question id into an attempt seed so each question gets its own order. */
export function seedFor(attemptSeed: number, questionId: string): number {
  let h = attemptSeed >>> 0;
  for (let i = 0; i < questionId.length; i++) {
    h = Math.imul(h ^ questionId.charCodeAt(i), 0x01000193) >>> 0;
  }
  return h;
}
