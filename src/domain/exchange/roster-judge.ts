/**
 * Judging a receipt. A receipt is self-reported: its pass mark, module list and due date are
 * claims. When the instructor created the assignment in this roster, THEIR copy (the
 * authority) decides: outcomes use its pass mark, module list and due date, and every claim that
 * differs is flagged with what differs. A receipt for an assignment the roster did not create is
 * judged by its own claims and labelled so. The clock is passed in (`importedAt`).
 *
 * No check here can tell a made-up receipt with every keyed answer from an honest one: "no flags"
 * means no problems were found, never that the receipt is genuine.
 */
import type { ModuleOutcome } from '../progress/module-outcome';
import { isOnTime } from '../progress/module-outcome';
import { moduleStatus } from '../progress/module-status';
import { toPercent, type QuizScore, type ValueScore } from '../scoring/score-quiz';
import type { ValueId } from '../content/content-types';
import { certificateCode } from './certificate-code';
import type { AttemptScore, ModuleDigest, ReceiptDigest } from './receipt-digest';
import { timeFlags } from './roster-times';
import { describeFlag, type RosterFlag } from './roster-flag';

/** The rules a receipt is judged by, from the instructor's own copy of its assignment. */
export interface Authority {
  /** Where the rules come from: an assignment this roster created, or the course itself (whole-course receipts). */
  source: 'own' | 'course';
  /** Modules, in the instructor's order. */
  modules: string[];
  /** The pass mark in force (whole percent). */
  passMark: number;
  /** Due date (YYYY-MM-DD), if any. */
  due?: string;
  /** When the instructor created the assignment (ISO 8601), if known. */
  createdAt?: string;
}

/** What the judge needs besides the receipt. */
export interface JudgeContext {
  /** The instructor's rules for this receipt's assignment; absent when this roster did not create it. */
  authority?: Authority;
  /** When the receipt was imported (ISO 8601): dates after it are in the future. */
  importedAt: string;
  /** For each of this receipt's attempt ids seen under other learners, their names. */
  replays: ReadonlyMap<string, readonly string[]>;
  /** This course's id and content version. */
  course: { id: string; version: string };
}

