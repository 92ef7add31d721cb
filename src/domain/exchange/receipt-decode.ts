/**
 * Reading receipts from receipt files (plain text now, JSON before), pasted JSON or codes.
 * Receipts are untrusted: every field is checked, and ANY input gives a decoded receipt or a
 * typed error, never a throw. A receipt whose checksum fails still decodes (with
 * `checksumOk: false`) so the roster can show it flagged rather than hide it; a receipt that
 * cannot be understood is an error with a reason.
 */
import { base64urlToText } from '../encoding/base64url';
import { BACKUP_FORMAT } from './backup';
import { findReceiptCodes, RECEIPT_FORMAT } from './receipt-marks';
import { fail, type Decoded } from '../encoding/decode-result';
import { restoreAttempt, isId } from '../progress/progress-restore';
import { STORED_NAME_MAX } from '../progress/learner-name';
import {
  READABLE_RECEIPT_VERSIONS,
  RECEIPT_VERSION,
  receiptCanonical,
  type Receipt,
  type ReceiptAssignment,
  type ReceiptAttempt,
  type ReceiptModule,
} from './receipt';
import { isDay, isIsoTime, isRecord, textProblem } from '../encoding/untrusted-text';

/** Why a receipt could not be read. */
export type ReceiptErrorCode = 'empty' | 'too-large' | 'not-a-receipt' | 'future-version' | 'unreadable' | 'invalid';

/** A decoded receipt and whether its checksum matches its content. */
export interface ReadReceipt {
  /** The receipt, every field validated. */
  receipt: Receipt;
  /** False when the content was changed after the receipt was made (or damaged). */
  checksumOk: boolean;
  /** The receipt's canonical JSON, when the decoder made it (so callers need not serialise it again). */
  text?: string;
}

/**
 * What the roster says when a trainee sends their progress backup instead of a receipt: what the
 * file is, that nothing of it was kept (it holds private reflections), and what to ask for.
 */
export const BACKUP_NOT_RECEIPT =
  'This is a progress backup (a .psvbackup file), not a receipt. It is the trainee’s private copy of their progress, reflections included, so nothing from it was added or kept. Ask the trainee to open their assignment in the course and press “Send to your instructor” (or copy the receipt code there).';

/**
 * What the roster says about text with no receipt code in it that is not JSON either: what it is
 * not, and what to ask for.
 */
export const NO_RECEIPT_CODE =
  'This is not a completion receipt: it holds no receipt code (a receipt file has a line starting “PSVR”), and it is not an older receipt file (JSON). Nothing from it was added. Ask the trainee to press “Send to your instructor” in their assignment, or to copy the receipt code there.';

/** Caps that keep a hostile file from exhausting memory or the page. */
export const RECEIPT_LIMITS = { chars: 2_000_000, name: STORED_NAME_MAX, modules: 20, attemptsPerModule: 100, version: 40 } as const;

class Invalid extends Error {}
const need = (ok: boolean, why: string): void => {
  if (!ok) throw new Invalid(why);
};

/**
 * Decodes ONE receipt from a receipt file's text (a few lines, then the code), a receipt code
 * (`PSVR2.…`, or `PSVR1.…` from before checks) or an older receipt file's JSON. Text starting
 * `{` or `[` is read as JSON; any other text must hold exactly one code, wherever it sits. Text
 * with several codes is refused rather than read as its first: the roster splits a paste or file
 * into its codes before decoding (receipt-batch.ts). Never throws.
 */
