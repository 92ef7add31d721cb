/**
 * Completion receipts: what a trainee sends an instructor to show an assignment's progress.
 * A receipt carries the learner's answers (never reflections), attempts with times, the score
 * each attempt CLAIMS, the course version, and a SHA-256 over its canonical content. The
 * roster re-scores the answers itself, so a claim that disagrees with its answers is caught.
 * There is no secret: the checksum catches damage and naive edits, not a determined forger, and
 * nothing here proves who the learner is. The receipt as a file (name, type, text) is in
 * receipt-file.ts.
 *
 * ⚠ This is a file format people keep: change it only with a new RECEIPT_VERSION.
 */
import type { Answers } from '../scoring/answers';
import { textToBase64url } from '../encoding/base64url';
import { canonicalJson } from '../encoding/canonical-json';
import type { KeyedQuestion } from '../content/content-types';
import { scoreAttempt } from '../progress/attempt-summary';
import { countsTowardPass, finishedAttempts, type Progress } from '../progress/progress-model';
import { sha256Hex } from '../encoding/sha256';
import { RECEIPT_FORMAT } from './receipt-marks';

/**
 * The receipt version this build writes. Version 2 carries mastery checks (each with the items
 * of its form); version 1 (before practice and checks were split) carried whole-bank quizzes and
 * is still read.
 */
export const RECEIPT_VERSION = 2;

/** Every receipt version this build reads. */
export const READABLE_RECEIPT_VERSIONS: readonly number[] = [1, 2];

/** The prefix of a receipt code (the copyable form): `PSVR2.` + base64url of its JSON. */
export const RECEIPT_CODE_PREFIX = `PSVR${RECEIPT_VERSION}.`;

/** The score an attempt claims (the roster checks it against the answers). */
export interface ClaimedScore {
  /** Whole percent, rounded down. */
  percent: number;
  /** Whether it reached the receipt's pass mark. */
  passed: boolean;
}

/**
 * One finished attempt in a receipt: a mastery check (with the items of its form, so the roster
 * re-scores exactly that form), or, with no mode, a whole-bank quiz from before the split.
 * Practice is never evidence and never travels in a receipt.
 */
export interface ReceiptAttempt {
  /** The attempt's permanent id. */
  id: string;
  /** `check`, or absent for a whole-bank quiz from before the split. */
  mode?: 'check';
  /** A check's form: the scenario ids it presented, in order. */
  items?: string[];
  /** Its shuffle seed. */
  seed: number;
  /** When it started (ISO 8601). */
  startedAt: string;
  /** When it was finished (ISO 8601). */
  finishedAt: string;
  /** Answers by question id. */
  answers: Answers;
  /** The score the learner's course computed. */
  claimed: ClaimedScore;
}

/** One assigned module's evidence. */
export interface ReceiptModule {
  /** Module id. */
  id: string;
  /** When its lesson was read, if it was. */
  lessonReadAt?: string;
  /** Finished attempts, oldest first. */
  attempts: ReceiptAttempt[];
}

/** The assignment a receipt answers. */
export interface ReceiptAssignment {
  /** Assignment id from the link. */
  id: string;
  /** Modules in the instructor's order. */
  modules: string[];
  /** The pass mark in force (the override, else the course default). */
  passMark: number;
  /** Due date (YYYY-MM-DD), if any. */
  due?: string;
  /** Cohort name, if any. */
  cohort?: string;
  /** Instructor name, if any. */
  instructor?: string;
}

/** A completion receipt. */
export interface Receipt {
  /** Always RECEIPT_FORMAT. */
  format: typeof RECEIPT_FORMAT;
  /** RECEIPT_VERSION for receipts this build writes; an older readable version as read. */
  version: number;
  /** Course id and content version the answers were given against. */
  course: { id: string; version: string };
  /** The name the learner entered (not verified by anything). */
  learner: string;
  /** What was assigned. */
  assignment: ReceiptAssignment;
  /** Evidence per assigned module, in assignment order. */
  modules: ReceiptModule[];
  /** SHA-256 (hex) of the canonical JSON of every other field. */
  checksum: string;
}

/** The checksum a receipt's content should carry. */
export function receiptChecksum(receipt: Omit<Receipt, 'checksum'> | Receipt): string {
  return sha256Hex(contentText(receipt));
}

/** The canonical JSON of a receipt's content (every field but the checksum): what the checksum covers. */
function contentText(receipt: Omit<Receipt, 'checksum'> | Receipt): string {
  const { checksum: _ignored, ...content } = receipt as Receipt;
  return canonicalJson(content);
}

/**
 * A receipt's canonical JSON (checksum included) and whether its checksum matches, serialising
 * it once: canonical keys are sorted, so the checksum's place is right after `assignment`.
 */
export function receiptCanonical(receipt: Receipt): { text: string; checksumOk: boolean } {
  const content = contentText(receipt);
  const head = `{"assignment":${canonicalJson(receipt.assignment)},`;
  const text = content.startsWith(head)
    ? `${head}"checksum":${JSON.stringify(receipt.checksum)},${content.slice(head.length)}`
    : canonicalJson(receipt);
  return { text, checksumOk: sha256Hex(content) === receipt.checksum };
}

/** What buildReceipt needs. */
export interface ReceiptInput {
  /** The learner's name. */
  learner: string;
  /** The assignment (its pass mark already resolved). */
  assignment: ReceiptAssignment;
  /** Course id and content version. */
  course: { id: string; version: string };
  /** The learner's progress. */
  progress: Progress;
  /** Questions per module id, to compute the claimed scores. */
  banks: ReadonlyMap<string, readonly KeyedQuestion[]>;
}

/** Builds a receipt. Deterministic: the same progress always gives the same receipt and checksum. */
export function buildReceipt({ learner, assignment, course, progress, banks }: ReceiptInput): Receipt {
  const modules = assignment.modules.map((id): ReceiptModule => {
    const questions = banks.get(id) ?? [];
    const attempts = finishedAttempts(progress, id)
      .filter(countsTowardPass)
      .map((a): ReceiptAttempt => {
        const score = scoreAttempt(a, questions, assignment.passMark);
        return {
          id: a.id,
          ...(a.mode === 'check' ? { mode: 'check' as const, items: a.items ?? [] } : {}),
          seed: a.seed,
          startedAt: a.startedAt,
          finishedAt: a.finishedAt ?? a.startedAt,
          answers: a.answers,
          claimed: { percent: score.percent, passed: score.passed },
        };
      });
    const lessonReadAt = progress.lessonsRead[id];
    return lessonReadAt ? { id, lessonReadAt, attempts } : { id, attempts };
  });
  const content = {
    format: RECEIPT_FORMAT,
    version: RECEIPT_VERSION,
    course: { ...course },
    learner,
    assignment: { ...assignment },
    modules,
  } as const;
  return { ...content, checksum: receiptChecksum(content) };
}

/** The receipt as one copyable line. */
export function receiptToCode(receipt: Receipt): string {
  return RECEIPT_CODE_PREFIX + textToBase64url(canonicalJson(receipt));
}
