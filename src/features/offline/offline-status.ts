/**
 * What the service worker has told this page: whether the course is saved for offline use,
 * whether a new version is waiting, and whether this page load came from moving to a new
 * version. In memory only (it describes this page's worker), shared between the registration in
 * start-course.tsx and the notices in the app shell.
 */
import { useSyncExternalStore } from 'react';

/** The service worker's news for this page. */
export interface OfflineStatus {
  /** The whole course is precached: it now works with no connection. */
  isOfflineReady: boolean;
  /** A new deployment is installed and waiting for the learner to reload. */
  isUpdateWaiting: boolean;
  /** This page load is the reload into a new version (this tab's or another tab's "Reload"). */
  isJustUpdated: boolean;
}

let status: OfflineStatus = { isOfflineReady: false, isUpdateWaiting: false, isJustUpdated: false };
// With no service worker (not registered yet, blocked, the LMS page) the newest version is
// whatever the server sends: a plain reload fetches it.
let moveToNewVersion: () => void = () => window.location.reload();
const listeners = new Set<() => void>();

/** Merges news from the service worker and tells every subscriber. */
export function setOfflineStatus(change: Partial<OfflineStatus>): void {
  status = { ...status, ...change };
  for (const listener of listeners) listener();
}

/** Records how this page moves to the newest version (set by register-service-worker). */
export function setUpdateAction(action: () => void): void {
  moveToNewVersion = action;
}

/**
 * Moves THIS tab to the newest version: activates a waiting worker, whose takeover then reloads
 * every tab it controls, or reloads when nothing is waiting. It always ends in a reload.
 */
export function activateUpdate(): void {
  moveToNewVersion();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current offline status, re-rendering when the service worker reports news. */
export function useOfflineStatus(): OfflineStatus {
  return useSyncExternalStore(subscribe, () => status);
}
