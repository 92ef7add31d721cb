/**
 * localStorage behind a guard (or this window's memory, in shared-computer mode). Storage can be blocked (SecurityError in some private modes and
 * locked-down browsers), full (QuotaExceededError), or hold text that is not ours any more.
 * None of these may throw into the app or lose data: failures are reported to the storage
 * status store, and unreadable text is copied to a backup key before anything overwrites it.
 */
import { isMemoryOnly } from './device-mode';
import { useStorageStatus } from './storage-status';

/** The key unreadable saved progress is copied to. */
export const BACKUP_KEY = 'psv-progress-unreadable';

// Shared-computer mode (device-mode.ts): the same reads and writes, kept in this window's memory.
const memory = new Map<string, string>();
const memoryStorage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = {
  getItem: (key) => memory.get(key) ?? null,
  setItem: (key, value) => void memory.set(key, value),
  removeItem: (key) => void memory.delete(key),
};

function storage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null {
  if (isMemoryOnly()) return memoryStorage;
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function isQuota(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.code === 22 || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

/** Reads a key; null when absent or when storage is blocked (which is reported). */
export function readKey(key: string): string | null {
  try {
    const s = storage();
    if (!s) throw new Error('blocked');
    return s.getItem(key);
  } catch {
    useStorageStatus.getState().reportFailure('blocked');
    return null;
  }
}

/** Writes a key; reports `full` or `blocked` instead of throwing. Returns whether it saved. */
export function writeKey(key: string, value: string): boolean {
  try {
    const s = storage();
    if (!s) throw new Error('blocked');
    s.setItem(key, value);
    useStorageStatus.getState().reportSaved();
    return true;
  } catch (error) {
    useStorageStatus.getState().reportFailure(isQuota(error) ? 'full' : 'blocked');
    return false;
  }
}

/** Removes a key, ignoring failures. */
export function removeKey(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to do: a blocked store has nothing to remove.
  }
}

/** Copies unreadable saved text aside (once per distinct text) and reports the recovery. */
export function keepUnreadable(raw: string, problems: string[]): void {
  const existing = readKey(BACKUP_KEY);
  const saved = existing === raw || writeKey(BACKUP_KEY, raw);
  useStorageStatus.getState().reportRecovery({ problems, raw, ...(saved ? { backupKey: BACKUP_KEY } : {}) });
}
