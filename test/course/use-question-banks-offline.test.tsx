// The bank loader's own chunk fails to load, as it would offline before the course was saved.
import { renderHook, waitFor } from '@testing-library/react';
import { expect, test, vi } from 'vitest';
import { useQuestionBanks } from '../../src/course/use-question-banks';
import { emptyProgress, type Attempt } from '../../src/domain/progress/progress-model';
import { useProgress } from '../../src/store/progress-store';

vi.mock('../../src/course/bank-loader', () => {
  throw new Error('Failed to fetch dynamically imported module');
});

const T = '2026-03-01T09:00:00.000Z';
const check: Attempt = {
  id: 'c1',
  quizId: 'voluntary',
  seed: 1,
  startedAt: T,
  finishedAt: T,
  mode: 'check',
  items: ['vol-reentry-auto-caseload'],
  answers: {},
};

test('a bank that cannot load is reported as failed, never left loading', async () => {
  useProgress.setState({ ...emptyProgress(), attempts: [check] });
  const { result } = renderHook(() => useQuestionBanks(['voluntary', 'respectful']));
  await waitFor(() => expect(result.current.ready).toBe(true));
  // Respectful has no check to score, so it needs no chunk and does not fail.
  expect(result.current.failed).toEqual(['voluntary']);
  expect(result.current.banks.get('respectful')).toEqual([]);
});
