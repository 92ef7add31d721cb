/**
 * Checks for text that arrives from outside (assignment links, receipts). Such text is shown
 * to people, so besides a length cap it must hold no control characters and no bidirectional
 * overrides (which can make "Dana" display as something else). It is always rendered as text.
 */

// C0 and C1 controls (except \n where allowed), and the bidi embedding/override/isolate marks.
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const FORBIDDEN = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Why a piece of text is not acceptable, or null when it is. */
export function textProblem(value: unknown, max: number, options: { multiline?: boolean } = {}): string | null {
  if (typeof value !== 'string') return 'is not text';
  if (value.length > max) return `is longer than ${max} characters`;
  if (!options.multiline && /\n/.test(value)) return 'must be on one line';
  if (FORBIDDEN.test(value) || LONE_SURROGATE.test(value)) return 'contains characters that are not allowed';
  return null;
}

/** True for a valid ISO 8601 UTC time, as the course writes them. */
export function isIsoTime(value: unknown): value is string {
  return typeof value === 'string' && ISO_TIME.test(value) && !Number.isNaN(Date.parse(value));
}

/** True for a real calendar day written YYYY-MM-DD (no 31 February). */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** True for a plain object (not null, not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
