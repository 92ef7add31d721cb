/**
 * The roster before IndexedDB: zustand `persist` JSON in localStorage under `psv-roster`,
 * `{ state: { entries: [{ id, text, importedAt }] }, version: 1 }`, where `text` is a receipt's
 * canonical JSON. `migrateLegacyRoster` copies every entry into IndexedDB, reads the copy back,
 * and removes the old key only when every entry is there, so a failed or partial write loses
 * nothing (the next visit tries again).
 */
import { sha256Hex } from '../domain/encoding/sha256';
import { isIsoTime, isRecord } from '../domain/encoding/untrusted-text';
import { putTexts, readTexts, type RosterDb, type StoredReceipt, type WriteResult } from './roster-db';
import { readKey, removeKey } from './safe-storage';

/** The localStorage key of the old roster. */
export const LEGACY_ROSTER_KEY = 'psv-roster';

/**
 * The old roster's entries worth moving (any text: the decoder judges it later); null when the
 * saved text is not readable at all, in which case it is left where it is.
 */
export function legacyEntries(raw: string | null): StoredReceipt[] | null {
  if (raw === null) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  const state = isRecord(parsed) ? parsed.state : null;
  const entries = isRecord(state) && Array.isArray(state.entries) ? state.entries : [];
  return entries.flatMap((e: unknown) =>
    isRecord(e) && typeof e.text === 'string' && e.text !== '' && isIsoTime(e.importedAt)
      ? [{ id: sha256Hex(e.text), text: e.text, importedAt: e.importedAt }]
      : [],
  );
}

/** What a migration did. */
export interface LegacyMigration {
  /** Entries found in localStorage. */
  found: StoredReceipt[];
  /** The write's outcome; ok only when the read-back matched every entry and the old key was removed. */
  result: WriteResult;
}

/** Moves an old localStorage roster into IndexedDB; removes the old key only after a verified write. */
export async function migrateLegacyRoster(db: RosterDb): Promise<LegacyMigration> {
  const raw = readKey(LEGACY_ROSTER_KEY);
  const found = legacyEntries(raw);
  if (raw === null) return { found: [], result: { ok: true } };
  if (found === null) return { found: [], result: { ok: false, reason: 'failed' } };
  const result = await putTexts(db, found);
  if (!result.ok) return { found, result };
  const back = new Map(
    (
      await readTexts(
        db,
        found.map((e) => e.id),
      )
    ).map((r) => [r.id, r.text]),
  );
  if (found.some((e) => back.get(e.id) !== e.text)) return { found, result: { ok: false, reason: 'failed' } };
  removeKey(LEGACY_ROSTER_KEY);
  return { found, result };
}
