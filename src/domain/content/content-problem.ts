/**
 * The problem record every content check returns, plus small helpers for reading content that
 * has not been validated yet. Content arrives as `unknown` (a typo in a scenario file must give a
 * readable problem, never a crash), so the checks narrow values here instead of trusting types.
 */
import { describeLanguageHit, findStigmatizingTerms } from './language-lint';

/** One content problem, readable by an author who is not a programmer. */
export interface ContentProblem {
  /** The file it is in, relative to the project root (`content/01-voluntary/scenarios.ts`). */
  file: string;
  /** Where in the file: a data path (`questions[3].options[1].feedback`) or a lesson line. */
  field: string;
  /** What is wrong and, where it helps, what to do instead. */
  message: string;
}

/** Formats a problem as one line: `file › field: message`. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file} › ${p.field}: ${p.message}`;
}

/** A plain object with string keys (not null, not an array). */
export type Fields = Record<string, unknown>;

/** True for a plain object whose fields can be read by name. */
export function isFields(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Names a value for a message: `null`, `a string`, `an array`… */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the text "${value}"`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/** Collects problems for one file so checks can say `at(field, message)` and nothing more. */
export interface Reporter {
  /** The file every problem from this reporter names. */
  file: string;
  /** Records a problem at a field of this file. */
  at: (field: string, message: string) => void;
  /** Everything recorded so far, in the order found. */
  problems: ContentProblem[];
}

/** Creates a reporter for one file. */
export function createReporter(file: string): Reporter {
  const problems: ContentProblem[] = [];
  return { file, problems, at: (field, message) => problems.push({ file, field, message }) };
}

/** Lowercase words joined by single hyphens: the shape every permanent id must have. */
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True when `id` is lowercase kebab-case (`vol-er-naloxone`). */
function isKebabCase(id: string): boolean {
  return KEBAB_CASE.test(id);
}

/**
 * Checks that `obj[key]` is non-empty text and reports it otherwise; returns the text or
 * undefined so callers can go on checking what depends on it.
 */
export function requireText(r: Reporter, obj: Fields, key: string, path: string): string | undefined {
  const value = obj[key];
  const field = path ? `${path}.${key}` : key;
  if (value === undefined) r.at(field, `${key} is missing`);
  else if (typeof value !== 'string') r.at(field, `${key} must be text, found ${describe(value)}`);
  else if (value.trim() === '') r.at(field, `${key} is empty`);
  else return value;
  return undefined;
}

/** Checks a permanent id: non-empty text in lowercase kebab-case. */
export function requireId(r: Reporter, obj: Fields, path: string): string | undefined {
  const id = requireText(r, obj, 'id', path);
  if (id !== undefined && !isKebabCase(id)) {
    r.at(`${path}.id`, `id "${id}" must be lowercase kebab-case, like "vol-er-naloxone"`);
  }
  return id;
}

/** Reads `obj[key]` as a list, reporting anything else; a missing list reads as empty. */
export function requireList(r: Reporter, obj: Fields, key: string, path: string): unknown[] {
  const value = obj[key];
  const field = path ? `${path}.${key}` : key;
  if (Array.isArray(value)) return value;
  r.at(field, value === undefined ? `${key} is missing` : `${key} must be a list, found ${describe(value)}`);
  return [];
}

/** Reports every id that appears more than once in `ids` (undefined entries are skipped). */
export function reportDuplicateIds(r: Reporter, ids: (string | undefined)[], pathOf: (i: number) => string, what: string): void {
  const firstAt = new Map<string, number>();
  ids.forEach((id, i) => {
    if (id === undefined) return;
    const first = firstAt.get(id);
    if (first === undefined) firstAt.set(id, i);
    else r.at(`${pathOf(i)}.id`, `duplicate ${what} id "${id}" (also used at ${pathOf(first)})`);
  });
}

/** Reports every stigmatizing term in `text` (outside quotations) at `field`. */
export function lintWording(r: Reporter, field: string, text: string): void {
  for (const hit of findStigmatizingTerms(text)) r.at(field, describeLanguageHit(hit));
}

/** `requireText` for words a learner reads: also checks the wording. */
export function requireProse(r: Reporter, obj: Fields, key: string, path: string): string | undefined {
  const text = requireText(r, obj, key, path);
  if (text !== undefined) lintWording(r, path ? `${path}.${key}` : key, text);
  return text;
}

/** Checks that `obj[key]` is one of `allowed`, naming the choices when it is not. */
export function requireOneOf<T extends string>(r: Reporter, obj: Fields, key: string, path: string, allowed: readonly T[]): T | undefined {
  const value = requireText(r, obj, key, path);
  if (value === undefined) return undefined;
  const match = allowed.find((choice) => choice === value);
  if (match === undefined) r.at(path ? `${path}.${key}` : key, `unknown ${key} "${value}"; use one of: ${allowed.join(', ')}`);
  return match;
}

/** The items of a list, or none when the value is not a list (its shape is reported elsewhere). */
export function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
