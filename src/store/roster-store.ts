/**
 * The instructor's roster: receipts imported on this device, kept in localStorage so the roster
 * survives a reload. Only the receipts are stored (as their own JSON text); every score, flag and
 * status is derived again from them. Saved data is untrusted: each entry is decoded with the
 * receipt decoder on load and anything unreadable is dropped.
 */
import { create } from 'zustand';
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { canonicalJson } from '../domain/encoding/canonical-json';
import type { Receipt } from '../domain/exchange/receipt';
import { decodeReceipt } from '../domain/exchange/receipt-decode';
import { sha256Hex } from '../domain/encoding/sha256';
import { isIsoTime, isRecord } from '../domain/encoding/untrusted-text';
import { readKey, removeKey, writeKey } from './safe-storage';

/** The key the roster is saved under. */
const ROSTER_KEY = 'psv-roster';

/**
 * ⚠ PERSIST VERSION of the roster. Bump it only with a migration in `rosterStorage`; instructors'
 * imported receipts depend on it.
 */
const ROSTER_VERSION = 1;

/** Most receipts one roster holds; more would strain localStorage's few megabytes. */
const MAX_ROSTER_ENTRIES = 500;

/** One imported receipt. */
export interface RosterEntry {
  /** SHA-256 of the receipt's canonical text: the same receipt imported twice is one entry. */
  id: string;
  /** The receipt as canonical JSON, exactly as imported (including its claimed checksum). */
  text: string;
  /** When it was imported (ISO 8601). */
  importedAt: string;
}

/** What the roster saves. */
interface RosterData {
  /** Imported receipts, oldest first. */
  entries: RosterEntry[];
}

/** Roster actions. */
export interface RosterActions {
  /** Adds receipts not already present; returns how many were new. */
  addReceipts: (receipts: Receipt[], at: string) => number;
  /** Removes one entry. */
  removeEntry: (id: string) => void;
}

/** Makes the entry for a decoded receipt. */
export function toEntry(receipt: Receipt, at: string): RosterEntry {
  const text = canonicalJson(receipt);
  return { id: sha256Hex(text), text, importedAt: at };
}

/** Keeps every saved entry that still decodes as a receipt; drops the rest. */
export function restoreRoster(state: unknown): RosterData {
  const raw = isRecord(state) && Array.isArray(state.entries) ? state.entries.slice(0, MAX_ROSTER_ENTRIES) : [];
  const entries: RosterEntry[] = [];
  for (const e of raw) {
    if (!isRecord(e) || typeof e.text !== 'string' || !isIsoTime(e.importedAt)) continue;
    const decoded = decodeReceipt(e.text);
    if (decoded.ok) entries.push(toEntry(decoded.value.receipt, e.importedAt));
  }
  return { entries };
}

const rosterStorage: PersistStorage<RosterData> = {
  getItem: (name): StorageValue<RosterData> | null => {
    const raw = readKey(name);
    if (raw === null) return null;
    try {
      const parsed: unknown = JSON.parse(raw);
      return { state: restoreRoster(isRecord(parsed) ? parsed.state : null), version: ROSTER_VERSION };
    } catch {
      return { state: { entries: [] }, version: ROSTER_VERSION };
    }
  },
  setItem: (name, value) => {
    writeKey(name, JSON.stringify(value));
  },
  removeItem: (name) => removeKey(name),
};

/** The roster store hook. */
export const useRoster = create<RosterData & RosterActions>()(
  persist<RosterData & RosterActions, [], [], RosterData>(
    (set, get) => ({
      entries: [],
      addReceipts: (receipts, at) => {
        const known = new Set(get().entries.map((e) => e.id));
        const fresh = receipts.map((r) => toEntry(r, at)).filter((e) => !known.has(e.id) && known.add(e.id));
        const room = Math.max(0, MAX_ROSTER_ENTRIES - get().entries.length);
        set((s) => ({ entries: [...s.entries, ...fresh.slice(0, room)] }));
        return Math.min(fresh.length, room);
      },
      removeEntry: (id) => set((s) => ({ entries: s.entries.filter((e) => e.id !== id) })),
    }),
    { name: ROSTER_KEY, version: ROSTER_VERSION, storage: rosterStorage, partialize: ({ entries }) => ({ entries }) },
  ),
);
