/**
 * Turning shared-computer mode on and off (device-mode.ts). Removing everything is its own module
 * (remove-everything.ts), loaded only when asked for, so the first visit does not download it;
 * so are the reader and the merge the switches use (the offer itself is on every first visit).
 */
import type { Progress } from '../domain/progress/progress-model';
import { hasCourseData, SHARED_FLAG_KEY, useDeviceMode } from './device-mode';
import { flushProgressSave } from './progress-storage';
import { PROGRESS_KEY, PROGRESS_VERSION, useProgress } from './progress-store';
import { readKey } from './safe-storage';

/** Runs a storage call that may throw (blocked storage); reports whether it worked. */
export function attempt(run: () => void): boolean {
  try {
    run();
    return true;
  } catch {
    return false;
  }
}

/**
 * True when saved progress holds anything the learner made. The last place visited and the
 * lessons opened are not work: they are the trail a first visit leaves just by looking around,
 * which a learner on a shared computer expects to leave nothing behind. Saved with work, they stay.
 */
function hasLearnerWork(p: Progress): boolean {
  return (
    p.attempts.length > 0 ||
    p.setAside.length > 0 ||
    p.assignments.length > 0 ||
    p.learnerName !== '' ||
    [p.lessonsRead, p.reflections, p.earlierPasses].some((r) => Object.keys(r).length > 0)
  );
}

/**
 * From now on this window keeps everything in memory; the learner's work so far stays on screen.
 * A saved record that holds no work of theirs (a first visit's last place) is removed, so a first
 * visit leaves nothing behind. Saved work is never deleted by this switch, only by "Remove
 * everything": the banner says it is still stored (`keptOnDevice`).
 */
export async function startSharedMode(): Promise<void> {
  // The last change made before the switch belongs on the device (saving waits for a frame).
  flushProgressSave();
  // Read before switching: from then on reads come from this window's memory.
  const raw = readKey(PROGRESS_KEY);
  // The reader is its own chunk. If it cannot load, the switch still happens (it is what keeps
  // this learner's work private); the record is then left, and the banner says it is stored.
  const reader = raw === null ? null : await import('./read-saved').catch(() => null);
  const saved = raw === null || !reader ? null : reader.readSaved(raw, PROGRESS_VERSION);
  if (saved && !hasLearnerWork(saved.progress)) attempt(() => window.localStorage.removeItem(PROGRESS_KEY));
  attempt(() => window.sessionStorage.setItem(SHARED_FLAG_KEY, '1'));
  useDeviceMode.setState({ mode: 'shared', isOffered: false, keptOnDevice: hasCourseData() });
}

/**
 * Back to saving on this device: this window's work is merged with anything saved here meanwhile,
 * then saved. False, with nothing changed, when the merge's code cannot load (saving without it
 * would write over the saved record).
 */
export async function stopSharedMode(): Promise<boolean> {
  const loaded = await Promise.all([import('./read-saved'), import('./progress-edits')]).catch(() => null);
  if (!loaded) return false;
  const [{ readSaved }, { mergeIn }] = loaded;
  // The last change made in shared mode stays in this window's memory, not on the device.
  flushProgressSave();
  attempt(() => window.sessionStorage.removeItem(SHARED_FLAG_KEY));
  useDeviceMode.setState({ mode: 'personal', isOffered: false, keptOnDevice: false });
  const raw = readKey(PROGRESS_KEY);
  const saved = raw === null ? null : readSaved(raw, PROGRESS_VERSION);
  // mergeIn and setState both save through persist, now to localStorage again.
  if (saved) mergeIn(saved.progress);
  else useProgress.setState({});
  return true;
}

/** Hides the first-visit offer (the learner chose to keep saving on this device). */
export function dismissSharedOffer(): void {
  useDeviceMode.setState({ isOffered: false });
}
