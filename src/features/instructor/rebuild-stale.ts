/**
 * Rebuilds the digests of stored receipts that have none the roster can use (a roster moved from
 * localStorage, or one scored with an earlier content version), a slice at a time.
 */
import type { KeyedQuestion } from '../../domain/content/content-types';
import { decodeReceipt } from '../../domain/exchange/receipt-decode';
import { digestReceipt } from '../../domain/exchange/receipt-digest';
import type { RosterItem } from '../../domain/exchange/roster-rows';
import type { StoredReceipt } from '../../store/roster-db';
import { sliceTimer, yieldToBrowser } from './yield-to-browser';

/** Digests every stored receipt; ids whose text no longer decodes are listed as unreadable. */
export async function rebuildStale(
  stale: readonly StoredReceipt[],
  banks: ReadonlyMap<string, readonly KeyedQuestion[]>,
  version: string,
): Promise<{ rebuilt: RosterItem[]; unreadable: string[] }> {
  const rebuilt: RosterItem[] = [];
  const unreadable: string[] = [];
  const timer = sliceTimer(40);
  for (const { id, text, importedAt } of stale) {
    const decoded = decodeReceipt(text);
    if (decoded.ok) rebuilt.push({ id, importedAt, digest: digestReceipt(decoded.value, banks, version) });
    else unreadable.push(id);
    if (timer.due()) {
      await yieldToBrowser();
      timer.reset();
    }
  }
  return { rebuilt, unreadable };
}
