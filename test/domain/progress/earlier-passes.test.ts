// @vitest-environment node
import { expect, test } from 'vitest';
import { findEarlierPasses, passesToKeep } from '../../../src/domain/progress/earlier-passes';
import { bestOn, legacy } from '../../fixtures/legacy-fixtures';
import { moduleStatus } from '../../../src/domain/progress/module-status';
import { emptyProgress } from '../../../src/domain/progress/progress-model';
import { at, attempt } from '../../fixtures/progress-fixtures';

test('the shipped 1.0.0 keys cover the ten modules and the review, with the pass mark of that version', () => {
  expect(legacy.version).toBe('1.0.0');
  expect(legacy.passMark).toBe(80);
  expect(Object.keys(legacy.quizzes).sort()).toHaveLength(11);
  expect(legacy.quizzes.voluntary?.some((q) => q.id === 'vol-er-naloxone')).toBe(true);
});

test('a pass earned on 1.0.0 is found with its score and time, and counts as passed once the lesson is read', () => {
  const old = { ...attempt('v-old', 'voluntary', bestOn('voluntary')), finishedAt: at(5) };
  const passes = findEarlierPasses([old], legacy, {});
  expect(passes).toEqual({ voluntary: { contentVersion: '1.0.0', percent: 100, at: at(5) } });
  const progress = { ...emptyProgress(), lessonsRead: { voluntary: at(1) }, earlierPasses: passes };
  expect(moduleStatus(progress, 'voluntary', undefined)).toBe('passed');
  expect(moduleStatus({ ...progress, lessonsRead: {} }, 'voluntary', undefined)).toBe('in-progress');
});

test('an attempt that did not pass on 1.0.0, an unfinished one, and one made on new content are not passes', () => {
  const failed = { ...attempt('v-fail', 'voluntary', {}), finishedAt: at(5) };
  const open = attempt('v-open', 'hopeful', bestOn('hopeful'));
  const newContent = { ...attempt('v-new', 'voluntary', { 'vol-drop-reoffer': { kind: 'rank', order: ['a', 'b'] } }), finishedAt: at(6) };
  expect(findEarlierPasses([failed, { ...open, finishedAt: undefined }, newContent], legacy, {})).toEqual({});
});

test('a module already kept is not found again, and the best passing attempt wins', () => {
  const best = bestOn('hopeful');
  const firstId = Object.keys(best)[0]!;
  const { [firstId]: _dropped, ...almost } = best;
  const passes = findEarlierPasses(
    [
      { ...attempt('h-1', 'hopeful', almost), finishedAt: at(2) },
      { ...attempt('h-2', 'hopeful', best), finishedAt: at(3) },
      { ...attempt('v-1', 'voluntary', bestOn('voluntary')), finishedAt: at(4) },
    ],
    legacy,
    { voluntary: { contentVersion: '1.0.0', percent: 90, at: at(1) } },
  );
  expect(passes).toEqual({ hopeful: { contentVersion: '1.0.0', percent: 100, at: at(3) } });
});

test('a found pass never replaces one already kept, and one earned before its module was reset stays reset', () => {
  const pass = (day: number) => ({ contentVersion: '1.0.0', percent: 100, at: at(day) });
  const progress = {
    ...emptyProgress(),
    earlierPasses: { hopeful: pass(1) },
    deleted: { attempts: [], modules: { respectful: at(5), empathetic: at(2) }, assignments: {} },
  };
  const found = { voluntary: pass(3), hopeful: pass(4), respectful: pass(4), empathetic: pass(3) };
  expect(passesToKeep(found, progress)).toEqual({ voluntary: pass(3), empathetic: pass(3) });
  expect(passesToKeep({}, progress)).toEqual({});
});
