/**
 * Shared-computer mode. On a shared or public computer the learner can keep everything in this
 * window's memory: nothing is written to localStorage or IndexedDB (safe-storage.ts and
 * roster-db.ts ask `isMemoryOnly()` before touching either), so closing the window leaves nothing
 * behind. The choice itself lives in sessionStorage, which belongs to this window only: a reload
 * keeps the mode, and a new window starts fresh.
 */
import { create } from 'zustand';

/** The sessionStorage key that remembers, for this window only, that shared mode is on. */
export const SHARED_FLAG_KEY = 'psv-shared-computer';

/** Every storage key and database this course writes begins with this. */
export const COURSE_KEY_PREFIX = 'psv-';

/** `personal`: saved on this device. `shared`: this window only. `removed`: everything was just removed. */
export type DeviceMode = 'personal' | 'shared' | 'removed';

/** The mode and whether the first-visit choice is on offer. */
export interface DeviceModeState {
  /** Where the learner's work is kept. */
  mode: DeviceMode;
  /** True on a first visit (nothing of this course saved here), until the learner chooses or dismisses it. */
  isOffered: boolean;
  /** In shared mode: this browser still holds progress saved before the switch (only "Remove everything" deletes it). */
  keptOnDevice: boolean;
  /** After "Remove everything": what could not be removed (empty when everything went); null before it finishes. */
  notRemoved: string[] | null;
}

function isFlagSet(): boolean {
  try {
    return window.sessionStorage.getItem(SHARED_FLAG_KEY) === '1';
  } catch {
    return false;
  }
}

/** True when this browser's localStorage holds anything of this course's (blocked storage counts as "yes"). */
export function hasCourseData(): boolean {
  try {
    const s = window.localStorage;
    for (let i = 0; i < s.length; i += 1) if (s.key(i)?.startsWith(COURSE_KEY_PREFIX)) return true;
    return false;
  } catch {
    return true;
  }
}

const startsShared = isFlagSet();

/** The device-mode store (in memory: it describes storage, so it cannot live there). */
export const useDeviceMode = create<DeviceModeState>()(() => ({
  mode: startsShared ? 'shared' : 'personal',
  isOffered: !startsShared && !hasCourseData(),
  keptOnDevice: startsShared && hasCourseData(),
  notRemoved: null,
}));

/** True when nothing may be written to the browser's storage (shared mode, or just after removing everything). */
export function isMemoryOnly(): boolean {
  return useDeviceMode.getState().mode !== 'personal';
}
