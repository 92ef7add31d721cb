// @vitest-environment node
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { replaceAllIn, resetModuleIn } from '../../../src/domain/progress/progress-deletions';
import { mergeProgress } from '../../../src/domain/progress/progress-merge';
import type { Progress } from '../../../src/domain/progress/progress-model';
import { assignment, at, attempt, progressArb, progressWith } from '../../fixtures/progress-fixtures';

const single = (optionId: string) => ({ kind: 'single' as const, optionId });
/** Merges in both orders and checks they agree before returning the result. */
function mergeBoth(a: Progress, b: Progress): Progress {
  const ab = mergeProgress(a, b);
  expect(JSON.stringify(mergeProgress(b, a))).toBe(JSON.stringify(ab));
  return ab;
}

test('lessons read on either side are unioned, keeping the latest date (a reset can cover it last)', () => {
  const a = progressWith({ lessonsRead: { voluntary: at(5), hopeful: at(1) } });
  const b = progressWith({ lessonsRead: { voluntary: at(2), respectful: at(9) } });
  expect(mergeBoth(a, b).lessonsRead).toEqual({ hopeful: at(1), respectful: at(9), voluntary: at(5) });
});

test('lessons opened on either side are unioned like lessons read, keeping the latest date', () => {
  const a = progressWith({ lessonsOpened: { voluntary: at(5), hopeful: at(1) } });
  const b = progressWith({ lessonsOpened: { voluntary: at(2), respectful: at(9) } });
  const merged = mergeBoth(a, b);
  expect(merged.lessonsOpened).toEqual({ hopeful: at(1), respectful: at(9), voluntary: at(5) });
  expect(Object.keys(merged.lessonsOpened)).toEqual(['hopeful', 'respectful', 'voluntary']);
  expect(merged.lessonsRead).toEqual({});
});

test('a module reset forgets when its lesson was opened, and an older copy does not bring it back', () => {
  const mine = progressWith({ lessonsOpened: { voluntary: at(1), hopeful: at(2) }, updatedAt: at(2) });
  const reset = resetModuleIn(mine, 'voluntary', at(5));
  expect(reset.lessonsOpened).toEqual({ hopeful: at(2) });
  expect(mergeBoth(reset, mine).lessonsOpened).toEqual({ hopeful: at(2) });
  // Opening the lesson again after the reset counts.
  expect(mergeBoth(reset, progressWith({ lessonsOpened: { voluntary: at(6) } })).lessonsOpened).toEqual({
    hopeful: at(2),
    voluntary: at(6),
  });
});

test('replacing progress with a backup that never opened a lesson tombstones it, so another tab drops it too', () => {
  const mine = progressWith({ lessonsOpened: { voluntary: at(1), hopeful: at(2) }, updatedAt: at(2) });
  const backup = progressWith({ lessonsRead: { hopeful: at(3) }, updatedAt: at(3) });
  const replaced = replaceAllIn(mine, backup, at(9));
  expect(replaced.deleted.modules).toEqual({ voluntary: at(9) });
  expect(replaced.lessonsOpened).toEqual({});
  expect(mergeBoth(replaced, mine).lessonsOpened).toEqual({ hopeful: at(2) });
  expect(mergeBoth(replaced, mine).lessonsRead).toEqual({ hopeful: at(3) });
});

test('attempts are merged by id, keeping attempts found on only one side', () => {
  const a = progressWith({ attempts: [attempt('v-1', 'voluntary', {}, { startedAt: at(1) })] });
  const b = progressWith({
    attempts: [attempt('h-1', 'hopeful', {}, { startedAt: at(3) }), attempt('v-2', 'voluntary', {}, { startedAt: at(2) })],
  });
  expect(mergeBoth(a, b).attempts.map((x) => x.id)).toEqual(['v-1', 'v-2', 'h-1']);
});

test('the same attempt finished in one tab beats the unfinished copy in the other', () => {
  const open = attempt('v-1', 'voluntary', { q1: single('a'), q2: single('b') }, { finishedAt: undefined });
  const done = attempt('v-1', 'voluntary', { q1: single('a') }, { finishedAt: at(8) });
  expect(mergeBoth(progressWith({ attempts: [open] }), progressWith({ attempts: [done] })).attempts).toEqual([done]);
});

test('of two unfinished copies of an attempt, the one with more answers wins', () => {
  const fewer = attempt('v-1', 'voluntary', { q1: single('a') }, { finishedAt: undefined });
  const more = attempt('v-1', 'voluntary', { q1: single('a'), q2: single('c') }, { finishedAt: undefined });
  expect(mergeBoth(progressWith({ attempts: [more] }), progressWith({ attempts: [fewer] })).attempts).toEqual([more]);
});

