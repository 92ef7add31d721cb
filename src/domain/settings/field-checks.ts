/**
 * Checks for single values in a settings file: text, phone numbers, web and file addresses.
 * Each returns why a value is refused, or null when it is fine, so the caller words the message
 * with the field's name and what the course does instead.
 */
import { textProblem } from '../encoding/untrusted-text';

/** A plain object with string keys. */
export type Fields = Record<string, unknown>;

/** Where problems go: `invalid` for refused values, `unknown` for fields the course does not know. */
export interface ProblemSink {
  /** Records a refused value. */
  invalid: (field: string, message: string) => void;
  /** Records an unknown field. */
  unknown: (field: string, message: string) => void;
}

/** Names a value for a message: `null`, `a list`, `the text "…"`, `the number 7`. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (typeof value === 'object') return 'an object';
  return `the ${typeof value} ${String(value)}`;
}

/** Why `value` is not one line of text of 1 to `max` characters, or null. */
export function lineProblem(value: unknown, max: number): string | null {
  if (typeof value !== 'string') return `must be text in quotes, found ${describe(value)}`;
  if (value.trim() === '') return 'is empty';
  return textProblem(value, max);
}

/** A phone number as people write it: digits with spaces, dots, dashes or brackets, an optional leading +. */
const PHONE = /^\+?[0-9](?:[0-9 ().-]{0,22}[0-9])?$/;

/** Why `value` is not a phone number, or null. */
export function phoneProblem(value: unknown): string | null {
  if (typeof value !== 'string') return `must be a phone number in quotes, found ${describe(value)}`;
  if (!PHONE.test(value.trim()) || value.replace(/[^0-9]/g, '').length < 2)
    return `"${value}" is not a phone number (use digits, with spaces, dashes, dots or brackets if you like, and + for an international number)`;
  return null;
}

/** Why `value` is not a way to text a line ("741741" or "HOME to 741741"), or null. */
export function textLineProblem(value: unknown): string | null {
  if (typeof value !== 'string') return `must be text in quotes, found ${describe(value)}`;
  const number = /^[A-Za-z0-9]{1,20} to (.+)$/.exec(value.trim())?.[1] ?? value;
  return phoneProblem(number) === null
    ? null
    : `"${value}" is not a number to text (write the number, like "741741", or a keyword and the number, like "HOME to 741741")`;
}

/** Why `value` is not an https web address, or null. */
export function httpsProblem(value: unknown): string | null {
  if (typeof value !== 'string') return `must be a web address in quotes, found ${describe(value)}`;
  if (value.length > 300) return 'is longer than 300 characters';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `"${value}" is not a web address (it should start with https://)`;
  }
  if (url.protocol !== 'https:') return `"${value}" must start with https:// (a secure address)`;
  if (url.username || url.password) return `"${value}" must not contain a user name or password`;
  return null;
}

/** A relative path of plain segments ending in an image extension. */
const IMAGE_PATH = /^[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*\.(?:svg|png|jpe?g|webp|gif)$/i;

/** Why `value` is not a same-site relative path to an image, or null. */
export function imagePathProblem(value: unknown): string | null {
  if (typeof value !== 'string') return `must be a file path in quotes, found ${describe(value)}`;
  const path = value.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//'))
    return `"${value}" is a web address; the logo must be a file on this site: put it beside index.html and give its name, like "logo.svg"`;
  if (path.startsWith('/') || path.startsWith('\\'))
    return `"${value}" starts with a slash; give the path from the course folder instead, like "images/logo.svg"`;
  if (path.split(/[/\\]/).some((segment) => segment === '..' || segment === '.'))
    return `"${value}" leaves the course folder or uses "." segments; keep the logo inside the course folder`;
  if (!/\.(?:svg|png|jpe?g|webp|gif)$/i.test(path)) return `"${value}" is not an image file: use .svg, .png, .jpg, .webp or .gif`;
  if (path.length > 200 || !IMAGE_PATH.test(path))
    return `"${value}" may use only letters, digits, dots, dashes, underscores and "/" between folders, up to 200 characters`;
  return null;
}

/** Edits needed to turn `a` into `b` (Levenshtein), for "did you mean" hints on misspelt names. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1)
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length]!;
}

/** The known name closest to a misspelt one, when it is close enough to be a likely typo. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const scored = known.map((k) => ({ k, d: k.toLowerCase() === lower ? 0 : distance(lower, k.toLowerCase()) }));
  const best = scored.sort((x, y) => x.d - y.d)[0];
  return best && best.d <= Math.max(2, Math.floor(best.k.length / 4)) ? best.k : undefined;
}
