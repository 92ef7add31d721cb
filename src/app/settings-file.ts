/** Where the host's settings file lives and how it is kept offline; shared by the loader and the apply step. */

/** The file's name, beside index.html. */
export const SETTINGS_FILE = 'course-settings.json';

/**
 * ⚠ The cache the file is kept in for offline use. The service worker's runtime route for the
 * file uses the same name (vite.config.ts): the page fills it on a first visit, before the worker
 * is running, and the worker keeps it fresh after.
 */
export const SETTINGS_CACHE = 'psv-course-settings';

/** Where the console sends a host for the whole story. */
export const DETAILS = 'Details: open #/settings-check on this site.';

/** The file's text (`savedCopy`: the copy kept for offline use, the network having failed). */
export type FetchedFile = { text: string; savedCopy: boolean };

/** The file's text, or why there is none. */
export type FetchedSettings = FetchedFile | { problem: string };
