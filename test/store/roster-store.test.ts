import { beforeEach, expect, test, vi } from 'vitest';
import { canonicalJson } from '../../src/domain/encoding/canonical-json';
import { sha256Hex } from '../../src/domain/encoding/sha256';
import { planBatch } from '../../src/domain/exchange/receipt-batch';
import type { Receipt } from '../../src/domain/exchange/receipt';
import { LIMITS } from '../../src/domain/progress/progress-model';
import { removeAssignment } from '../../src/store/progress-edits';
import { useProgress } from '../../src/store/progress-store';
import { LEGACY_ROSTER_KEY } from '../../src/store/roster-legacy';
import { resetRosterForTests, useRoster, type NewReceipt } from '../../src/store/roster-store';
import { assignment, receiptFor } from '../fixtures/assignment-fixtures';
import { COURSE, IMPORTED, digestOf, own } from '../fixtures/roster-fixtures';

const at = '2025-06-12T00:00:00.000Z';
const entry = (r: Receipt): NewReceipt => {
  const text = canonicalJson(r);
  return { id: sha256Hex(text), text, importedAt: IMPORTED, digest: digestOf(r) };
};
/** Closes the store as a page reload would, keeping the database, and opens it again. */
async function reopen() {
  resetRosterForTests();
  await useRoster.getState().load(COURSE.version);
  return useRoster.getState();
}

beforeEach(() => resetRosterForTests());

test('receipts and assignments are saved in IndexedDB and come back after a reload', async () => {
  await useRoster.getState().load(COURSE.version);
  expect(await useRoster.getState().addReceipts([entry(receiptFor('Ana')), entry(receiptFor('Ben'))])).toEqual({ ok: true });
  expect(await useRoster.getState().saveAssignments([own()])).toEqual({ ok: true });
  const after = await reopen();
  expect(after.items.map((i) => i.digest.learner).sort()).toEqual(['Ana', 'Ben']);
  expect(after.assignments).toEqual([own()]);
  expect(after.stale).toEqual([]);
  await after.removeReceipt(after.items[0]!.id);
  expect((await reopen()).items).toHaveLength(1);
});

test('digests scored with another content version are stale and rebuilt from the receipt text', async () => {
  await useRoster.getState().load(COURSE.version);
  await useRoster.getState().addReceipts([entry(receiptFor('Ana'))]);
  resetRosterForTests();
  await useRoster.getState().load(`${COURSE.version}-next`);
  expect(useRoster.getState().items).toEqual([]);
  expect(useRoster.getState().stale.map((s) => JSON.parse(s.text).learner)).toEqual(['Ana']);
});

test('an old localStorage roster moves to IndexedDB without loss, and the old key goes only after the copy is read back', async () => {
  const texts = [receiptFor('Ana'), receiptFor('Ben')].map((r) => canonicalJson(r));
  localStorage.setItem(
    LEGACY_ROSTER_KEY,
    JSON.stringify({ state: { entries: [...texts.map((text) => ({ id: 'x', text, importedAt: at })), { text: 'junk' }] }, version: 1 }),
  );
  await useRoster.getState().load(COURSE.version);
  expect(useRoster.getState().stale.map((s) => [s.id, s.importedAt])).toEqual(
    texts.map((t) => [sha256Hex(t), at]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
  );
  expect(localStorage.getItem(LEGACY_ROSTER_KEY)).toBeNull();
  expect((await reopen()).stale).toHaveLength(2);
});

test('when the copy cannot be written the old roster stays in localStorage and is still shown and exported', async () => {
  const text = canonicalJson(receiptFor('Ana'));
  localStorage.setItem(LEGACY_ROSTER_KEY, JSON.stringify({ state: { entries: [{ id: 'x', text, importedAt: at }] }, version: 1 }));
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });
  await useRoster.getState().load(COURSE.version);
  expect(localStorage.getItem(LEGACY_ROSTER_KEY)).not.toBeNull();
  expect(useRoster.getState().stale).toHaveLength(1);
  expect(useRoster.getState().saveProblem).toEqual({ reason: 'full', unsavedReceipts: 1, unsavedAssignments: 0 });
  expect(await useRoster.getState().exportRoster(COURSE.id, at)).toContain(text);
});

test('a write refused for quota keeps the receipts in memory, reports it, and the export still holds them and the assignments', async () => {
  await useRoster.getState().load(COURSE.version);
  await useRoster.getState().saveAssignments([own()]);
  await useRoster.getState().addReceipts([entry(receiptFor('Ana'))]);
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });
  expect(await useRoster.getState().addReceipts([entry(receiptFor('Ben'))])).toEqual({ ok: false, reason: 'full' });
  expect(useRoster.getState().items.map((i) => i.digest.learner)).toEqual(['Ana', 'Ben']);
  expect(useRoster.getState().saveProblem).toEqual({ reason: 'full', unsavedReceipts: 1, unsavedAssignments: 0 });
  const plan = planBatch([{ name: 'export', text: await useRoster.getState().exportRoster(COURSE.id, at) }], COURSE.id);
  expect(plan.assignments).toEqual([own()]);
  expect(plan.pieces).toHaveLength(2);
});

test('without IndexedDB the roster works for this visit and says it cannot be saved', async () => {
  vi.stubGlobal('indexedDB', undefined);
  await useRoster.getState().load(COURSE.version);
  expect(useRoster.getState().saveProblem?.reason).toBe('blocked');
  expect(await useRoster.getState().addReceipts([entry(receiptFor('Ana'))])).toEqual({ ok: false, reason: 'blocked' });
  expect(useRoster.getState().items).toHaveLength(1);
  vi.unstubAllGlobals();
});

test('accepting an assignment holds it once, updating it if accepted again; removing it keeps progress', () => {
  useProgress.setState({
    assignments: [],
    attempts: [{ id: 'a1', quizId: 'hopeful', seed: 1, startedAt: at, mode: 'practice', answers: {} }],
  });
  const { acceptAssignment } = useProgress.getState();
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
