/**
 * When a chunk of the running version is gone (a new deployment replaced it on the server, or
 * a new service worker removed it from the precache), the page reloads once into the newest
 * version instead of showing "Failed to fetch dynamically imported module". Progress is kept: it
 * lives in localStorage, which a reload does not touch. A guard in sessionStorage stops a loop
 * when the reload does not help (the chunk is missing from the new version too, or the
 * connection is gone): the route's error page then explains instead (src/routes/route-error.tsx).
 */
import { runtime } from '../../config/runtime';
import { lastChunkReload, markChunkReload } from '../../store/reload-marks';
import { activateUpdate } from './offline-status';

/** After a reload for a missing chunk, another missing chunk this soon is not fixed by reloading. */
export const RELOAD_GUARD_MS = 60_000;

// What each engine says when a dynamic import (or a CSS file it needs) cannot be fetched.
const MISSING_CHUNK_MESSAGES = [
  /Failed to fetch dynamically imported module/i, // Chromium
  /error loading dynamically imported module/i, // Firefox
  /Importing a module script failed/i, // Safari
  /Unable to preload CSS/i, // Vite's preload helper
];

/** Whether `error` says a chunk of the app could not be fetched. */
export function isMissingChunkError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return MISSING_CHUNK_MESSAGES.some((pattern) => pattern.test(message));
}

/** Whether a reload may be tried at `now`, given the last one (null: none in this tab). */
export function mayReloadAgain(last: number | null, now: number): boolean {
  // A mark from the future means the clock moved: stay safe and do not reload.
  return last === null || (now >= last && now - last > RELOAD_GUARD_MS);
}

/**
 * What happens about a missing chunk: a reload is under way; this tab already reloaded for one
 * moments ago (reloading again would loop); the device is offline (nothing to reload into); or
 * the learner must reload by hand (in an LMS, or with sessionStorage blocked, where no guard can
 * be kept).
 */
export type ChunkRecovery = 'reloading' | 'already-reloaded' | 'reload-by-hand' | 'offline';

let isPending = false;

/**
 * Reloads into the newest version, once: repeated calls while the reload is under way say
 * 'reloading'; a second missing chunk soon after the last reload says 'already-reloaded'.
 */
export function recoverFromMissingChunk(now: number = Date.now()): ChunkRecovery {
  if (isPending) return 'reloading';
  // Offline, the chunk is not gone, just out of reach: a reload would show the browser's own
  // "no connection" page instead of ours.
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'offline';
  // In an LMS a reload would start a second LMS session: the learner reopens the course instead.
  if (runtime().mode !== 'web') return 'reload-by-hand';
  if (!mayReloadAgain(lastChunkReload(), now)) return 'already-reloaded';
  // If the mark cannot be written, nothing would stop a loop: do not reload.
  if (!markChunkReload(now)) return 'reload-by-hand';
  isPending = true;
  activateUpdate();
  return 'reloading';
}

/**
 * Reloads as soon as Vite's preload helper reports a missing chunk (`vite:preloadError`) for a
 * lazy import outside page loading: the update banner, an assignment card. Web entry only.
 * While `isLoadingPage()` (a page's code is being fetched), the page's own error
 * (src/routes/route-error.tsx) reloads instead, so one missing page never reloads twice.
 */
export function listenForMissingChunks(isLoadingPage: () => boolean): void {
  window.addEventListener('vite:preloadError', (event) => {
    if (isMissingChunkError(event.payload) && !isLoadingPage()) recoverFromMissingChunk();
  });
}
