import { useMemo } from 'react';
import { course } from '../../course/course-data';
import { useQuestionBanks } from '../../course/use-question-banks';
import { decodeReceipt, type ReadReceipt } from '../../domain/exchange/receipt-decode';
import { reviewReceipt, type ReceiptReview } from '../../domain/exchange/roster-review';
import { useRoster, type RosterEntry } from '../../store/roster-store';

/** One roster row: the stored entry, its receipt, and the roster's verdict. */
export interface RosterRow {
  /** The stored entry. */
  entry: RosterEntry;
  /** The decoded receipt. */
  read: ReadReceipt;
  /** Re-scored outcomes and flags. */
  review: ReceiptReview;
}

/** Every roster entry re-scored against this course; `ready` is false while scenarios load. */
export function useRosterReviews(): { rows: RosterRow[]; modules: string[]; ready: boolean } {
  const entries = useRoster((s) => s.entries);
  const decoded = useMemo(
    () =>
      entries.flatMap((entry) => {
        const d = decodeReceipt(entry.text);
        return d.ok ? [{ entry, read: d.value }] : [];
      }),
    [entries],
  );
  const assigned = useMemo(() => [...new Set(decoded.flatMap((d) => d.read.receipt.assignment.modules))], [decoded]);
  const { banks, ready } = useQuestionBanks(assigned);
  return useMemo(() => {
    // Columns in course order, then any module this course does not know, as received.
    const order = course.modules.map((m) => m.id as string);
    const modules = [...order.filter((id) => assigned.includes(id)), ...assigned.filter((id) => !order.includes(id))];
    if (!ready) return { rows: [], modules, ready };
    const rows = decoded.map((d) => ({ ...d, review: reviewReceipt(d.read, banks, { id: course.id, version: course.version }) }));
    return { rows, modules, ready };
  }, [decoded, assigned, banks, ready]);
}
