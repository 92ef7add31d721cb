/**
 * Start-up: reads the host's `course-settings.json` (beside index.html, same origin) before the
 * app renders. Only the fetch lives in the first-visit bundle, with the two cases that need no
 * check: the file as shipped means the course's defaults (shipped-settings.ts), and no file at all
 * (none on the server, no answer, offline with no saved copy) means the defaults too. Any other
 * file is checked and applied by its own chunk, loaded once the file has arrived
 * (src/app/apply-settings.ts). Never rejects and never leaves a blank page: any failure means the
 * course's own defaults, and the host is told.
 */
import { type SettingsSource, setLoadedSettings } from '../config/course-settings';
import { DEFAULT_SETTINGS } from '../config/site';
import { applyCourseSettings } from '../course/course-data';
import { DETAILS, type FetchedSettings, SETTINGS_CACHE, SETTINGS_FILE } from './settings-file';
import { SHIPPED_SETTINGS_FIELDS, SHIPPED_SETTINGS_HASH, textHash } from './shipped-settings';
import { whenIdle } from './when-idle';

/** A first visit on a bad connection waits at most this long before using the defaults. */
const TIMEOUT_MS = 5_000;

/** The copy kept for offline use, if any. */
async function savedCopy(url: string): Promise<string | null> {
  if (typeof caches === 'undefined') return null;
  const hit = await (await caches.open(SETTINGS_CACHE)).match(url, { ignoreVary: true }).catch(() => undefined);
  return hit ? hit.text() : null;
}

/** Fetches the file; falls back to the saved copy only when the network fails (a 404 means "no file"). */
async function fetchSettings(url: string, keepCopy: boolean): Promise<FetchedSettings> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin', signal: controller.signal });
    if (!response.ok) return { problem: `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}` };
    const text = await response.text();
    // The copy is for a later visit with no network, so writing it waits until the page is idle:
    // a Cache Storage write costs a slow phone several milliseconds of the first render.
    if (keepCopy && typeof caches !== 'undefined')
      whenIdle(
        () =>
          void caches
            .open(SETTINGS_CACHE)
            .then((c) => c.put(url, new Response(text, { headers: { 'content-type': 'application/json' } })))
            .catch(() => undefined),
      );
    return { text, savedCopy: false };
  } catch (error) {
    const text = keepCopy ? await savedCopy(url).catch(() => null) : null;
    if (text !== null) return { text, savedCopy: true };
    return {
      problem: controller.signal.aborted ? `no answer within ${TIMEOUT_MS / 1000} seconds` : `it could not be fetched (${String(error)})`,
    };
  } finally {
    clearTimeout(timer);
  }
}

/** The course's own settings, from the file as shipped or for want of any file (`source` says which). */
function applyDefaults(source: SettingsSource, fromFile: readonly string[]): void {
  setLoadedSettings({ settings: DEFAULT_SETTINGS, problems: [], fromFile, source });
  applyCourseSettings(DEFAULT_SETTINGS);
}

/**
 * Reads, checks and applies the settings. `keepCopy`: keep the file for offline use (the web
 * course; never on an LMS's site).
 */
export async function loadCourseSettings({ keepCopy }: { keepCopy: boolean }): Promise<void> {
  const url = new URL(SETTINGS_FILE, document.baseURI).href;
  try {
    const fetched = await fetchSettings(url, keepCopy);
    if ('problem' in fetched) {
      // No file to read (none on the server, no answer, offline with no saved copy): nothing to
      // check, so no chunk to load, which on a bad connection would only fail or wait again.
      applyDefaults({ kind: 'unavailable', url, reason: fetched.problem }, []);
      console.warn(`${SETTINGS_FILE} was not read (${fetched.problem}), so the course uses its own settings. ${DETAILS}`);
      return;
    }
    // Loading the check only for an edited file costs an edited site one round trip after the
    // file arrives; an unedited one is spared 5 KB on every first visit.
    if (textHash(fetched.text) === SHIPPED_SETTINGS_HASH)
      return applyDefaults({ kind: 'file', url, savedCopy: fetched.savedCopy }, SHIPPED_SETTINGS_FIELDS);
    (await import('./apply-settings')).applySettings(fetched, url, { keepCopy });
  } catch (error) {
    console.error(`${SETTINGS_FILE} could not be applied, so the course runs on its own settings:`, error);
  }
}
