import { act, renderHook } from '@testing-library/react';
import { beforeEach, expect, test } from 'vitest';
import { emptyProgress } from '../../../src/domain/progress/progress-model';
import { useAssignmentNextStep } from '../../../src/features/assignment/use-assignment-next-step';
import { useProgress } from '../../../src/store/progress-store';

const AT = '2026-03-01T09:00:00.000Z';

beforeEach(() => {
  useProgress.setState(emptyProgress());
});

test('with no assignment holding the module, answers given on its quiz page do not re-render the page', () => {
  const id = useProgress.getState().startAttempt('respectful', 7, AT, 'practice', ['gift']);
  let renders = 0;
  const { result } = renderHook(() => {
    renders += 1;
    return useAssignmentNextStep('respectful');
  });
  const before = renders;
  act(() => useProgress.getState().recordAnswer(id, 'gift', { kind: 'single', optionId: 'check' }, AT));
  expect(renders).toBe(before);
  expect(result.current).toBeUndefined();
});
