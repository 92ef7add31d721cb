/**
 * The course-settings.json this build ships (public/), known by a hash of its exact text. A host
 * who has not edited the file gets the course's defaults without loading the settings check:
 * about 5 KB gzip off every first visit. Any edit, even a space, changes the hash and runs the
 * full check. test/app/shipped-settings.test.ts fails, with the new values, when the file changes.
 */

/** FNV-1a (32-bit) of the shipped file's text. */
export const SHIPPED_SETTINGS_HASH = 0x08432bd9;

/** The fields the check reads from the shipped file (for the diagnostics page's "your file"). */
export const SHIPPED_SETTINGS_FIELDS: readonly string[] = [
  'courseName',
  'organizationName',
  'crisisLines',
  'emergencyNumber',
  'escalationRoute',
  'reportingNotes',
  'passMark',
  'modules',
  'courseReview',
  'accentColor',
  'logo',
  'instructorContact',
];

/** FNV-1a (32-bit): small and fast; a collision would only mean the course's own defaults. */
export function textHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash;
}
