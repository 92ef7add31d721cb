/**
 * What the learner must know about saving: whether storage works, and whether saved data had to
 * be repaired. Kept in memory only (it describes storage, so it cannot live there).
 */
import { create } from 'zustand';

/** How saving is going. */
export type StorageMode = 'ok' | 'blocked' | 'full';

/** Saved progress that could not be fully read, kept so nothing is lost. */
export interface Recovery {
  /** Plain-language lines saying what was left out. */
  problems: string[];
  /** The raw saved text, for download; may be large. */
  raw: string;
  /** The localStorage key the raw text was copied to, if that worked. */
  backupKey?: string;
}

/** Storage health and recovery notices. */
export interface StorageStatus {
  /** `ok`, `blocked` (no storage: memory only) or `full` (quota reached: latest changes not saved). */
  mode: StorageMode;
  /** Set when saved data had to be repaired on load. */
  recovery: Recovery | null;
  /** Records a storage failure. */
  reportFailure: (mode: Exclude<StorageMode, 'ok'>) => void;
  /** Records a successful save (clears a `full` notice once space frees up). */
  reportSaved: () => void;
  /** Records that saved data was repaired. */
  reportRecovery: (recovery: Recovery) => void;
  /** Hides the recovery notice (the backup key stays). */
  dismissRecovery: () => void;
}

/** The storage status hook. */
export const useStorageStatus = create<StorageStatus>()((set) => ({
  mode: 'ok',
  recovery: null,
  reportFailure: (mode) => set((s) => (s.mode === 'blocked' ? s : { mode })),
  reportSaved: () => set((s) => (s.mode === 'full' ? { mode: 'ok' } : s)),
  reportRecovery: (recovery) =>
    set((s) => ({ recovery: s.recovery ? { ...recovery, problems: [...s.recovery.problems, ...recovery.problems] } : recovery })),
  dismissRecovery: () => set({ recovery: null }),
}));
