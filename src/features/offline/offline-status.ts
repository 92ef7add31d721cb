/**
 * What the service worker has told this page: whether the course is saved for offline use and
 * whether a new version is waiting. In memory only (it describes this page's worker), shared
 * between the registration in main.tsx and the notices in the app shell.
 */
import { useSyncExternalStore } from 'react';

/** The service worker's news for this page. */
export interface OfflineStatus {
  /** The whole course is precached: it now works with no connection. */
  isOfflineReady: boolean;
  /** A new deployment is installed and waiting for the learner to reload. */
  isUpdateWaiting: boolean;
}

let status: OfflineStatus = { isOfflineReady: false, isUpdateWaiting: false };
let applyUpdate: () => Promise<void> = async () => {};
const listeners = new Set<() => void>();

/** Merges news from the service worker and tells every subscriber. */
export function setOfflineStatus(change: Partial<OfflineStatus>): void {
  status = { ...status, ...change };
  for (const listener of listeners) listener();
}

/** Records how to activate the waiting version (from the plugin's registerSW). */
export function setUpdateAction(action: () => Promise<void>): void {
  applyUpdate = action;
}

/** Activates the waiting version; the page then reloads itself (see register-service-worker). */
export function activateUpdate(): Promise<void> {
  return applyUpdate();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current offline status, re-rendering when the service worker reports news. */
export function useOfflineStatus(): OfflineStatus {
  return useSyncExternalStore(subscribe, () => status);
}