export function decodeReceipt(input: unknown): Decoded<ReadReceipt, ReceiptErrorCode> {
  if (typeof input !== 'string') return fail('not-a-receipt', 'This is not a receipt.');
  const text = input.trim();
  if (text === '') return fail('empty', 'This receipt is empty.');
  if (text.length > RECEIPT_LIMITS.chars) return fail('too-large', 'This file is far larger than any receipt, so it was not read.');
  if (text.startsWith('{') || text.startsWith('[')) {
    const raw = parseJson(text);
    return raw === undefined
      ? fail('unreadable', 'This is not a receipt: it is not readable JSON (as older receipt files were), and it holds no receipt code.')
      : decodeReceiptValue(raw);
  }
  const codes = findReceiptCodes(text);
  if (codes.length === 0) return fail('not-a-receipt', NO_RECEIPT_CODE);
  if (codes.length > 1)
    return fail('not-a-receipt', `This holds ${codes.length} receipt codes, not one. Add it to the roster, which reads each code.`);
  return decodeCode(codes[0]!);
}

/** Decodes one code as found by findReceiptCodes (`PSVR<version>.` and base64url). */
function decodeCode(code: string): Decoded<ReadReceipt, ReceiptErrorCode> {
  const head = /^PSVR(\d{1,9})\./i.exec(code);
  if (head && Number(head[1]) > RECEIPT_VERSION) return futureVersion();
  const json = head && READABLE_RECEIPT_VERSIONS.includes(Number(head[1])) ? base64urlToText(code.slice(head[0].length)) : null;
  const raw = json === null ? undefined : parseJson(json);
  if (raw === undefined) return fail('unreadable', 'This receipt code is incomplete or damaged. Ask for the receipt again.');
  return decodeReceiptValue(raw);
}

/** JSON.parse, with undefined for text that is not JSON. */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Decodes a receipt that was already parsed from JSON (e.g. one item of a list), so it is parsed once. Never throws. */
export function decodeReceiptValue(raw: unknown): Decoded<ReadReceipt, ReceiptErrorCode> {
  if (isRecord(raw) && raw.format === BACKUP_FORMAT) return fail('not-a-receipt', BACKUP_NOT_RECEIPT);
  if (!isRecord(raw) || raw.format !== RECEIPT_FORMAT) return fail('not-a-receipt', 'This is not a receipt from this course.');
  if (typeof raw.version === 'number' && raw.version > RECEIPT_VERSION) return futureVersion();
  if (typeof raw.version !== 'number' || !READABLE_RECEIPT_VERSIONS.includes(raw.version))
    return fail('not-a-receipt', 'This receipt has an unknown version.');
  try {
    const receipt = restoreReceipt(raw, raw.version);
    const { text, checksumOk } = receiptCanonical(receipt);
    return { ok: true, value: { receipt, checksumOk, text } };
  } catch (error) {
    if (error instanceof Invalid) return fail('invalid', `This receipt cannot be used: ${error.message}`);
    return fail('invalid', 'This receipt cannot be used.');
  }
}

function futureVersion() {
  return fail('future-version', 'This receipt was made with a newer version of the course. Update this course copy to read it.');
}

function text(v: unknown, max: number, what: string): string {
  const problem = textProblem(v, max);
  need(problem === null, `${what} ${problem ?? ''}.`);
  return v as string;
}

function restoreReceipt(raw: Record<string, unknown>, receiptVersion: number): Receipt {
  const course = raw.course;
  need(isRecord(course) && isId(course.id), 'the course is missing.');
  const c = course as Record<string, unknown>;
  const version = text(c.version, RECEIPT_LIMITS.version, 'The course version');
  const learner = text(raw.learner, STORED_NAME_MAX, 'The learner name');
  const assignment = restoreAssignment(raw.assignment);
  need(Array.isArray(raw.modules) && raw.modules.length <= RECEIPT_LIMITS.modules, 'the module list is missing or too long.');
  const modules = (raw.modules as unknown[]).map((m) => restoreModule(m, assignment.modules, receiptVersion));
  need(new Set(modules.map((m) => m.id)).size === modules.length, 'a module is listed twice.');
  need(typeof raw.checksum === 'string' && /^[0-9a-f]{64}$/.test(raw.checksum), 'the checksum is missing.');
  return {
    format: RECEIPT_FORMAT,
    version: receiptVersion,
    course: { id: c.id as string, version },
    learner,
    assignment,
    modules,
    checksum: raw.checksum as string,
  };
}

