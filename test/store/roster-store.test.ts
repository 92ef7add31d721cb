import { expect, test } from 'vitest';
import { LIMITS } from '../../src/domain/progress/progress-restore';
import { useProgress } from '../../src/store/progress-store';
import { restoreRoster, toEntry, useRoster } from '../../src/store/roster-store';
import { assignment, receiptFor } from '../fixtures/assignment-fixtures';

const at = '2025-06-12T00:00:00.000Z';

test('saved roster entries are re-decoded on load; unreadable ones are dropped', () => {
  const good = toEntry(receiptFor('Ana'), at);
  const tampered = toEntry({ ...receiptFor('Ben'), learner: 'Changed' }, at);
  const restored = restoreRoster({
    entries: [good, tampered, { text: 'garbage', importedAt: at }, { ...good, importedAt: 'yesterday' }, 'x'],
  });
  expect(restored.entries).toEqual([good, tampered]);
  expect(restoreRoster(null)).toEqual({ entries: [] });
  expect(restoreRoster({ entries: 'nope' })).toEqual({ entries: [] });
});

test('adding the same receipt twice keeps one entry', () => {
  useRoster.setState({ entries: [] });
  expect(useRoster.getState().addReceipts([receiptFor('Ana'), receiptFor('Ana'), receiptFor('Ben')], at)).toBe(2);
  expect(useRoster.getState().addReceipts([receiptFor('Ana')], at)).toBe(0);
  expect(useRoster.getState().entries).toHaveLength(2);
});

test('accepting an assignment holds it once, updating it if accepted again; removing it keeps progress', () => {
  useProgress.setState({ assignments: [], attempts: [{ id: 'a1', quizId: 'hopeful', seed: 1, startedAt: at, answers: {} }] });
  const { acceptAssignment, removeAssignment } = useProgress.getState();
  acceptAssignment({ ...assignment(), acceptedAt: at });
  acceptAssignment({ ...assignment({ cohort: 'Renamed' }), acceptedAt: at });
  expect(useProgress.getState().assignments.map((a) => a.cohort)).toEqual(['Renamed']);
  removeAssignment('abc123def4', at);
  expect(useProgress.getState().assignments).toEqual([]);
  expect(useProgress.getState().attempts).toHaveLength(1);
});

test('no more assignments are held than saved progress keeps', () => {
  useProgress.setState({
    assignments: Array.from({ length: LIMITS.assignments }, (_, i) => ({ ...assignment({ id: `held${i}00` }), acceptedAt: at })),
  });
  useProgress.getState().acceptAssignment({ ...assignment({ id: 'onetoomany' }), acceptedAt: at });
  expect(useProgress.getState().assignments).toHaveLength(LIMITS.assignments);
});
