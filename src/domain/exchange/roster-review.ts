/**
 * The roster's view of a receipt: every attempt re-scored with the same scoring module the
 * course uses, and flags for anything that does not add up (a checksum that fails, a claimed
 * score its answers do not earn, another course). A receipt shows consistent answers and
 * scores; it cannot show who sent it.
 */
import type { Question, ValueId } from '../content/content-types';
import { certificateCode } from './certificate-code';
import { moduleOutcome, type ModuleOutcome } from '../progress/module-outcome';
import { emptyProgress, type Progress } from '../progress/progress-model';
import type { Receipt } from './receipt';
import type { ReadReceipt } from './receipt-decode';
import { scoreQuiz, toPercent, type ValueScore } from '../scoring/score-quiz';

/** The roster's verdict on one receipt. */
export interface ReceiptReview {
  /** One outcome per assigned module, in assignment order. */
  outcomes: ModuleOutcome[];
  /** Reasons not to trust this receipt's scores; empty when consistent. */
  flags: string[];
  /** Facts worth knowing that do not make it untrustworthy (e.g. another content version). */
  notes: string[];
  /** Per-value points over each module's best attempt. */
  perValue: Partial<Record<ValueId, ValueScore>>;
  /** The certificate verification code this receipt backs. */
  code: string;
}

/** The receipt's evidence as progress, so the course's own status rules apply to it. */
function receiptProgress(receipt: Receipt): Progress {
  const progress = emptyProgress();
  for (const m of receipt.modules) {
    if (m.lessonReadAt) progress.lessonsRead[m.id] = m.lessonReadAt;
    for (const a of m.attempts)
      progress.attempts.push({
        id: a.id,
        quizId: m.id,
        seed: a.seed,
        startedAt: a.startedAt,
        finishedAt: a.finishedAt,
        answers: a.answers,
      });
  }
  return progress;
}

/** Adds one score profile into a running per-value total. */
export function addPerValue(total: Partial<Record<ValueId, ValueScore>>, add: Partial<Record<ValueId, ValueScore>>): void {
  for (const [value, s] of Object.entries(add) as [ValueId, ValueScore][]) {
    const t = total[value] ?? { earned: 0, possible: 0, percent: 0 };
    t.earned += s.earned;
    t.possible += s.possible;
    t.percent = toPercent(t.earned, t.possible);
    total[value] = t;
  }
}

/** Reviews a decoded receipt against this course's questions (by module id). */
export function reviewReceipt(
  { receipt, checksumOk }: ReadReceipt,
  banks: ReadonlyMap<string, readonly Question[]>,
  course: { id: string; version: string },
): ReceiptReview {
  const flags: string[] = [];
  const notes: string[] = [];
  if (!checksumOk) flags.push('Checksum failed: this receipt was changed after it was made, or damaged.');
  if (receipt.course.id !== course.id) flags.push(`Made for another course ("${receipt.course.id}").`);
  if (receipt.course.version !== course.version)
    notes.push(`Made with content version ${receipt.course.version}; re-scored with ${course.version}.`);
  const { passMark, due } = receipt.assignment;
  const progress = receiptProgress(receipt);
  const perValue: Partial<Record<ValueId, ValueScore>> = {};
  const outcomes = receipt.assignment.modules.map((moduleId) => {
    const questions = banks.get(moduleId);
    if (!questions) flags.push(`Module "${moduleId}" is not in this course, so it could not be checked.`);
    const evidence = receipt.modules.find((m) => m.id === moduleId);
    evidence?.attempts.forEach((a, i) => {
      if (!questions) return;
      const actual = scoreQuiz(questions, a.answers, passMark);
      if (actual.percent !== a.claimed.percent || actual.passed !== a.claimed.passed) {
        flags.push(
          `Score mismatch in "${moduleId}" attempt ${i + 1}: claims ${a.claimed.percent}%${a.claimed.passed ? ' (passed)' : ''}, but its answers score ${actual.percent}%${actual.passed ? ' (passed)' : ''}.`,
        );
      }
    });
    const outcome = moduleOutcome(progress, moduleId, questions, passMark, due);
    if (outcome.best) addPerValue(perValue, outcome.best.perValue);
    return outcome;
  });
  return { outcomes, flags, notes, perValue, code: certificateCode(receipt.checksum) };
}
