/**
 * Receipt digests: what the roster keeps in mind about one receipt after reading it once. A
 * digest is the receipt without its answers, with each attempt's score as THIS course scores
 * those answers. It is made once at import (decode once, score once) and kept beside the
 * receipt's text, so a roster of thousands reopens without decoding or re-scoring anything.
 *
 * A digest is derived data, never the record: the receipt text is. A stored digest is untrusted
 * (`restoreDigest`) and is rebuilt from the text whenever it is unreadable or was scored with
 * another content version (`scoredWith`).
 */
import type { KeyedQuestion, ValueId } from '../content/content-types';
import { canonicalJson } from '../encoding/canonical-json';
import { sha256Hex } from '../encoding/sha256';
import { isRecord } from '../encoding/untrusted-text';
import { questionsOf } from '../progress/attempt-summary';
import { scoreQuiz, type ValueScore } from '../scoring/score-quiz';
import type { ClaimedScore, ReceiptAssignment } from './receipt';
import type { ReadReceipt } from './receipt-decode';

/** Points one attempt's answers earn in this course (independent of any pass mark). */
export interface AttemptScore {
  /** Points earned. */
  earned: number;
  /** Points available. */
  possible: number;
  /** Whole percent, rounded down. */
  percent: number;
  /** Points per value tested. */
  perValue: Partial<Record<ValueId, ValueScore>>;
}

/** One attempt, without its answers. */
export interface AttemptDigest {
  /** The attempt's permanent id (replays reuse it). */
  id: string;
  /** When it started, as the receipt says (ISO 8601). */
  startedAt: string;
  /** When it finished, as the receipt says (ISO 8601). */
  finishedAt: string;
  /** The score the receipt claims. */
  claimed: ClaimedScore;
  /** The score its answers earn here; null when this course has no such module. */
  score: AttemptScore | null;
}

/** One module's evidence, without answers. */
export interface ModuleDigest {
  /** Module id. */
  id: string;
  /** When the receipt says the lesson was read. */
  lessonReadAt?: string;
  /** Finished attempts, oldest first. */
  attempts: AttemptDigest[];
}

/** Everything the roster needs from one receipt. */
export interface ReceiptDigest {
  /** The receipt's identity (`receiptId`): the same receipt twice is one entry. */
  id: string;
  /** The checksum the receipt carries (its certificate code comes from it). */
  checksum: string;
  /** Whether that checksum matches the receipt's content. */
  checksumOk: boolean;
  /** Course id and content version the receipt names. */
  course: { id: string; version: string };
  /** The learner name in the receipt (self-reported). */
  learner: string;
  /** The assignment as the receipt claims it. */
  assignment: ReceiptAssignment;
  /** Evidence per module, in the receipt's order. */
  modules: ModuleDigest[];
  /** The content version of this course that scored the answers. */
  scoredWith: string;
}

/**
 * The roster's id for a receipt: the same receipt always has the same id, different receipts
 * never share one. A receipt whose checksum matches is identified by that checksum (a SHA-256 of
 * everything else in it); any other by the SHA-256 of its canonical JSON.
 */
export function receiptId({ receipt, checksumOk, text }: ReadReceipt): string {
  return checksumOk ? receipt.checksum : sha256Hex(text ?? canonicalJson(receipt));
}

/**
 * Digests a decoded receipt, scoring every attempt once with this course's questions; pass `id`
 * when it is already known. A receipt made on another content version is never re-scored against
 * today's scenarios (its answers were given to other items): it keeps the results it recorded.
 */
export function digestReceipt(
  read: ReadReceipt,
  banks: ReadonlyMap<string, readonly KeyedQuestion[]>,
  scoredWith: string,
  id: string = receiptId(read),
): ReceiptDigest {
  const { receipt, checksumOk } = read;
  const isOlderContent = receipt.course.version !== scoredWith;
  const modules = receipt.modules.map((m): ModuleDigest => {
    const questions = banks.get(m.id);
    const attempts = m.attempts.map(({ id, startedAt, finishedAt, claimed, answers, mode, items }): AttemptDigest => {
      if (isOlderContent)
        return {
          id,
          startedAt,
          finishedAt,
          claimed,
          score: { earned: claimed.percent / 100, possible: 1, percent: claimed.percent, perValue: {} },
        };
      if (!questions) return { id, startedAt, finishedAt, claimed, score: null };
      // A check is scored on exactly its form; a receipt's attempt with no mode is a whole-bank quiz.
      const { earned, possible, percent, perValue } = scoreQuiz(questionsOf({ mode: mode ?? 'quiz', items }, questions), answers, 100);
      return { id, startedAt, finishedAt, claimed, score: { earned, possible, percent, perValue } };
    });
    return m.lessonReadAt ? { id: m.id, lessonReadAt: m.lessonReadAt, attempts } : { id: m.id, attempts };
  });
  const { checksum, course, learner, assignment } = receipt;
  return { id, checksum, checksumOk, course, learner, assignment, modules, scoredWith };
}

/** The latest time a receipt mentions (its most recent activity); '' when it mentions none. */
export function latestActivity(digest: ReceiptDigest): string {
  let latest = '';
  for (const m of digest.modules) {
    if (m.lessonReadAt && m.lessonReadAt > latest) latest = m.lessonReadAt;
    for (const a of m.attempts) if (a.finishedAt > latest) latest = a.finishedAt;
  }
  return latest;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
// Shape only (no Date.parse): a stored digest's times were checked when its receipt was decoded,
// and thousands of digests are restored each time the roster opens.
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const isTime = (v: unknown): v is string => typeof v === 'string' && ISO.test(v);
const isScore = (v: unknown): boolean =>
  v === null || (isRecord(v) && isNum(v.earned) && isNum(v.possible) && isNum(v.percent) && isRecord(v.perValue));
const isAttempt = (v: unknown): boolean =>
  isRecord(v) &&
  typeof v.id === 'string' &&
  isTime(v.startedAt) &&
  isTime(v.finishedAt) &&
  isRecord(v.claimed) &&
  isNum(v.claimed.percent) &&
  typeof v.claimed.passed === 'boolean' &&
  isScore(v.score);
const isModule = (v: unknown): boolean =>
  isRecord(v) &&
  typeof v.id === 'string' &&
  (v.lessonReadAt === undefined || isTime(v.lessonReadAt)) &&
  Array.isArray(v.attempts) &&
  v.attempts.every(isAttempt);

/**
 * A stored digest if it is readable and was scored with `scoredWith`, else null (the caller
 * rebuilds it from the receipt text). Checks shapes only: the text it came from was decoded.
 */
export function restoreDigest(v: unknown, scoredWith: string): ReceiptDigest | null {
  if (!isRecord(v) || v.scoredWith !== scoredWith || typeof v.id !== 'string' || typeof v.learner !== 'string') return null;
  const a = v.assignment;
  const c = v.course;
  const ok =
    /^[0-9a-f]{64}$/.test(String(v.checksum)) &&
    typeof v.checksumOk === 'boolean' &&
    isRecord(c) &&
    typeof c.id === 'string' &&
    typeof c.version === 'string' &&
    isRecord(a) &&
    typeof a.id === 'string' &&
    Array.isArray(a.modules) &&
    a.modules.every((m) => typeof m === 'string') &&
    isNum(a.passMark) &&
    Array.isArray(v.modules) &&
    v.modules.every(isModule);
  return ok ? (v as unknown as ReceiptDigest) : null;
}
