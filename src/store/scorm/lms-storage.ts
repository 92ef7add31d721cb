/**
 * Persist adapters for the progress store when the course runs in an LMS. Features keep using
 * `useProgress` exactly as in the standalone course: only where progress goes changes.
 * - `lmsProgressStorage`: progress goes into the LMS's suspend data (compact, see
 *   src/domain/lms/suspend-data.ts); committing is the tracking's job, at milestones.
 * - `memoryProgressStorage`: no LMS was found; progress lives only as long as the page. Never
 *   localStorage: on an LMS's origin it is shared by every learner using that browser.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';
import { emptyProgress, type Progress } from '../../domain/progress/progress-model';
import { encodeSuspendData, type SuspendBanks, type SuspendOptions } from '../../domain/lms/suspend-data';
import type { LmsConnection } from './lms-connection';

/** What the LMS adapter needs. */
export interface LmsStorageOptions {
  /** The open LMS session. */
  connection: LmsConnection;
  /** Scenarios of every quiz, for the compact answer encoding. */
  banks: SuspendBanks;
  /** Progress restored from the LMS at launch. */
  initial: Progress;
  /** The store's persist version. */
  version: number;
  /** Called when progress no longer fits the LMS's suspend data limit. */
  onTooLarge: (message: string) => void;
  /** Pass mark and content version, so passes are also written apart from their answers. */
  suspend?: SuspendOptions;
}

/** A PersistStorage that reads progress restored at launch and writes suspend data. */
export function lmsProgressStorage({
  connection,
  banks,
  initial,
  version,
  onTooLarge,
  suspend,
}: LmsStorageOptions): PersistStorage<Progress> {
  return {
    // Always a full record, never null: persist then replaces every field, so nothing read from
    // this browser's localStorage before the swap survives into the LMS session.
    getItem: (): StorageValue<Progress> => ({ state: initial, version }),
    setItem: (_name, value) => {
      const encoded = encodeSuspendData(value.state, banks, connection.suspendLimit, suspend);
      if (!encoded.fits)
        onTooLarge(`Your progress is larger than your LMS can keep (${encoded.text.length} of ${connection.suspendLimit} characters).`);
      connection.setSuspendData(encoded.text);
    },
    removeItem: () => connection.setSuspendData(''),
  };
}

/** A PersistStorage that keeps nothing: progress lasts as long as the page. */
export function memoryProgressStorage(version: number): PersistStorage<Progress> {
  return {
    getItem: (): StorageValue<Progress> => ({ state: emptyProgress(), version }),
    setItem: () => {},
    removeItem: () => {},
  };
}
