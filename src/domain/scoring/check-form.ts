/**
 * Drawing a mastery-check form: a few items from a module's held-out check pool. A new attempt
 * gets items the learner has not seen while any remain; once the pool is used up, the items
 * seen longest ago come first. Kinds are mixed where the pool allows, and the same seed and
 * history always give the same form, so a form can be replayed and audited from its seed.
 */
import type { QuestionKind } from '../content/content-types';
import { shuffle } from './shuffle';

/** Items per form: a short module check, and the longer mixed course check. */
export const CHECK_FORM_SIZE = { module: 4, review: 10 } as const;

/** What drawing needs to know about a pool item. */
export interface PoolItem {
  /** The scenario id. */
  id: string;
  /** Its kind, so a form can mix kinds. */
  kind: QuestionKind;
}

/**
 * Draws `size` item ids (fewer only when the pool is smaller). `history` lists earlier forms'
 * item ids, oldest form first.
 */
export function drawCheckForm(pool: readonly PoolItem[], history: readonly (readonly string[])[], seed: number, size: number): string[] {
  // When each item was last seen: the index of the latest form holding it; -1 for never.
  const lastSeen = new Map<string, number>();
  history.forEach((form, i) => form.forEach((id) => lastSeen.set(id, i)));
  const order = shuffle(pool, seed);
  const unseen = order.filter((item) => !lastSeen.has(item.id));
  const seen = order.filter((item) => lastSeen.has(item.id)).sort((a, b) => lastSeen.get(a.id)! - lastSeen.get(b.id)!);
  const form: PoolItem[] = [];
  // Unseen items first, one of each kind before a second of any; then the least recently seen.
  for (const group of [unseen, seen]) {
    const remaining = [...group];
    while (form.length < size && remaining.length > 0) {
      const kinds = new Set(form.map((item) => item.kind));
      const next = group === unseen ? (remaining.find((item) => !kinds.has(item.kind)) ?? remaining[0]!) : remaining[0]!;
      form.push(next);
      remaining.splice(remaining.indexOf(next), 1);
    }
  }
  return form.map((item) => item.id);
}