test('the newer reflection wins', () => {
  const a = progressWith({
    reflections: { voluntary: { text: 'first draft', updatedAt: at(1) }, hopeful: { text: 'mine', updatedAt: at(9) } },
  });
  const b = progressWith({
    reflections: { voluntary: { text: 'second draft', updatedAt: at(4) }, hopeful: { text: 'older', updatedAt: at(2) } },
  });
  expect(mergeBoth(a, b).reflections).toEqual({
    hopeful: { text: 'mine', updatedAt: at(9) },
    voluntary: { text: 'second draft', updatedAt: at(4) },
  });
});

test('the name from the side changed most recently wins', () => {
  const a = progressWith({ learnerName: 'Sam', updatedAt: at(1) });
  const b = progressWith({ learnerName: 'Samira', updatedAt: at(6) });
  expect(mergeBoth(a, b)).toMatchObject({ learnerName: 'Samira', updatedAt: at(6) });
});

test('assignments and set-aside answers are unioned by id', () => {
  const a = progressWith({ assignments: [assignment('as-1', ['voluntary'], at(1))], setAside: [attempt('old-1', 'voluntary')] });
  const b = progressWith({
    assignments: [assignment('as-2', ['hopeful'], at(2)), assignment('as-1', ['voluntary'], at(1))],
    setAside: [attempt('old-2', 'gone')],
  });
  const merged = mergeBoth(a, b);
  expect(merged.assignments.map((x) => x.id)).toEqual(['as-1', 'as-2']);
  expect(merged.setAside.map((x) => x.id).sort()).toEqual(['old-1', 'old-2']);
});

test('the same assignment accepted twice at the same moment merges the same way from either side', () => {
  const a = progressWith({ assignments: [{ ...assignment('as-1'), message: 'from tab A' }] });
  const b = progressWith({ assignments: [{ ...assignment('as-1'), message: 'from tab B' }] });
  expect(mergeBoth(a, b).assignments).toHaveLength(1);
});

test('two tabs on different pages with the same data settle on one last location', () => {
  // Visiting a page does not change `updatedAt`, so a tie here is the common case; if each tab
  // kept its own location, each merge would differ from the saved copy and the tabs would
  // rewrite storage back and forth forever.
  const base = { lessonsRead: { voluntary: at(0) }, updatedAt: at(0) };
  const a = progressWith({ ...base, lastLocation: '/module/voluntary' });
  const b = progressWith({ ...base, lastLocation: '/module/hopeful' });
  const settled = mergeBoth(a, b);
  expect(mergeBoth(settled, a)).toEqual(settled);
  expect(mergeBoth(settled, b)).toEqual(settled);
});

test('a location is never replaced by an empty one', () => {
  expect(mergeBoth(progressWith({ lastLocation: '/review', updatedAt: at(1) }), progressWith({ updatedAt: at(5) })).lastLocation).toBe(
    '/review',
  );
});

test('merging with empty progress keeps everything', () => {
  const a = progressWith({
    lessonsRead: { voluntary: at(0) },
    attempts: [attempt('v-1', 'voluntary')],
    learnerName: 'Sam',
    updatedAt: at(3),
  });
  expect(mergeBoth(a, progressWith())).toEqual(a);
});

test('entries named like built-in object properties are merged like any other', () => {
  const a = progressWith({ reflections: { toString: { text: 'kept', updatedAt: at(1) } }, lessonsRead: { valueOf: at(2) } });
  const merged = mergeBoth(a, progressWith({ reflections: { hopeful: { text: 'other', updatedAt: at(1) } } }));
  expect(merged.reflections.toString).toEqual({ text: 'kept', updatedAt: at(1) });
  expect(merged.lessonsRead).toEqual({ valueOf: at(2) });
});

test('merge is commutative on the saved text', () => {
  fc.assert(
    fc.property(progressArb, progressArb, (a, b) => {
      expect(JSON.stringify(mergeProgress(a, b))).toBe(JSON.stringify(mergeProgress(b, a)));
    }),
    { numRuns: 500 },
  );
});

test('merge is idempotent: merging the same thing again changes nothing', () => {
  fc.assert(
    fc.property(progressArb, progressArb, (a, b) => {
      const ab = mergeProgress(a, b);
      const text = JSON.stringify(ab);
      expect(JSON.stringify(mergeProgress(ab, ab))).toBe(text);
      expect(JSON.stringify(mergeProgress(ab, b))).toBe(text);
      expect(JSON.stringify(mergeProgress(a, ab))).toBe(text);
    }),
    { numRuns: 500 },
  );
});

