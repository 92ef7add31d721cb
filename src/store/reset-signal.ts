/**
 * Resets announced to other tabs. Tabs share progress by merging, and a merge only ever adds:
 * on its own, another open tab's copy would bring a reset module straight back (and a replaced
 * backup's removed items with it). So a reset is announced under its own key just before the
 * progress write, and every other tab applies the same reset before it merges what follows.
 */
import { isId } from '../domain/progress/progress-restore';
import { writeKey } from './safe-storage';

/** The key resets are announced under (never read on load: it is only an event). */
export const RESET_KEY = 'psv-progress-reset';

/** A reset: one module (with the time it happened), one removed assignment, or everything. */
export interface ResetSignal {
  /** An assignment the learner stopped holding. */
  assignmentId?: string;
  /** The module reset; absent when everything was. */
  moduleId?: string;
  /** When the module was reset (ISO 8601); absent when everything was. */
  at?: string;
}

let quiet = false;
let count = 0;

/** Tells other tabs about a reset this tab is about to save (unless applying one from them). */
export function announceReset(signal: ResetSignal): void {
  if (quiet) return;
  count += 1;
  // A fresh nonce makes every announcement a change, so a repeated reset still reaches other tabs.
  const nonce = `${Date.now().toString(36)}-${count.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  writeKey(RESET_KEY, JSON.stringify({ ...signal, nonce }));
}

/** Runs a reset that came from another tab without announcing it back (which would echo). */
export function applyQuietly(apply: () => void): void {
  quiet = true;
  try {
    apply();
  } finally {
    quiet = false;
  }
}

/** A valid announced reset, or null for anything else. */
export function readResetSignal(raw: string): ResetSignal | null {
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const { moduleId, at, assignmentId } = v as Record<string, unknown>;
  if (assignmentId !== undefined) return isId(assignmentId) ? { assignmentId } : null;
  if (moduleId === undefined) return {};
  return isId(moduleId) && typeof at === 'string' && at.length <= 40 && Number.isFinite(Date.parse(at)) ? { moduleId, at } : null;
}
