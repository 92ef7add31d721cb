import { act, render, screen } from '@testing-library/react';
import { Profiler } from 'react';
import { beforeEach, expect, test } from 'vitest';
import voluntaryBank from '../../../content/01-voluntary/scenarios';
import { HeaderProgress } from '../../../src/features/progress/header-progress';
import { useProgress } from '../../../src/store/progress-store';
import { at } from '../../fixtures/progress-fixtures';
import { returnWithProgress, startClean, voluntaryBest } from './progress-setup';

beforeEach(startClean);

/** Renders the header's progress link, counting its renders. */
function renderCounted() {
  const counted = { renders: 0 };
  render(
    <Profiler id="header" onRender={() => (counted.renders += 1)}>
      <HeaderProgress />
    </Profiler>,
  );
  return counted;
}

test('answers given in an open check leave the header alone; finishing the check updates its count', async () => {
  await returnWithProgress({ lessonsRead: { voluntary: at(0) } });
  const items = voluntaryBank.questions.map((q) => q.id);
  const id = useProgress.getState().startAttempt('voluntary', 7, at(1), 'check', items);
  const header = renderCounted();
  expect(await screen.findByRole('link', { name: /^0\/10 passed/ })).toBeTruthy();
  const before = header.renders;
  // Each answer is saved as it is given, and none of them changes where the course stands.
  for (const [questionId, answer] of Object.entries(voluntaryBest())) {
    act(() => useProgress.getState().recordAnswer(id, questionId, answer, at(2)));
  }
  expect(header.renders).toBe(before);
  act(() => useProgress.getState().finishAttempt(id, at(3)));
  expect(await screen.findByRole('link', { name: /^1\/10 passed/ })).toBeTruthy();
});