function restoreAssignment(v: unknown): ReceiptAssignment {
  need(isRecord(v) && isId(v.id), 'the assignment id is missing.');
  const a = v as Record<string, unknown>;
  const modules = a.modules;
  need(
    Array.isArray(modules) &&
      modules.length > 0 &&
      modules.length <= RECEIPT_LIMITS.modules &&
      modules.every(isId) &&
      new Set(modules).size === modules.length,
    'the assigned modules are not valid.',
  );
  need(
    typeof a.passMark === 'number' && Number.isInteger(a.passMark) && a.passMark >= 0 && a.passMark <= 100,
    'the pass mark is not valid.',
  );
  const out: ReceiptAssignment = { id: a.id as string, modules: modules as string[], passMark: a.passMark as number };
  if (a.due !== undefined) {
    need(isDay(a.due), 'the due date is not valid.');
    out.due = a.due as string;
  }
  if (a.cohort !== undefined) out.cohort = text(a.cohort, RECEIPT_LIMITS.name, 'The cohort name');
  if (a.instructor !== undefined) out.instructor = text(a.instructor, RECEIPT_LIMITS.name, 'The instructor name');
  return out;
}

function restoreModule(v: unknown, assigned: string[], receiptVersion: number): ReceiptModule {
  need(isRecord(v) && isId(v.id) && assigned.includes(v.id), 'it holds a module that was not assigned.');
  const m = v as Record<string, unknown>;
  need(
    Array.isArray(m.attempts) && m.attempts.length <= RECEIPT_LIMITS.attemptsPerModule,
    `the attempts for "${String(m.id)}" are missing or too many.`,
  );
  const attempts = (m.attempts as unknown[]).map((a) => restoreReceiptAttempt(a, m.id as string, receiptVersion));
  need(new Set(attempts.map((a) => a.id)).size === attempts.length, 'an attempt is listed twice.');
  const out: ReceiptModule = { id: m.id as string, attempts };
  if (m.lessonReadAt !== undefined) {
    need(isIsoTime(m.lessonReadAt), 'a lesson-read time is not valid.');
    out.lessonReadAt = m.lessonReadAt as string;
  }
  return out;
}

function restoreReceiptAttempt(v: unknown, moduleId: string, receiptVersion: number): ReceiptAttempt {
  need(isRecord(v), `an attempt at "${moduleId}" is not readable.`);
  const a = v as Record<string, unknown>;
  const problems: string[] = [];
  const attempt = restoreAttempt({ ...a, quizId: moduleId }, problems);
  need(attempt !== null && problems.length === 0 && isIsoTime(attempt.finishedAt), `an attempt at "${moduleId}" is not readable.`);
  need(
    Number.isInteger(a.seed) && (a.seed as number) >= 0 && (a.seed as number) <= 0xffffffff,
    `an attempt at "${moduleId}" has an invalid seed.`,
  );
  const claimed = a.claimed;
  need(
    isRecord(claimed) &&
      Number.isInteger(claimed.percent) &&
      (claimed.percent as number) >= 0 &&
      (claimed.percent as number) <= 100 &&
      typeof claimed.passed === 'boolean',
    `an attempt at "${moduleId}" has no readable score.`,
  );
  // Version 1 knew only whole-bank quizzes; version 2 carries checks with their forms. Practice
  // is never evidence, so a receipt holding it was not made by this course.
  const { id, seed, startedAt, finishedAt, answers, mode, items } = attempt!;
  need(
    receiptVersion === 1 ? a.mode === undefined : a.mode === undefined || (mode === 'check' && items !== undefined && items.length > 0),
    `an attempt at "${moduleId}" is not a mastery check.`,
  );
  const c = claimed as { percent: number; passed: boolean };
  const out: ReceiptAttempt = { id, seed, startedAt, finishedAt: finishedAt!, answers, claimed: { percent: c.percent, passed: c.passed } };
  return mode === 'check' ? { ...out, mode, items: items! } : out;
}