test("a tab that merges the other tab's merge settles in one round", () => {
  fc.assert(
    fc.property(progressArb, progressArb, (mine, theirs) => {
      const written = mergeProgress(theirs, mine);
      expect(JSON.stringify(mergeProgress(mine, written))).toBe(JSON.stringify(written));
    }),
    { numRuns: 500 },
  );
});

test('merge is associative for everything the learner created, so three tabs agree', () => {
  // The last location is a hint, not the learner's work: without a time of its own it follows
  // the newest record, and is left out of this law.
  const work = ({ lastLocation: _, ...rest }: Progress) => JSON.stringify(rest);
  fc.assert(
    fc.property(progressArb, progressArb, progressArb, (a, b, c) => {
      expect(work(mergeProgress(mergeProgress(a, b), c))).toBe(work(mergeProgress(a, mergeProgress(b, c))));
    }),
    { numRuns: 300 },
  );
});

test('merge never loses an attempt id, a lesson mark (read or opened), a reflection or an assignment that no reset removed', () => {
  fc.assert(
    fc.property(progressArb, progressArb, (a, b) => {
      const m = mergeProgress(a, b);
      const has = (o: object, k: string) => Object.hasOwn(o, k);
      // What the merged tombstones cover is gone by design (progress-deletions.ts); nothing else is.
      const resetAt = (id: string) => (has(m.deleted.modules, id) ? m.deleted.modules[id]! : '');
      const gone = new Set(m.deleted.attempts);
      for (const side of [a, b]) {
        for (const x of side.attempts) if (!gone.has(x.id)) expect(m.attempts.some((y) => y.id === x.id)).toBe(true);
        for (const x of side.setAside) if (!gone.has(x.id)) expect(m.setAside.some((y) => y.id === x.id)).toBe(true);
        for (const x of side.assignments) {
          const removedAt = has(m.deleted.assignments, x.id) ? m.deleted.assignments[x.id]! : '';
          if (x.acceptedAt > removedAt) expect(m.assignments.some((y) => y.id === x.id)).toBe(true);
        }
        for (const [id, at] of Object.entries(side.lessonsRead)) if (at > resetAt(id)) expect(has(m.lessonsRead, id)).toBe(true);
        for (const [id, at] of Object.entries(side.lessonsOpened)) if (at > resetAt(id)) expect(has(m.lessonsOpened, id)).toBe(true);
        for (const [id, r] of Object.entries(side.reflections)) if (r.updatedAt > resetAt(id)) expect(has(m.reflections, id)).toBe(true);
      }
      const kept = new Set([...a.attempts, ...b.attempts].map((x) => x.id).filter((id) => !gone.has(id)));
      expect(m.attempts).toHaveLength(kept.size);
    }),
    { numRuns: 500 },
  );
});

test('no interleaving of two tabs brings back what a reset removed', () => {
  fc.assert(
    fc.property(progressArb, progressArb, (mine, theirs) => {
      // Both tabs are in step, then this tab resets a module later than anything either holds.
      const synced = mergeProgress(mine, theirs);
      const after = resetModuleIn(synced, 'voluntary', '2099-01-01T00:00:00.000Z');
      const stale = theirs;
      for (const m of [
        mergeProgress(after, stale),
        mergeProgress(stale, after),
        mergeProgress(mergeProgress(stale, after), stale),
        mergeProgress(stale, mergeProgress(after, synced)),
      ]) {
        expect(Object.hasOwn(m.lessonsRead, 'voluntary')).toBe(false);
        expect(Object.hasOwn(m.lessonsOpened, 'voluntary')).toBe(false);
        expect(Object.hasOwn(m.reflections, 'voluntary')).toBe(false);
        expect(m.attempts.some((x) => x.quizId === 'voluntary')).toBe(false);
        expect(m.setAside.some((x) => x.quizId === 'voluntary')).toBe(false);
      }
    }),
    { numRuns: 300 },
  );
});

test('a finished attempt is never replaced by an unfinished copy', () => {
  fc.assert(
    fc.property(progressArb, progressArb, (a, b) => {
      const m = mergeProgress(a, b);
      for (const x of [...a.attempts, ...b.attempts].filter((y) => y.finishedAt && !m.deleted.attempts.includes(y.id)))
        expect(m.attempts.find((y) => y.id === x.id)?.finishedAt).toBeTruthy();
    }),
  );
});
