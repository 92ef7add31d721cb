/**
 * Turning shared-computer mode on and off (device-mode.ts). Removing everything is its own module
 * (remove-everything.ts), loaded only when asked for, so the first visit does not download it.
 */
import { SHARED_FLAG_KEY, useDeviceMode } from './device-mode';
import { PROGRESS_KEY, PROGRESS_VERSION, useProgress } from './progress-store';
import { readSaved } from './progress-storage';
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
 * From now on this window keeps everything in memory. The learner's work so far stays on screen;
 * the copy of it saved in this browser is removed, so closing the window leaves none of it here.
 */
export function startSharedMode(): void {
  attempt(() => window.sessionStorage.setItem(SHARED_FLAG_KEY, '1'));
  useDeviceMode.setState({ mode: 'shared', isOffered: false });
  attempt(() => window.localStorage.removeItem(PROGRESS_KEY));
}

/** Back to saving on this device: this window's work is merged with anything saved here meanwhile, then saved. */
export function stopSharedMode(): void {
  attempt(() => window.sessionStorage.removeItem(SHARED_FLAG_KEY));
  useDeviceMode.setState({ mode: 'personal', isOffered: false });
  const raw = readKey(PROGRESS_KEY);
  const saved = raw === null ? null : readSaved(raw, PROGRESS_VERSION);
  // mergeIn and setState both save through persist, now to localStorage again.
  if (saved) useProgress.getState().mergeIn(saved.progress);
  else useProgress.setState({});
}

/** Hides the first-visit offer (the learner chose to keep saving on this device). */
export function dismissSharedOffer(): void {
  useDeviceMode.setState({ isOffered: false });
}
