/**
 * This tab's memory across its own reloads, in sessionStorage: when the page last reloaded
 * itself because a chunk of the running version was gone (the loop guard in
 * src/features/offline/missing-chunk.ts), and whether the last reload moved it to a new version.
 * Never learner data: progress lives in the progress store. sessionStorage is per tab, so one
 * tab's reload never stops another's.
 */

/** When this tab last reloaded for a missing chunk (ms since the epoch, as text). */
const CHUNK_RELOAD_KEY = 'psv-chunk-reload-at';
/** Set just before a reload that moves this tab to a newly activated version. */
const UPDATED_KEY = 'psv-updated';

function session(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

/** When this tab last reloaded for a missing chunk; null if never (or unreadable). */
export function lastChunkReload(): number | null {
  try {
    const raw = session()?.getItem(CHUNK_RELOAD_KEY);
    const at = raw ? Number(raw) : NaN;
    return Number.isFinite(at) ? at : null;
  } catch {
    return null;
  }
}

/**
 * Records a reload for a missing chunk at `at`. Returns false when it cannot be recorded
 * (storage blocked): the caller must then not reload, since nothing could stop a loop.
 */
export function markChunkReload(at: number): boolean {
  try {
    const s = session();
    if (!s) return false;
    s.setItem(CHUNK_RELOAD_KEY, String(at));
    return s.getItem(CHUNK_RELOAD_KEY) === String(at);
  } catch {
    return false;
  }
}

/** Notes that the coming reload moves this tab to a new version (shown once after it). */
export function markUpdateReload(): void {
  try {
    session()?.setItem(UPDATED_KEY, '1');
  } catch {
    // Only a courtesy note is lost.
  }
}

/** Whether this page load followed an update reload; clears the note so it shows once. */
export function takeUpdateReload(): boolean {
  try {
    const s = session();
    const was = s?.getItem(UPDATED_KEY) === '1';
    s?.removeItem(UPDATED_KEY);
    return was;
  } catch {
    return false;
  }
}
