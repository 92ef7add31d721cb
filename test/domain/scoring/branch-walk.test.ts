// @vitest-environment node
import { expect, test } from 'vitest';
import type { BranchQuestion } from '../../../src/domain/content/content-types';
import { walkBranch } from '../../../src/domain/scoring/branch-walk';

const opt = (id: string, extra: { best?: boolean; next?: string } = {}) => ({ id, text: id, feedback: id, ...extra });
const question: BranchQuestion = {
  id: 'b',
  kind: 'branch',
  value: 'voluntary',
  setting: 'er',
  title: 't',
  situation: 's',
  prompt: 'p',
  steps: [
    { id: 'start', prompt: 'p', options: [opt('good', { best: true, next: 'after-good' }), opt('poor', { next: 'after-poor' })] },
    { id: 'after-good', lead: 'l', prompt: 'p', options: [opt('finish', { best: true }), opt('slip')] },
    { id: 'after-poor', lead: 'l', prompt: 'p', options: [opt('repair', { best: true }), opt('worse')] },
  ],
};

test('no choices yet: the first step is the decision to make', () => {
  expect(walkBranch(question, [])).toEqual({ taken: [], current: question.steps[0] });
});

test('a path follows the next links and ends when the last choice has no next', () => {
  const walk = walkBranch(question, ['poor', 'repair']);
  expect(walk.taken.map((t) => [t.step.id, t.option.id])).toEqual([
    ['start', 'poor'],
    ['after-poor', 'repair'],
  ]);
  expect(walk.current).toBeUndefined();
  expect(walk.problem).toBeUndefined();
});

test('an unknown choice keeps the valid part and leaves that decision open', () => {
  const walk = walkBranch(question, ['good', 'removed-option']);
  expect(walk.taken.map((t) => t.option.id)).toEqual(['good']);
  expect(walk.current?.id).toBe('after-good');
  expect(walk.problem).toBe('Unknown response "removed-option" at step 2.');
});

test('choices past the end of the scenario are reported, keeping what fit', () => {
  const walk = walkBranch(question, ['good', 'finish', 'extra']);
  expect(walk.taken.map((t) => t.option.id)).toEqual(['good', 'finish']);
  expect(walk.problem).toBe('Choice 3 does not follow the scenario.');
});