/** The roster's verdict on one receipt. */
export interface Judgement {
  /** Whose rules judged it: the instructor's (`own`), the course's, or only the receipt's own claims. */
  judgedBy: 'own' | 'course' | 'receipt';
  /** The pass mark used. */
  passMark: number;
  /** One outcome per judged module, in the authority's order. */
  outcomes: ModuleOutcome[];
  /** Problems found, each with a plain sentence. */
  flags: RosterFlag[];
  /** Facts that are not problems (another content version). */
  notes: string[];
  /** True when every judged module is passed. */
  passedAll: boolean;
  /** Points per value over each judged module's best attempt. */
  perValue: Partial<Record<ValueId, ValueScore>>;
  /** The certificate verification code this receipt backs. */
  code: string;
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

/** Whether a score passes at a pass mark: the same rule as scoreQuiz (an empty quiz never passes). */
export function passesAt(score: AttemptScore, passMark: number): boolean {
  return score.possible > 0 && score.percent >= passMark;
}

const asQuizScore = (s: AttemptScore, passMark: number): QuizScore => ({
  ...s,
  passMark,
  passed: passesAt(s, passMark),
  answered: 0,
  perQuestion: [],
  reasons: [],
});

/** A module's outcome under a pass mark and due date, decided by the course's own status rule. */
function outcomeOf(moduleId: string, m: ModuleDigest | undefined, passMark: number, due: string | undefined): ModuleOutcome {
  const attempts = (m?.attempts ?? []).map((a) => ({
    // Every attempt in a receipt is a mastery check (or a whole-bank quiz from before the split).
    attempt: { id: a.id, quizId: moduleId, seed: 0, startedAt: a.startedAt, finishedAt: a.finishedAt, mode: 'check' as const, answers: {} },
    score: a.score,
  }));
  const scored = attempts.flatMap(({ attempt, score }) => (score ? [{ attempt, score: asQuizScore(score, passMark) }] : []));
  const best = scored.reduce<(typeof scored)[number] | undefined>(
    (top, s) => (!top || s.score.percent >= top.score.percent ? s : top),
    undefined,
  );
  const input = {
    lessonsRead: m?.lessonReadAt ? { [moduleId]: m.lessonReadAt } : {},
    attempts: attempts.map((a) => a.attempt),
    reflections: {},
  };
  const hasBank = attempts.every((a) => a.score !== null);
  const status = moduleStatus(input, moduleId, hasBank ? { checks: scored } : undefined);
  const out: ModuleOutcome = { moduleId, status, attempts: attempts.length };
  if (best) out.best = best.score;
  if (status === 'passed') {
    const firstPass = scored.find((s) => s.score.passed)?.attempt.finishedAt ?? '';
    out.completedAt = m?.lessonReadAt && m.lessonReadAt > firstPass ? m.lessonReadAt : firstPass;
    if (due) out.timing = isOnTime(out.completedAt, due) ? 'on-time' : 'late';
  } else if (scored.length > 0) {
    out.completedAt = scored.at(-1)?.attempt.finishedAt;
  }
  return out;
}

/** Flags about the receipt on its own: checksum, course, modules this course lacks, claimed scores its answers do not earn. */
function selfFlags(d: ReceiptDigest, course: { id: string }): RosterFlag[] {
  const flags: RosterFlag[] = [];
  if (!d.checksumOk) flags.push({ kind: 'checksum' });
  if (d.course.id !== course.id) flags.push({ kind: 'other-course', courseId: d.course.id });
  for (const m of d.modules) {
    if (m.attempts.some((a) => a.score === null)) flags.push({ kind: 'unknown-module', moduleId: m.id });
    m.attempts.forEach((a, i) => {
      if (a.score && (a.score.percent !== a.claimed.percent || passesAt(a.score, d.assignment.passMark) !== a.claimed.passed))
        flags.push({ kind: 'score-mismatch', moduleId: m.id, attempt: i + 1, claimed: a.claimed, actual: a.score.percent });
    });
  }
  return flags;
}

/** Flags for claims that differ from the instructor's copy, and passes below the instructor's pass mark. */
function authorityFlags(d: ReceiptDigest, auth: Authority): RosterFlag[] {
  const flags: RosterFlag[] = [];
  const claimed = d.assignment;
  if (claimed.passMark !== auth.passMark) flags.push({ kind: 'pass-mark', claimed: claimed.passMark, actual: auth.passMark });
  const missing = auth.modules.filter((m) => !claimed.modules.includes(m));
  const extra = claimed.modules.filter((m) => !auth.modules.includes(m));
  if (missing.length > 0 || extra.length > 0) flags.push({ kind: 'modules', missing, extra });
  if ((claimed.due ?? '') !== (auth.due ?? '')) flags.push({ kind: 'due', claimed: claimed.due, actual: auth.due });
  for (const m of d.modules) {
    if (!auth.modules.includes(m.id)) continue;
    m.attempts.forEach((a, i) => {
      if (a.claimed.passed && a.score && !passesAt(a.score, auth.passMark))
        flags.push({ kind: 'below-pass-mark', moduleId: m.id, attempt: i + 1, percent: a.score.percent, passMark: auth.passMark });
    });
  }
  return flags;
}

/** Judges one receipt digest. Pure: the same digest and context always give the same judgement. */
export function judgeReceipt(d: ReceiptDigest, ctx: JudgeContext): Judgement {
  const auth = ctx.authority;
  const passMark = auth?.passMark ?? d.assignment.passMark;
  const due = auth ? auth.due : d.assignment.due;
  const modules = auth?.modules ?? d.assignment.modules;
  const flags = [...selfFlags(d, ctx.course), ...(auth ? authorityFlags(d, auth) : [])];
  const others = [...new Set([...ctx.replays.values()].flat())];
  for (const learner of others) {
    const count = [...ctx.replays.values()].filter((names) => names.includes(learner)).length;
    flags.push({ kind: 'replay', learner, count });
  }
  flags.push(...timeFlags(d, ctx.importedAt, auth?.createdAt));
  const notes =
    d.course.version !== ctx.course.version
      ? [
          `Made with content version ${d.course.version}: shown with the results it recorded, not re-scored against version ${ctx.course.version}'s scenarios.`,
        ]
      : [];
  const outcomes = modules.map((id) =>
    outcomeOf(
      id,
      d.modules.find((m) => m.id === id),
      passMark,
      due,
    ),
  );
  const perValue: Partial<Record<ValueId, ValueScore>> = {};
  for (const o of outcomes) if (o.best) addPerValue(perValue, o.best.perValue);
  return {
    judgedBy: auth?.source ?? 'receipt',
    passMark,
    outcomes,
    flags,
    notes,
    passedAll: outcomes.length > 0 && outcomes.every((o) => o.status === 'passed'),
    perValue,
    code: certificateCode(d.checksum),
  };
}

/**
 * Whether a certificate backed by this receipt can be confirmed: every module passed under the
 * instructor's (or the course's) own pass mark, and no problem found. A receipt judged only by
 * its own claims never confirms one.
 */
export function confirmsCertificate(j: Judgement): boolean {
  return j.judgedBy !== 'receipt' && j.passedAll && j.flags.length === 0;
}

/** Every flag of a judgement as plain sentences. */
export function flagTexts(j: Judgement, titleOf: (moduleId: string) => string): string[] {
  return j.flags.map((f) => describeFlag(f, titleOf));
}
