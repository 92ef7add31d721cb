/**
 * Checks the responses of a question (or of one branch step): their count, ids, text, feedback,
 * and the answer key (`best` / `correct`). Safety marks are checked in validate-safety.ts.
 */
import { VALUE_IDS } from './content-types';
import {
  type Fields,
  type Reporter,
  describe,
  isFields,
  lintWording,
  listOf,
  reportDuplicateIds,
  requireId,
  requireOneOf,
  requireProse,
  requireText,
} from './content-problem';

/** Fewest and most responses a question or step may offer. */
const MIN_OPTIONS = 3;
const MAX_OPTIONS = 5;

/** Reports a list of responses that is not 3 to 5 long. */
export function checkOptionCount(r: Reporter, options: unknown, path: string): void {
  if (!Array.isArray(options)) return;
  const n = options.length;
  if (n < MIN_OPTIONS || n > MAX_OPTIONS) {
    r.at(path, `has ${n} option${n === 1 ? '' : 's'}: a question or step needs ${MIN_OPTIONS} to ${MAX_OPTIONS}`);
  }
}

/** Checks one written response (single, multi, rank, branch) and returns its id if it has one. */
export function checkResponseOption(r: Reporter, option: unknown, path: string): string | undefined {
  if (!isFields(option)) {
    r.at(path, `a response must be an object with id, text and feedback, found ${describe(option)}`);
    return undefined;
  }
  const id = requireId(r, option, path);
  requireProse(r, option, 'text', path);
  requireProse(r, option, 'feedback', path);
  checkSafetyMark(r, option, path);
  checkFlag(r, option, 'best', path);
  return id;
}

/** `safety` is optional, but when present it must be one of the two marks, and unsafe needs `instead`. */
function checkSafetyMark(r: Reporter, option: Fields, path: string): void {
  const mark = option.safety;
  if (mark !== undefined && mark !== 'escalates' && mark !== 'unsafe') {
    r.at(`${path}.safety`, `unknown safety "${String(mark)}"; use 'escalates' or 'unsafe'`);
  }
  const hasInstead = typeof option.instead === 'string' && option.instead.trim() !== '';
  if (mark === 'unsafe' && !hasInstead) {
    r.at(`${path}.instead`, 'an unsafe response needs `instead`: the safe thing to do, shown with its feedback');
  } else if (option.instead !== undefined) {
    const text = requireText(r, option, 'instead', path);
    if (text !== undefined) lintWording(r, `${path}.instead`, text);
  }
}

/** An optional flag must be a real boolean: `best: 'yes'` would silently score as not best. */
function checkFlag(r: Reporter, option: Fields, key: 'best' | 'correct', path: string): void {
  const value = option[key];
  if (value !== undefined && typeof value !== 'boolean') {
    r.at(`${path}.${key}`, `${key} must be true or false, found ${describe(value)}`);
  }
}

/** Checks one "which value is at stake?" option and returns its id if it has one. */
function checkValueOption(r: Reporter, option: unknown, path: string): string | undefined {
  if (!isFields(option)) {
    r.at(path, `a value option must be an object with id, value and feedback, found ${describe(option)}`);
    return undefined;
  }
  const id = requireId(r, option, path);
  requireOneOf(r, option, 'value', path, VALUE_IDS);
  requireProse(r, option, 'feedback', path);
  checkFlag(r, option, 'best', path);
  return id;
}

/** Names options by id for a message, falling back to their place in the list. */
function nameOptions(options: unknown[], indexes: number[]): string {
  return indexes
    .map((i) => {
      const o = options[i];
      return isFields(o) && typeof o.id === 'string' ? `"${o.id}"` : `options[${i}]`;
    })
    .join(', ');
}

/** Reports unless exactly one option has `best: true`. */
export function checkExactlyOneBest(r: Reporter, options: unknown[], path: string): void {
  const best = options.flatMap((o, i) => (isFields(o) && o.best === true ? [i] : []));
  if (best.length === 0) r.at(path, 'no option is marked best: exactly one must have best: true');
  else if (best.length > 1) {
    r.at(path, `${best.length} options are marked best (${nameOptions(options, best)}): exactly one must have best: true`);
  }
}

/** Multi: every option says `correct: true|false`, with at least one of each. */
function checkCorrectFlags(r: Reporter, options: unknown[], path: string): void {
  const flags = options.map((o, i) => {
    const flag = isFields(o) ? o.correct : undefined;
    if (isFields(o) && typeof flag !== 'boolean') {
      r.at(
        `${path}[${i}].correct`,
        flag === undefined
          ? 'correct is missing: each option in a multi question needs correct: true or correct: false'
          : `correct must be true or false, found ${describe(flag)}`,
      );
    }
    return flag;
  });
  // With a flag missing, "none correct" would blame the wrong thing; the missing flag is reported.
  if (!flags.every((f) => typeof f === 'boolean')) return;
  if (!flags.includes(true)) r.at(path, 'no option is correct: at least one must have correct: true');
  if (!flags.includes(false)) r.at(path, 'every option is correct: at least one must have correct: false');
}

/** Value options: each value may be offered once. */
function checkDistinctValues(r: Reporter, options: unknown[], path: string): void {
  const firstAt = new Map<unknown, number>();
  options.forEach((o, i) => {
    if (!isFields(o) || typeof o.value !== 'string') return;
    const first = firstAt.get(o.value);
    if (first === undefined) firstAt.set(o.value, i);
    else r.at(`${path}[${i}].value`, `value "${o.value}" is offered twice (also at ${path}[${first}])`);
  });
}

/** Checks the options of a single, multi, rank or value question. */
export function validateOptions(r: Reporter, q: Fields, kind: 'single' | 'multi' | 'rank' | 'value', path: string): void {
  const field = `${path}.options`;
  if (q.options === undefined || !Array.isArray(q.options)) {
    r.at(field, q.options === undefined ? 'options is missing' : `options must be a list, found ${describe(q.options)}`);
    return;
  }
  const options = listOf(q.options);
  checkOptionCount(r, options, field);
  const check = kind === 'value' ? checkValueOption : checkResponseOption;
  const ids = options.map((o, i) => check(r, o, `${field}[${i}]`));
  reportDuplicateIds(r, ids, (i) => `${field}[${i}]`, 'option');
  if (kind === 'single' || kind === 'value') checkExactlyOneBest(r, options, field);
  if (kind === 'multi') checkCorrectFlags(r, options, field);
  if (kind === 'value') checkDistinctValues(r, options, field);
}
