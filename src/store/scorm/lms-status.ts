/**
 * What the learner must know about the LMS connection: whether progress is being recorded, and
 * if not, why. In memory only (it describes the LMS, so it cannot be saved there). The LMS
 * notice in src/features/lms reads it; the session and the connection write it.
 */
import { create } from 'zustand';
import type { LmsHealth } from './lms-connection';

/** Where the LMS session stands. */
export type LmsMode =
  /** Looking for the LMS and reading saved progress. */
  | 'starting'
  /** Recording progress in the LMS. */
  | 'connected'
  /** No LMS (or it refused a session): nothing is recorded. */
  | 'no-lms'
  /** The session has ended; relaunching from the LMS starts a new one. */
  | 'ended';

/** The LMS status and its actions. */
export interface LmsStatus {
  /** Where the session stands. */
  mode: LmsMode;
  /** Set while saving fails: what went wrong, for the notice and for support staff. */
  problem: string | null;
  /** True while failed commits are still being retried automatically. */
  isRetrying: boolean;
  /** Notes about saved progress that could not be fully restored. */
  notes: string[];
  /** Tries to save now (set by the session; a no-op until then). */
  retry: () => void;
  /** Sets the mode, with an optional reason (for `no-lms`). */
  setMode: (mode: LmsMode, problem?: string) => void;
  /** Records a change in connection health. */
  setHealth: (health: LmsHealth) => void;
  /** Records notes about restoring saved progress. */
  setNotes: (notes: string[]) => void;
  /** Registers the "save now" action. */
  setRetry: (retry: () => void) => void;
}

/** The LMS status hook. */
export const useLmsStatus = create<LmsStatus>()((set) => ({
  mode: 'starting',
  problem: null,
  isRetrying: false,
  notes: [],
  retry: () => {},
  setMode: (mode, problem) => set({ mode, problem: problem ?? null, isRetrying: false }),
  setHealth: (health) =>
    set((s) => {
      if (health.kind === 'saved') return { problem: null, isRetrying: false };
      if (health.kind === 'failing') return { problem: health.detail, isRetrying: health.isRetrying };
      return {
        mode: 'ended',
        isRetrying: false,
        problem: health.isSaved ? null : (s.problem ?? 'Ending the session: the LMS did not confirm'),
      };
    }),
  setNotes: (notes) => set({ notes }),
  setRetry: (retry) => set({ retry }),
}));
