/**
 * Assignment links: an instructor's assignment packed into the URL hash (no server). Format v1:
 *
 *   v1.<body>.<check>
 *   body  = base64url(UTF-8 of compact JSON: i id, m modules, p pass mark, d due, c cohort,
 *           n instructor, t message)
 *   check = base64url of the first 6 bytes of SHA-256("v1." + body)
 *
 * Modules travel as one base-36 digit each (their index in LINK_MODULES). The check catches
 * truncation and accidental edits; with no secret it cannot stop a deliberate forgery.
 * `decodeAssignmentLink` returns a typed error for ANY input and never throws.
 */
import { base64urlToText, bytesToBase64url, textToBase64url } from '../encoding/base64url';
import type { ValueId } from '../content/content-types';
import { fail, type Decoded } from '../encoding/decode-result';
import { sha256 } from '../encoding/sha256';
import { isDay, isRecord, textProblem } from '../encoding/untrusted-text';

/**
 * ⚠ PERMANENT for v1 links: a module's position here is its code in every link ever shared.
 * Append new modules only; never reorder or remove (bump the link version instead).
 */
export const LINK_MODULES: readonly ValueId[] = [
  'voluntary',
  'hopeful',
  'open-minded',
  'empathetic',
  'respectful',
  'facilitates-change',
  'honest-and-direct',
  'mutual-and-reciprocal',
  'equally-shared-power',
  'strengths-focused',
];

/** The link format version this build writes and reads. */
const LINK_VERSION = 1;

/** Length caps for text in a link (UTF-16 units, as a text box counts them). */
export const LINK_LIMITS = { id: 24, cohort: 80, instructor: 80, message: 280, code: 2400 } as const;

/** An assignment as it travels in a link. */
export interface Assignment {
  /** Random id made by the builder; receipts refer to it. */
  id: string;
  /** Modules in the instructor's order, no repeats, at least one. */
  modules: ValueId[];
  /** Pass-mark override (whole percent, 0 to 100); absent means the course default. */
  passMark?: number;
  /** Due date, YYYY-MM-DD. */
  due?: string;
  /** Cohort name (untrusted text). */
  cohort?: string;
  /** Instructor name (untrusted text). */
  instructor?: string;
  /** A short message (untrusted text, may hold line breaks). */
  message?: string;
}

/** Why a link could not be read. */
export type LinkErrorCode =
  'empty' | 'too-long' | 'not-an-assignment' | 'future-version' | 'truncated' | 'checksum' | 'unreadable' | 'invalid';

const ID = /^[a-z0-9]{6,24}$/;
const TEXT_FIELDS = [
  ['c', 'cohort', 'The cohort name'],
  ['n', 'instructor', 'The instructor name'],
  ['t', 'message', 'The message'],
] as const;

function check(body: string): string {
  return bytesToBase64url(sha256(new TextEncoder().encode(`v${LINK_VERSION}.${body}`)).slice(0, 6));
}

/** Why an assignment cannot be shared as it is, or null when it can. The builder shows these. */
export function assignmentProblem(a: Assignment): string | null {
  if (!ID.test(a.id)) return 'The assignment id is not valid.';
  if (a.modules.length === 0) return 'Choose at least one module.';
  if (new Set(a.modules).size !== a.modules.length || a.modules.some((m) => !LINK_MODULES.includes(m)))
    return 'The module list is not valid.';
  if (a.passMark !== undefined && !(Number.isInteger(a.passMark) && a.passMark >= 0 && a.passMark <= 100))
    return 'The pass mark must be a whole number from 0 to 100.';
  if (a.due !== undefined && !isDay(a.due)) return 'The due date is not a real date.';
  for (const [, field, label] of TEXT_FIELDS) {
    const value = a[field];
    const problem = value === undefined ? null : textProblem(value, LINK_LIMITS[field], { multiline: field === 'message' });
    if (problem) return `${label} ${problem}.`;
  }
  return null;
}

/** Encodes a valid assignment as a link code; throws only on a programming error (invalid input). */
export function encodeAssignmentLink(a: Assignment): string {
  const problem = assignmentProblem(a);
  if (problem) throw new Error(problem);
  const compact = {
    i: a.id,
    m: a.modules.map((m) => LINK_MODULES.indexOf(m).toString(36)).join(''),
    p: a.passMark,
    d: a.due,
    c: a.cohort || undefined,
    n: a.instructor || undefined,
    t: a.message || undefined,
  };
  const body = textToBase64url(JSON.stringify(compact));
  return `v${LINK_VERSION}.${body}.${check(body)}`;
}

/** Decodes a link code (the part after `#/assign/`). Never throws. */
export function decodeAssignmentLink(input: unknown): Decoded<Assignment, LinkErrorCode> {
  if (typeof input !== 'string') return fail('not-an-assignment', 'This is not an assignment link.');
  const code = input.trim();
  if (code === '') return fail('empty', 'The link has no assignment in it. It may have been cut off when it was copied.');
  if (code.length > LINK_LIMITS.code) return fail('too-long', 'This link is far longer than any assignment link, so it was not opened.');
  const version = /^v(\d{1,9})\./.exec(code);
  if (!version) return fail('not-an-assignment', 'This is not an assignment link from this course.');
  if (Number(version[1]) > LINK_VERSION) {
    return fail(
      'future-version',
      'This assignment was made with a newer version of the course. Ask your instructor for a link from the version you are using, or open the newer course.',
    );
  }
  if (Number(version[1]) !== LINK_VERSION) return fail('not-an-assignment', 'This is not an assignment link from this course.');
  const parts = code.slice(version[0].length).split('.');
  const [body = '', sum = ''] = parts;
  if (parts.length > 2) return fail('unreadable', 'This assignment link could not be read.');
  if (sum.length < 8 || body === '')
    return fail(
      'truncated',
      'This assignment link is incomplete: it was probably cut off when it was copied. Ask your instructor to send it again.',
    );
  if (sum !== check(body)) {
    return fail(
      'checksum',
      'This assignment link was changed or damaged after it was made (its check characters do not match). Ask your instructor to send it again.',
    );
  }
  const json = base64urlToText(body);
  let raw: unknown;
  try {
    raw = json === null ? null : JSON.parse(json);
  } catch {
    raw = null;
  }
  if (!isRecord(raw)) return fail('unreadable', 'This assignment link could not be read.');
  return fromCompact(raw);
}

function fromCompact(raw: Record<string, unknown>): Decoded<Assignment, LinkErrorCode> {
  const invalid = (why: string) => fail('invalid' as const, `This assignment link cannot be used: ${why}`);
  if (typeof raw.i !== 'string') return invalid('it has no assignment id.');
  if (typeof raw.m !== 'string' || !/^[0-9a-z]{1,36}$/.test(raw.m)) return invalid('its module list is missing or damaged.');
  const modules = [...raw.m].map((ch) => LINK_MODULES[parseInt(ch, 36)]);
  if (modules.some((m) => m === undefined)) return invalid('it names a module this version of the course does not have.');
  const value: Assignment = { id: raw.i, modules: modules as ValueId[] };
  if (raw.p !== undefined) value.passMark = raw.p as number;
  if (raw.d !== undefined) value.due = raw.d as string;
  for (const [key, field] of TEXT_FIELDS) if (raw[key] !== undefined) value[field] = raw[key] as string;
  const problem = assignmentProblem(value);
  return problem ? invalid(problem.charAt(0).toLowerCase() + problem.slice(1)) : { ok: true, value };
}
