/**
 * An interaction record as SCORM 1.2 and SCORM 2004 elements, in the order each requires (the
 * id first; in 2004 the type before the patterns that depend on it), each value in its
 * version's format:
 * - 1.2: responses are letters by AUTHORED option order (`a` is the first option written),
 *   comma-separated; a set whose order does not matter is wrapped in braces (`{a,c}`); `time` is
 *   the learner's local time of day; `result` is correct, wrong, or the credit earned (0.5);
 * - 2004: responses are the option ids joined by `[,]`; `timestamp` is UTC; `result` is
 *   correct, incorrect or the credit; `description` is the scenario title.
 */
import { formatScorm12Time, formatScorm2004Duration } from './scorm-time';
import type { InteractionRecord } from './interaction';

/** Element/value pairs, in the order they must be written. */
export type InteractionWrites = [element: string, value: string][];

// SCORM 1.2 choice and sequencing responses are single characters: a–z, then 0–9.
const LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** The 1.2 letter of the option at `index` in authored order ("a" for the first). */
export function optionLetter(index: number): string {
  return LETTERS[index] ?? '';
}

const letters = (record: InteractionRecord, chosen: readonly string[]): string =>
  chosen.map((id) => optionLetter(record.options.indexOf(id))).join(',');

// Credit as SCORM's result: a word for all or nothing, else the share earned (two places, down).
function result(credit: number, wrong: string): string {
  if (credit >= 1) return 'correct';
  if (credit <= 0) return wrong;
  return String(Math.floor(credit * 100) / 100);
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The learner's local time of day, `HH:MM:SS` (1.2 CMITime); `offsetMinutes` as Date#getTimezoneOffset gives it. */
function timeOfDay(at: number, offsetMinutes: number): string {
  const local = new Date(at - offsetMinutes * 60_000);
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
}

/** UTC time to a tenth of a second, as 2004's timestamps are written (`2026-01-05T09:30:12.3Z`). */
function timestamp(at: number): string {
  return `${new Date(at).toISOString().slice(0, 21)}Z`;
}

/** `cmi.interactions.<n>.*` for SCORM 1.2. */
export function scorm12InteractionWrites(n: number, record: InteractionRecord, offsetMinutes: number): InteractionWrites {
  const at = `cmi.interactions.${n}`;
  const correct = letters(record, record.correct);
  const writes: InteractionWrites = [
    [`${at}.id`, record.id],
    [`${at}.objectives.0.id`, record.objectiveId],
    [`${at}.time`, timeOfDay(record.at, offsetMinutes)],
    [`${at}.type`, record.type],
    [`${at}.correct_responses.0.pattern`, record.isSet && record.correct.length > 1 ? `{${correct}}` : correct],
    [`${at}.weighting`, String(record.weighting)],
  ];
  if (record.response.length > 0) writes.push([`${at}.student_response`, letters(record, record.response)]);
  writes.push([`${at}.result`, result(record.credit, 'wrong')]);
  if (record.latencyMs !== undefined) writes.push([`${at}.latency`, formatScorm12Time(record.latencyMs)]);
  return writes;
}

/** `cmi.interactions.<n>.*` for SCORM 2004. */
export function scorm2004InteractionWrites(n: number, record: InteractionRecord): InteractionWrites {
  const at = `cmi.interactions.${n}`;
  const writes: InteractionWrites = [
    [`${at}.id`, record.id],
    [`${at}.type`, record.type],
    [`${at}.objectives.0.id`, record.objectiveId],
    [`${at}.timestamp`, timestamp(record.at)],
    [`${at}.correct_responses.0.pattern`, record.correct.join('[,]')],
    [`${at}.weighting`, String(record.weighting)],
  ];
  if (record.response.length > 0) writes.push([`${at}.learner_response`, record.response.join('[,]')]);
  writes.push([`${at}.result`, result(record.credit, 'incorrect')]);
  if (record.latencyMs !== undefined) writes.push([`${at}.latency`, formatScorm2004Duration(record.latencyMs)]);
  // 250 characters is what every LMS must keep; a title never starts with "{" (a language tag).
  writes.push([`${at}.description`, record.description.replace(/^\{/, '(').slice(0, 250)]);
  return writes;
}
