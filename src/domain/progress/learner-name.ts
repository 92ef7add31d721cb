/**
 * The one rule for a learner's name, wherever it is entered or read back (My progress, the
 * assignment form, restored progress and backups, receipts): at most 80 characters on one line,
 * with no control characters or bidirectional overrides, which could make a name display as
 * something else on an instructor's screen or a certificate.
 */
import { textProblem } from '../encoding/untrusted-text';

/** The longest name accepted: fits receipts, certificates and one line of a roster. */
export const LEARNER_NAME_MAX = 80;

/** A name as typed, checked: the trimmed name, or what is wrong with it in words for the person. */
export function checkLearnerName(input: string): { name: string } | { problem: string } {
  const name = input.trim();
  if (name === '') return { problem: 'Enter your name first.' };
  const problem = textProblem(name, LEARNER_NAME_MAX);
  return problem ? { problem: `The name ${problem}.` } : { name };
}

/**
 * The longest name kept from saved progress, backups and receipts. Earlier versions let people
 * save names of up to 120 characters (200 in receipts); a name someone already has is never
 * thrown away for being long, only for characters that could disguise it.
 */
export const STORED_NAME_MAX = 200;

/** True for a name that may be kept from saved data or a receipt (the empty name means none). */
export function isLearnerName(value: unknown): value is string {
  return value === '' || (typeof value === 'string' && textProblem(value, STORED_NAME_MAX) === null);
}
