/**
 * "Remove everything from this computer": everything this course keeps in this browser goes:
 * saved progress and reflections, the instructor's roster, the offline copy of the course, and
 * this window's choices. Loaded only when a learner asks for it (it pulls in the roster database).
 */
import { emptyProgress } from '../domain/progress/progress-model';
import { COURSE_KEY_PREFIX, useDeviceMode } from './device-mode';
import { useProgress } from './progress-store';
import { DB_NAME } from './roster-db';
import { attempt } from './shared-computer';
import { useStorageStatus } from './storage-status';

/** Removes this course's keys from one Web Storage area; false if any stayed. */
function clearKeys(area: () => Storage): boolean {
  return attempt(() => {
    const s = area();
    const keys = Array.from({ length: s.length }, (_, i) => s.key(i)).filter((k): k is string => !!k?.startsWith(COURSE_KEY_PREFIX));
    for (const key of keys) s.removeItem(key);
  });
}

/** Deletes the roster database; resolves false if the browser refused or took too long. */
function deleteRoster(): Promise<boolean> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(true);
  return new Promise((resolve) => {
    // An open roster closes itself when asked (roster-db.ts `blocking`); a stuck one is reported.
    const timer = setTimeout(() => resolve(false), 5_000);
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = () => (clearTimeout(timer), resolve(true));
    request.onerror = () => (clearTimeout(timer), resolve(false));
  });
}

/** Deletes this course's caches and unregisters its service worker (the offline copy); false on failure. */
async function removeOfflineCopy(): Promise<boolean> {
  try {
    const scope = new URL('./', document.baseURI).href;
    const registration = await navigator.serviceWorker?.getRegistration(scope);
    if (registration?.scope === scope) await registration.unregister();
    if (typeof caches === 'undefined') return true;
    // Workbox names its caches after the worker's scope; ours also begin with the course prefix.
    const ours = async () =>
      (await caches.keys()).filter((n) => n.startsWith(COURSE_KEY_PREFIX) || (n.startsWith('workbox-') && n.endsWith(scope)));
    // The worker answers this page's requests until the page closes, and a request in flight can
    // open a cache again while it is being deleted: delete until none is left, and say so if some stay.
    for (let round = 0; round < 3; round++) {
      const left = await ours();
      if (left.length === 0) return true;
      await Promise.all(left.map((n) => caches.delete(n)));
    }
    return (await ours()).length === 0;
  } catch {
    return false;
  }
}

/**
 * Removes everything this course keeps in this browser, and empties this window's progress. The
 * window stays memory-only until it is reloaded, so nothing is written back. Records (and resolves
 * to) the parts that could not be removed, empty when everything went.
 */
export async function removeEverything(): Promise<string[]> {
  useDeviceMode.setState({ mode: 'removed', isOffered: false, keptOnDevice: false, notRemoved: null });
  useProgress.setState(emptyProgress());
  useStorageStatus.setState({ mode: 'ok', recovery: null });
  const results: [string, boolean][] = [
    ['saved progress and reflections', clearKeys(() => window.localStorage)],
    ['this window’s choices', clearKeys(() => window.sessionStorage)],
    ['the instructor roster', await deleteRoster()],
    ['the offline copy of the course', await removeOfflineCopy()],
  ];
  const notRemoved = results.filter(([, ok]) => !ok).map(([what]) => what);
  useDeviceMode.setState({ notRemoved });
  return notRemoved;
}
