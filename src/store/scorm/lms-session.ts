/**
 * Starts the course's LMS session before the app renders: find the API, initialize, restore
 * progress from suspend data, point the progress store at the LMS, then track. Without an LMS
 * the store keeps progress in memory only and the learner is told (never localStorage).
 */
import type { PersistStorage } from 'zustand/middleware';
import type { Progress } from '../../domain/progress/progress-model';
import { decodeSuspendData, type SuspendBanks } from '../../domain/lms/suspend-data';
import { PROGRESS_VERSION, useProgress } from '../progress-store';
import { useStorageStatus } from '../storage-status';
import { findLmsApi } from './find-api';
import type { LmsConfig } from './lms-config';
import { createConnection } from './lms-connection';
import { useLmsStatus } from './lms-status';
import { lmsProgressStorage, memoryProgressStorage } from './lms-storage';
import { bookmarkOf, startLmsTracking } from './lms-tracking';
import { scorm12Model } from './scorm12';
import { scorm2004Model } from './scorm2004';

/** What the session needs from the entry point. */
export interface SessionOptions {
  /** The course's window (discovery starts here). */
  win: Window;
  /** The package's settings. */
  config: LmsConfig;
  /** Scenarios of every quiz, loaded before the session starts. */
  banks: SuspendBanks;
  /** Quiz ids that have a lesson (the modules). */
  withLesson: ReadonlySet<string>;
  /** Where a first launch opens (a hash route), when not the course home. */
  firstRoute?: string;
  /** The course content's version, written with each pass in suspend data. */
  contentVersion?: string;
}

/** How the session started. */
export type SessionResult = { mode: 'connected'; bookmark: string | null } | { mode: 'no-lms'; reason: string };

/** Swaps the store's storage and reloads the store from it. */
async function swapStorage(storage: PersistStorage<Progress>): Promise<void> {
  useProgress.persist.setOptions({ storage });
  await useProgress.persist.rehydrate();
  // The store read this browser's localStorage when it was created; in an LMS that does not
  // count, so neither do any warnings it raised about it.
  useStorageStatus.setState({ mode: 'ok', recovery: null });
}

async function withoutLms(reason: string): Promise<SessionResult> {
  await swapStorage(memoryProgressStorage(PROGRESS_VERSION));
  useLmsStatus.getState().setMode('no-lms', reason);
  return { mode: 'no-lms', reason };
}

/** Starts the session; resolves once the store holds the learner's LMS progress. */
export async function startLmsSession({
  win,
  config,
  banks,
  withLesson,
  firstRoute,
  contentVersion,
}: SessionOptions): Promise<SessionResult> {
  const found = findLmsApi(win, config.version);
  if (!found) return withoutLms(`No SCORM ${config.version ?? '1.2 or 2004'} connection was found around this page.`);
  const status = useLmsStatus.getState();
  const schedule = (run: () => void, ms: number) => {
    const timer = win.setTimeout(run, ms);
    return () => win.clearTimeout(timer);
  };
  const now = () => Date.now();
  const connection = createConnection(found.version === '1.2' ? scorm12Model(found.api) : scorm2004Model(found.api), {
    now,
    schedule,
    onHealth: (health) => useLmsStatus.getState().setHealth(health),
  });
  const start = connection.start();
  if (!start) return withoutLms(useLmsStatus.getState().problem ?? 'The LMS did not start a session.');
  // Before anything else is written, so a failure reported from here on stays on screen.
  status.setMode('connected');

  const restored = decodeSuspendData(start.suspendData, banks);
  const bookmark = bookmarkOf(start.location) ?? bookmarkOf(`#${start.location}`);
  const initial = { ...restored.progress, lastLocation: bookmark ? bookmark.slice(1) : '' };
  await swapStorage(
    lmsProgressStorage({
      connection,
      banks,
      initial,
      version: PROGRESS_VERSION,
      onTooLarge: (message) => status.setHealth({ kind: 'failing', detail: message, isRetrying: false }),
      suspend: config.passMark === null ? { contentVersion } : { passMark: config.passMark, contentVersion },
    }),
  );
  status.setNotes(restored.problems);
  status.setRetry(() => connection.commit());
  // Land on the bookmark before the router reads the URL; replaceState keeps the LMS's Back
  // button out of it.
  const landing = bookmark ?? firstRoute;
  if (landing && win.location.hash !== landing) win.history.replaceState(null, '', landing);
  startLmsTracking({
    connection,
    progress: useProgress,
    course: { banks, quizzes: config.quizzes, withLesson, passMark: config.passMark, scoreMode: config.scoreMode },
    recorded: start.recorded,
    begun: start.begun,
    interactions: start.interactions,
    win,
    now,
    schedule,
  });
  return { mode: 'connected', bookmark };
}
